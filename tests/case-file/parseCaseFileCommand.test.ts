import { describe, expect, it } from "vitest";
import { parseAssessmentMapCommand, safeParseAssessmentMapCommand } from "../../src/assessment";
import { parseCaseFileCommand, safeParseCaseFileCommand } from "../../src/case-file";
import type { KinsafeError } from "../../src/core";
import { ids, workedCommands } from "./fixtures";

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const paths = (error: KinsafeError): string[] => error.issues.map((i) => `${i.path.join(".")} ${i.rule}`);

describe("parseCaseFileCommand", () => {
  it("parses a command received from another system", () => {
    // #region parse-case-file-command
    const command = parseCaseFileCommand({ type: "update-person", personId: "amy", patch: { name: "Amy B" } });
    command.type; // "update-person"
    // #endregion parse-case-file-command
    expect(command).toEqual({ type: "update-person", personId: ids.amy, patch: { name: "Amy B" } });
    for (const { command: c } of workedCommands()) expect(parseCaseFileCommand(json(c))).toEqual(json(c));
  });

  it("returns the problems as data", () => {
    // #region safe-parse-case-file-command
    const result = safeParseCaseFileCommand({ type: "add-monitoring", event: { id: "m-1", planId: "plan-1", date: "2025-02-30", byId: "gran-pat", role: "network" } });
    result.ok; // false: no 30 February, and outcome is required
    // #endregion safe-parse-case-file-command
    expect(result.ok === false && paths(result.error)).toEqual(["event.date invalid_format", "event.outcome required"]);
    const unknown = safeParseCaseFileCommand({ patch: {} });
    expect(unknown.ok === false && unknown.error.issues[0]).toMatchObject({ path: ["type"], rule: "required" });
  });
});

describe("parseAssessmentMapCommand", () => {
  it("parses a command received from another system", () => {
    // #region parse-assessment-map-command
    const command = parseAssessmentMapCommand({ type: "set-next-step-status", nextStepId: "n-1", status: "done" });
    command.type; // "set-next-step-status"
    // #endregion parse-assessment-map-command
    expect(command).toEqual({ type: "set-next-step-status", nextStepId: "n-1", status: "done" });
  });

  it("returns the problems as data", () => {
    // #region safe-parse-assessment-map-command
    const result = safeParseAssessmentMapCommand({ type: "add-judgement", scaleId: "sc-1", judgement: { id: "j-2", value: 11, on: "2025-03-29" } });
    result.ok; // false: a score is 0 to 10
    // #endregion safe-parse-assessment-map-command
    expect(result.ok === false && paths(result.error)).toEqual(["judgement.value too_big"]);
  });
});
