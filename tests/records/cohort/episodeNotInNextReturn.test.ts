import { describe, expect, it } from "vitest";
import { createCohortBuilder, mergeCohorts, readCinCensus, type CohortFinding } from "../../../src/interop/cin-census";
import { readSsda903 } from "../../../src/interop/ssda903";
import { formatFinding } from "../../../src/findings";
import type { ChildRecord } from "../../../src/records";
import { enCinCensus } from "../../../src/interop/cin-census";
import { enSsda903 } from "../../../src/interop/ssda903";
import { enWorkforce } from "../../../src/interop/workforce";

const INTEROP = { catalogue: [enCinCensus, enSsda903, enWorkforce] };

// An episode open at one return's reference date (31 March) is reported again by the next
// return: when it is not, the merge warns, naming the child, the episode's start and both returns.

function census(year: number, children: string): string {
  return `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>${String(year)}</Year><ReferenceDate>${String(year)}-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header><Children>${children}</Children></Message>`;
}
const child = (id: string, episodes: string): string =>
  `<Child><ChildIdentifiers><LAchildID>${id}</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>M</Sex></ChildIdentifiers>${episodes}</Child>`;
const episode = (ref: string, close = ""): string =>
  `<CINdetails><CINreferralDate>${ref}</CINreferralDate><ReferralSource>6</ReferralSource>${close === "" ? "" : `<CINclosureDate>${close}</CINclosureDate><ReasonForClosure>RC7</ReasonForClosure>`}<ReferralNFA>false</ReferralNFA></CINdetails>`;

async function records(year: number, children: string): Promise<readonly ChildRecord[]> {
  return (await readCinCensus(census(year, children))).records;
}

const gaps = (findings: readonly CohortFinding[]): CohortFinding[] => findings.filter((f) => f.code === "cin-census/episode-not-in-next-return");

