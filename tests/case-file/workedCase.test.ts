// The worked case of issue 3, recorded through audited commands: a network found by the family
// and informed through Words and Pictures, a plan with rules, two months of monitoring with one
// breach and its escalation; the bottom lines get the right verdicts and the report says why.
import { describe, expect, it } from "vitest";
import { evaluateBottomLines, formatBottomLineReport } from "../../src/bottom-lines";
import { CaseFileAuditEntrySchema, parseCaseFile, undoLastCaseFileChange } from "../../src/case-file";
import { replay } from "../../src/core";
import { asOf, seenAlone, workedCase, workedCaseByCommands, workedCommands, workedVerdicts } from "./fixtures";

describe("the worked case", () => {
  const recorded = workedCaseByCommands();

  it("recorded through audited commands is the worked case, with one history entry per command", () => {
    const { history, ...body } = recorded;
    const { history: _none, ...expected } = workedCase();
    expect(body).toEqual(expected);
    expect(history).toHaveLength(workedCommands().length);
    for (const entry of history) expect(CaseFileAuditEntrySchema.safeParse(entry).success).toBe(true);
  });

  it("replays from the empty case file, and undoes back to it", () => {
    const { history, ...body } = recorded;
    let undone = recorded;
    for (let i = 0; i < history.length; i++) undone = undoLastCaseFileChange(undone);
    expect(undone.history).toEqual([]);
    const { history: _h, ...start } = undone;
    expect(replay(start, history)).toEqual(body);
    expect(undone.maps).toEqual([]);
    expect(undone.people).toEqual(recorded.people);
  });

  it("holds each map, plan and child-voice record once in its history, in the patches that added it", () => {
    const adding = recorded.history.filter((e) => ["add-map-version", "add-plan-version", "add-child-voice"].includes(e.command.type));
    expect(adding).toHaveLength(4);
    const stored = JSON.stringify(recorded.history);
    for (const { patches } of adding) {
      expect(patches).toHaveLength(1);
      expect(stored.split(JSON.stringify(patches[0]?.value)).length - 1).toBe(1);
    }
    // The add-map-version entry is about the size of the map (it was twice the size, 10 KB for a 5 KB map).
    const [entry] = recorded.history.filter((e) => e.command.type === "add-map-version");
    expect(entry?.command).toEqual({ type: "add-map-version", mapId: "map-1", version: 1 });
    expect(JSON.stringify(entry).length).toBeLessThan(1.1 * JSON.stringify(recorded.maps[0]).length);
  });

  it("survives a JSON round trip", () => {
    expect(parseCaseFile(JSON.parse(JSON.stringify(recorded)))).toEqual(recorded);
  });

  it("gives the right verdict for each bottom line, and the report says why", () => {
    const report = evaluateBottomLines(recorded, recorded.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
    expect(Object.fromEntries(report.results.map((r) => [r.bottomLineId, r.verdict]))).toEqual(workedVerdicts);
    expect(report.meetsAll).toBe(false);
    const text = formatBottomLineReport(report);
    expect(text).toContain("11. NOT MET: The plan works for three months without an unresolved breach before the case steps down [sustained-without-breach]");
    expect(text).toContain("The safety plan has been in place since 2025-04-01; to be sustained for 3 months it needs to have been in place since 2025-03-01.");
    expect(text).toContain("6. MET: Lee does not see Amy and Ben without a safe adult from the network there [no-unsupervised-contact]");
    expect(text).toContain("Breaches: m-breach; Unresolved breaches: none");
  });

  it("while the breach was open, the bottom lines said so", () => {
    // On 11 May the breach of the contact rule had been reported but not yet resolved.
    const report = evaluateBottomLines(recorded, recorded.bottomLines, { asOf: "2025-05-11" as typeof asOf, customPredicates: { "seen-alone": seenAlone } });
    const verdict = (id: string): string | undefined => report.results.find((r) => r.bottomLineId === id)?.verdict;
    expect(verdict("bl-lee-supervised")).toBe("unmet");
    expect(verdict("bl-breach-24h")).toBe("met");
    expect(report.results.find((r) => r.bottomLineId === "bl-lee-supervised")?.findings.map((f) => f.code)).toEqual(["bottom-lines/breach-unresolved"]);
  });
});
