import { describe, expect, it } from "vitest";
import { createCohortBuilder, mergeCohorts, readCinCensus } from "../../src/interop/cin-census";

function census(year: number, la: string, children: string): string {
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${String(year)}</Year><ReferenceDate>${String(year)}-03-31</ReferenceDate></CollectionDetails><Source><LEA>${la}</LEA></Source></Header><Children>${children}</Children></Message>`;
}
const child = (id: string, upn: string, episodes: string): string =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><UPN>${upn}</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>${episodes}</Child>`;
const episode = (ref: string, close = ""): string =>
  `<CINdetails><CINreferralDate>${ref}</CINreferralDate><ReferralSource>6</ReferralSource>${close === "" ? "" : `<CINclosureDate>${close}</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>`}<ReferralNFA>false</ReferralNFA></CINdetails>`;

describe("mergeCohorts", () => {
  it("shows the documented example", async () => {
    const y2024 = await readCinCensus(census(2024, "201", child("C1", "A201000000001", episode("2024-01-10"))));
    const y2025 = await readCinCensus(census(2025, "201", child("C1", "A201000000001", episode("2024-01-10", "2024-06-30") + episode("2024-11-02"))));
    // #region docs-example
    const cohort = mergeCohorts([
      { records: y2025.records, year: 2025 },
      { records: y2024.records, year: 2024 },
    ]);
    cohort.records.length; // 1: the same child in both returns
    cohort.records[0]?.cinEpisodes.map((e) => [e.referralDate, e.closureDate]);
    // [["2024-01-10", "2024-06-30"], ["2024-11-02", undefined]]: the episode open at 1 April 2024 once, as the 2025 return has it
    // #endregion docs-example
    expect(cohort.records).toHaveLength(1);
    expect(cohort.records[0]?.cinEpisodes.map((e) => [e.referralDate, e.closureDate])).toEqual([
      ["2024-01-10", "2024-06-30"],
      ["2024-11-02", undefined],
    ]);
  });

  it("matches across authorities by UPN when asked, and reports conflicting details", async () => {
    const a = await readCinCensus(census(2024, "201", child("C1", "A201000000001", episode("2023-05-01", "2023-09-01"))));
    const b = await readCinCensus(census(2025, "202", child("Z9", "A201000000001", episode("2024-10-01")).replace("2015-01-01", "2015-01-02")));
    // #region builder
    const builder = createCohortBuilder({ matchBy: "upn" });
    for (const record of a.records) builder.add(record, { year: 2024 });
    for (const record of b.records) builder.add(record, { year: 2025 });
    const { records, findings } = builder.build();
    records.length; // 1: matched by UPN across two authorities
    findings[0]?.code; // "cin-census/conflicting-details" (the dates of birth differ)
    // #endregion builder
    expect(records).toHaveLength(1);
    expect(records[0]?.child.childId).toBe("Z9");
    expect(records[0]?.child.la).toBe("202");
    expect(records[0]?.cinEpisodes).toHaveLength(2);
    expect(findings[0]?.code).toBe("cin-census/conflicting-details");
    expect(mergeCohorts([{ records: a.records, year: 2024 }, { records: b.records, year: 2025 }]).records).toHaveLength(2);
  });

  it("does not mutate the records it merges", async () => {
    const a = await readCinCensus(census(2024, "201", child("C1", "A201000000001", episode("2024-01-10"))));
    const before = JSON.stringify(a.records);
    mergeCohorts([{ records: a.records, year: 2024 }, { records: a.records, year: 2025 }]);
    expect(JSON.stringify(a.records)).toBe(before);
  });
});