describe("merging returns: an episode open at 31 March that the next return lacks", () => {
  it("is a warning naming the child, the episode's start and both returns", async () => {
    const y2024 = await records(2024, child("C1", episode("2024-01-10")));
    // The 2025 return gives the episode a referral date a day later: the 2024 one is lost.
    const y2025 = await records(2025, child("C1", episode("2024-01-11", "2024-06-30")));
    // #region episode-not-in-next-return
    const cohort = mergeCohorts([
      { records: y2024, year: 2024 },
      { records: y2025, year: 2025 },
    ]);
    const [warning] = cohort.findings;
    warning?.code; // "cin-census/episode-not-in-next-return"
    warning?.params; // { childId: "C1", la: "201", element: "cinEpisodes", startDate: "2024-01-10", referenceDate: "2024-03-31", year: 2024, nextYear: 2025 }
    // #endregion episode-not-in-next-return
    expect(cohort.findings).toHaveLength(1);
    expect(warning).toEqual({
      code: "cin-census/episode-not-in-next-return",
      severity: "warning",
      path: ["cinEpisodes"],
      params: { childId: "C1", la: "201", element: "cinEpisodes", startDate: "2024-01-10", referenceDate: "2024-03-31", year: 2024, nextYear: 2025 },
    });
    expect(formatFinding(warning as CohortFinding, INTEROP)).toBe(
      "Child C1: the episode (cinEpisodes) that started 2024-01-10 was open on 2024-03-31 in the 2024 return but is not in the 2025 return, so its end is not known; it was kept open, as the 2024 return has it.",
    );
    // The episode is kept as the earlier return has it: open.
    expect(cohort.records[0]?.cinEpisodes.map((e) => [e.referralDate, e.closureDate])).toEqual([
      ["2024-01-10", undefined],
      ["2024-01-11", "2024-06-30"],
    ]);
  });

  it("is also given when the child is not in the next return at all, and whatever order the returns are given in", async () => {
    const y2024 = await records(2024, child("C1", episode("2023-05-01")) + child("C2", episode("2023-05-01")));
    const y2025 = await records(2025, child("C2", episode("2023-05-01", "2024-05-01")));
    const cohort = mergeCohorts([
      { records: y2025, year: 2025 },
      { records: y2024, year: 2024 },
    ]);
    expect(gaps(cohort.findings).map((f) => [f.params?.["childId"], f.params?.["startDate"], f.params?.["year"], f.params?.["nextYear"]])).toEqual([["C1", "2023-05-01", 2024, 2025]]);
    // The builder, with the returns added newest first: the same finding.
    const builder = createCohortBuilder();
    for (const r of y2025) builder.add(r, { year: 2025 });
    for (const r of y2024) builder.add(r, { year: 2024 });
    expect(builder.findings()).toEqual(cohort.findings);
  });

  it("is not given for an episode in the next return (open or closed), closed on or before 31 March, or with no later return", async () => {
    const y2024 = await records(
      2024,
      child("C1", episode("2023-05-01")) + // open, re-reported open
        child("C2", episode("2023-05-01")) + // open, re-reported closed
        child("C3", episode("2023-05-01", "2024-03-31")) + // closed on the reference date
        child("C4", episode("2023-05-01", "2023-09-01")), // closed in the year
    );
    const y2025 = await records(2025, child("C1", episode("2023-05-01")) + child("C2", episode("2023-05-01", "2024-08-01")) + child("C5", episode("2025-01-01")));
    expect(mergeCohorts([{ records: y2024, year: 2024 }, { records: y2025, year: 2025 }]).findings).toEqual([]);
    // The latest return's open episodes have no next return to be missing from.
    expect(mergeCohorts([{ records: y2025, year: 2025 }]).findings).toEqual([]);
  });

  it("is given for an episode the earlier return shows ending after its 31 March (open at it)", async () => {
    const y2024 = await records(2024, child("C1", episode("2023-05-01", "2024-04-15")));
    const y2025 = await records(2025, child("C1", episode("2024-06-01")));
    expect(gaps(mergeCohorts([{ records: y2024, year: 2024 }, { records: y2025, year: 2025 }]).findings).map((f) => f.params?.["startDate"])).toEqual(["2023-05-01"]);
  });

  it("compares with the next return that exists: a missing year is skipped, not counted as lacking every episode", async () => {
    const y2022 = await records(2022, child("C1", episode("2021-05-01")) + child("C2", episode("2021-05-01")));
    const y2024 = await records(2024, child("C1", episode("2021-05-01", "2023-01-01")));
    const cohort = mergeCohorts([{ records: y2022, year: 2022 }, { records: y2024, year: 2024 }]);
    expect(gaps(cohort.findings).map((f) => [f.params?.["childId"], f.params?.["year"], f.params?.["nextYear"]])).toEqual([["C2", 2022, 2024]]);
  });

  it("checks looked-after episodes against the next SSDA903 return, not against CIN census returns", async () => {
    const header = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n101,1,01/01/2015,WBRI,,,\n";
    const episodes = (rows: string[]): string => ["CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN", ...rows].join("\n");
    const lac = async (year: number, rows: string[]): Promise<readonly ChildRecord[]> =>
      (await readSsda903([{ name: `header_${String(year)}.csv`, data: header, year }, { name: `episodes_${String(year)}.csv`, data: episodes(rows), year }], { la: "201" })).records;
    const a2024 = await lac(2024, ["101,01/05/2023,S,V2,N1,U6,PR1,,,,,,"]);
    // The 2025 return has the child's later episode only: the one open at 31 March 2024 is lost.
    const a2025 = await lac(2025, ["101,01/06/2024,S,C2,N1,U6,PR1,,,,,,"]);
    // A CIN census return of 2025 (no looked-after episodes) does not count as the next SSDA903 return.
    const c2025 = await records(2025, child("101", episode("2024-06-01")));
    const only2024 = mergeCohorts([{ records: a2024, year: 2024 }, { records: c2025, year: 2025 }]);
    expect(gaps(only2024.findings)).toEqual([]);
    const cohort = mergeCohorts([{ records: a2024, year: 2024 }, { records: c2025, year: 2025 }, { records: a2025, year: 2025 }]);
    expect(gaps(cohort.findings).map((f) => f.params)).toEqual([
      { childId: "101", la: "201", element: "lookedAfterEpisodes", startDate: "2023-05-01", referenceDate: "2024-03-31", year: 2024, nextYear: 2025 },
    ]);
  });

  it("keeps authorities apart: a child's episode in one authority's return is not looked for in another's", async () => {
    const a = await records(2024, child("C1", episode("2023-05-01")));
    const b = (await records(2025, child("C9", episode("2024-05-01")))).map((r) => ({ ...r, child: { ...r.child, la: "202" } }));
    expect(mergeCohorts([{ records: a, year: 2024 }, { records: b, year: 2025 }]).findings).toEqual([]);
  });
});
