import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../src/core";
import { mergeCohorts, readCinCensus, writeCinCensus } from "../../../src/interop/cin-census";
import type { ChildRecord } from "../../../src/records";

// A CIN census return of one year (`scope: "collection-year"`) carries the pre-proceedings and
// court application dates of its episodes only. Proceedings of an episode outside the year were
// once put into the first episode written, so each later return reported them again under
// another episode, and merging the returns counted them once a year.

const episode = (id: string, referralDate: string, closureDate?: string): ChildRecord["cinEpisodes"][number] =>
  ({ id, referralDate, referralSource: "6", referralNfa: false, ...(closureDate === undefined ? {} : { closureDate, closureReason: "RC7" }), assessments: [], cinPlans: [], section47s: [], cpPlans: [] }) as unknown as ChildRecord["cinEpisodes"][number];

function record(cinEpisodes: ChildRecord["cinEpisodes"], careProceedings: ChildRecord["careProceedings"]): ChildRecord {
  return { child: { childId: "C1", la: "201", dob: "2015-01-01", sex: "M", disabilities: [] }, cinEpisodes, earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings } as unknown as ChildRecord;
}

async function yearReturn(r: ChildRecord, year: number): Promise<readonly ChildRecord[]> {
  const xml = writeCinCensus([r], { la: "201", referenceDate: `${String(year)}-03-31` as IsoDate }, { scope: "collection-year" });
  return (await readCinCensus(xml)).records;
}

describe("writeCinCensus for one collection year: care proceedings", () => {
  it("are written with their own episode only, so merged returns hold them once", async () => {
    // Proceedings in 2021 during an episode closed in 2022; the child is referred again in 2023.
    const child = record(
      [episode("e1", "2020-05-01", "2022-02-01"), episode("e2", "2023-06-01")],
      [{ id: "p1", preProceedingsStart: "2020-09-01", issueDate: "2021-01-10", timetableExtensions: [] }] as unknown as ChildRecord["careProceedings"],
    );
    const returns = await Promise.all([2021, 2022, 2024, 2025].map(async (year) => ({ year, records: await yearReturn(child, year) })));
    // In the 2021 and 2022 returns (with the episode), not in 2024 and 2025 (without it).
    expect(returns.map((r) => r.records[0]?.careProceedings.length)).toEqual([1, 1, 0, 0]);
    const merged = mergeCohorts(returns).records[0];
    expect(merged?.careProceedings.map((p) => [p.preProceedingsStart, p.issueDate])).toEqual([["2020-09-01", "2021-01-10"]]);
  });

  it("go with the episode open when they started, else the one open at the application", async () => {
    // Pre-proceedings began before the referral of the episode in which the application was made;
    // the child's earlier episode had closed long before.
    const child = record(
      [episode("e1", "2016-05-01", "2016-09-01"), episode("e2", "2021-03-01")],
      [{ id: "p1", preProceedingsStart: "2021-02-01", issueDate: "2021-05-10", timetableExtensions: [] }] as unknown as ChildRecord["careProceedings"],
    );
    const [read] = (await readCinCensus(writeCinCensus([child], { la: "201", referenceDate: "2022-03-31" as IsoDate }))).records;
    expect(read?.cinEpisodes.map((e) => e.referralDate)).toEqual(["2016-05-01", "2021-03-01"]);
    expect(read?.careProceedings.map((p) => [p.id, p.preProceedingsStart, p.issueDate])).toEqual([["cin-2021-03-01/pre-proceedings-1", "2021-02-01", "2021-05-10"]]);
  });
});
