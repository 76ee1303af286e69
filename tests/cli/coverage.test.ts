// What `kinsafe metrics` tells the engine the files cover, from what was read.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coverageOf, filesMeetPeriod, returnSpan } from "../../src/cli/coverage";
import { identifyInputs } from "../../src/cli/inputs";
import { FIXTURES } from "./helpers";

const at = (name: string): string => join(FIXTURES, name);

describe("coverageOf", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const files = await identifyInputs(["csc-validator-be-cin/CIN_Census_2024.xml", "cs-demand-model/2017-episodes.csv", "cs-demand-model/2017-header.csv"], at);
    const coverage = coverageOf(files);
    // { facts: {
    //     "cin-episodes": [{ start: "2023-04-01", end: "2024-03-31", source: "csc-validator-be-cin/CIN_Census_2024.xml" }],
    //     "looked-after-episodes": [{ start: "2017-04-01", end: "2018-03-31", source: "cs-demand-model/2017-episodes.csv" }] } }
    // #endregion docs-example
    expect(coverage).toEqual({
      facts: {
        "cin-episodes": [{ start: "2023-04-01", end: "2024-03-31", source: "csc-validator-be-cin/CIN_Census_2024.xml" }],
        "looked-after-episodes": [{ start: "2017-04-01", end: "2018-03-31", source: "cs-demand-model/2017-episodes.csv" }],
      },
    });
  });

  it("makes looked-after episodes unusable when an episodes file lacks a column they need, naming file and column", async () => {
    const files = await identifyInputs(["input-checks/2018_episodes_no_dec.csv", "input-checks/2018_header_no_dob.csv"], at);
    expect(coverageOf(files)).toEqual({ facts: {}, unusable: { "looked-after-episodes": "the SSDA903 episodes file input-checks/2018_episodes_no_dec.csv has no DEC column" } });
  });

  it("covers every kind of fact over the dates kinsafe records hold, not their dates of birth", async () => {
    const files = await identifyInputs(["input-checks/records.jsonl"], at);
    const spans = coverageOf(files).facts;
    expect(Object.keys(spans).sort()).toEqual(["care-proceedings", "cin-episodes", "early-help", "looked-after-episodes", "visits"]);
    expect(spans["visits"]).toEqual([{ start: "2023-05-01", end: "2024-11-20", source: "input-checks/records.jsonl" }]);
  });

  it("takes a census year ending on a reference date that is not 31 March from the day after, a year before", () => {
    const file = { name: "x.xml", path: "x.xml", kind: "cin-census", size: 1, year: 2024, referenceDate: "2024-02-29" } as const;
    expect(returnSpan(file)).toEqual({ start: "2023-03-01", end: "2024-02-29", source: "x.xml" });
    expect(returnSpan({ ...file, referenceDate: "2025-03-31" })).toEqual({ start: "2024-04-01", end: "2025-03-31", source: "x.xml" });
    expect(filesMeetPeriod([file], { start: "1998-04-01", end: "1999-03-31" })).toBe(false);
    expect(filesMeetPeriod([file], { start: "2023-04-01", end: "2024-03-31" })).toBe(true);
  });
});

describe("the year of a file, from its content", () => {
  it("reads cs-demand-model's 2017 files as the 2017-18 return (episode end dates), with a warning for the name", async () => {
    const files = await identifyInputs(["cs-demand-model/2017-episodes.csv", "cs-demand-model/2017-header.csv", "cs-demand-model/2018-episodes.csv"], at);
    expect(files.map((f) => [f.name, f.nameYear, f.year, f.yearFrom])).toEqual([
      ["cs-demand-model/2017-episodes.csv", 2017, 2018, "the dates in it"],
      ["cs-demand-model/2017-header.csv", 2017, 2018, "the other tables of the same return"],
      ["cs-demand-model/2018-episodes.csv", 2018, 2019, "the dates in it"],
    ]);
  });

  it("keeps the name's year when the dates agree, and takes a CIN census's year from its ReferenceDate", async () => {
    const files = await identifyInputs(["liia-tools/SSDA903_2020_episodes.csv", "csc-validator-be-cin/CIN_Census_2021.xml"], at);
    expect(files.map((f) => [f.nameYear, f.year, f.yearFrom])).toEqual([
      [2020, 2020, "the dates in it"],
      [2021, 2023, "ReferenceDate"],
    ]);
  });
});
