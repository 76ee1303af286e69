/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call -- variants of the worked case are made by editing its JSON */
import { describe, expect, it } from "vitest";
import { parseCaseFile } from "../../src/case-file";
import { caught, workedCase } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const json = (): Json => JSON.parse(JSON.stringify(workedCase())) as Json;

describe("parseCaseFile", () => {
  it("shows the documented example", () => {
    const stored = JSON.stringify(workedCase());
    // #region docs-example
    const caseFile = parseCaseFile(JSON.parse(stored));
    caseFile.plans[0]?.rules.length; // 4
    // #endregion docs-example
    expect(caseFile.plans[0]?.rules).toHaveLength(4);
    expect(caseFile).toEqual(workedCase());
  });

  it("lists every broken reference at once, each with its path and rule", () => {
    const doc = json();
    doc.maps[0].childIds.push("zoe");
    doc.network.members[0].personId = "stranger";
    doc.network.informing[0].mapId = "map-9";
    doc.plans[0].mapId = "map-9";
    doc.plans[0].rules[0].monitors[0].personId = "nobody";
    doc.plans[0].rules[1].bottomLineIds = ["bl-missing"];
    doc.monitoring[0].planId = "plan-9";
    doc.monitoring[1].ruleId = "r-9";
    doc.childVoice[0].childId = "kerry";
    doc.bottomLines.push({ ...doc.bottomLines[0] });
    const error = caught(() => parseCaseFile(doc));
    expect(error.code).toBe("invalid-input");
    expect(error.issues.map((i) => [i.path.join("."), i.rule])).toEqual(
      expect.arrayContaining([
        ["maps.0.childIds.2", "reference/unknown-child"],
        ["network.members.0.personId", "reference/unknown-person"],
        ["network.informing.0.mapId", "reference/unknown-map"],
        ["plans.0.mapId", "reference/unknown-map"],
        ["plans.0.rules.0.monitors.0.personId", "reference/unknown-person"],
        ["plans.0.rules.1.bottomLineIds.0", "reference/unknown-bottom-line"],
        ["monitoring.0.planId", "reference/unknown-plan"],
        ["monitoring.1.ruleId", "reference/unknown-rule"],
        ["childVoice.0.childId", "reference/unknown-child"],
        ["bottomLines.14.id", "reference/duplicate-id"],
      ]),
    );
    // The map's own check (a statement about a child not on the map) is reported too.
    expect(error.issues).toHaveLength(10);
  });

  it("reports shape problems and reference problems together", () => {
    const doc = json();
    doc.plans[0].status = "paused";
    doc.network.members[1].personId = "stranger";
    const error = caught(() => parseCaseFile(doc));
    expect(error.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["plans.0.status", "network.members.1.personId"]));
  });

  it("refuses a map version used twice", () => {
    const doc = json();
    doc.maps.push(doc.maps[0]);
    expect((caught(() => parseCaseFile(doc))).issues).toMatchObject([{ rule: "reference/duplicate-id" }]);
  });
});
