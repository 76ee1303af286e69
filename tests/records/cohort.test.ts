import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCohortBuilder, mergeCohorts, readCinCensus } from "../../src/interop/cin-census";
import { createCohortBuilderWith } from "../../src/records/createCohortBuilder";
import type { ChildRecord } from "../../src/records";

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

// The merge rules written the plain way (rows as objects in maps, as the builder first did):
// the model the compact builder is checked against.
function referenceMerge(adds: readonly { record: ChildRecord; year: number }[], matchBy: "child-id" | "upn"): { records: unknown[]; findings: unknown[] } {
  const lists = ["cinEpisodes", "earlyHelpEpisodes", "lookedAfterEpisodes", "lookedAfterReviews", "missing", "visits", "careProceedings"] as const;
  const keyOf = (list: string, item: Record<string, unknown>): string =>
    list === "cinEpisodes" ? String(item["referralDate"])
    : list === "earlyHelpEpisodes" ? String(item["startDate"])
    : list === "lookedAfterEpisodes" ? String(item["startDate"])
    : list === "lookedAfterReviews" ? String(item["date"])
    : list === "missing" ? `${String(item["start"])}|${String(item["missing"])}`
    : String(item["id"]);
  const sortKey = (list: string, item: Record<string, unknown>): string =>
    list === "cinEpisodes" ? String(item["referralDate"])
    : list === "lookedAfterEpisodes" ? String(item["startDate"])
    : list === "missing" ? String(item["start"])
    : list === "careProceedings" ? ((item["preProceedingsStart"] ?? item["issueDate"] ?? "") as string)
    : list === "earlyHelpEpisodes" ? String(item["startDate"])
    : String(item["date"]);
  interface E { details: Record<string, unknown>; year: number; parts: Map<string, Map<string, { item: unknown; year: number; seen: { year: number; la: string; open: boolean }[] }>> }
  const entries: E[] = [];
  const index = new Map<string, E>();
  const findings: unknown[] = [];
  // Episodes: the returns (years, by list and authority) that hold any, and where each episode was seen.
  const returns = new Map<string, Set<number>>();
  const reference = (year: number): string => `${String(year)}-03-31`;
  const isOpen = (list: string, item: Record<string, unknown>, year: number): boolean => {
    const start = (list === "cinEpisodes" ? item["referralDate"] : item["startDate"]) as string;
    const end = (list === "cinEpisodes" ? item["closureDate"] : item["endDate"]) as string | undefined;
    return start <= reference(year) && (end === undefined || end > reference(year));
  };
  for (const { record, year } of adds) {
    const c = record.child;
    const idKey = `id:${c.la ?? ""}|${c.childId}`;
    const upnKey = matchBy === "upn" && c.upn !== undefined ? `upn:${c.upn}` : undefined;
    let e = (upnKey === undefined ? undefined : index.get(upnKey)) ?? index.get(idKey);
    if (e === undefined) {
      e = { details: { childId: c.childId, disabilities: c.disabilities }, year: -Infinity, parts: new Map() };
      entries.push(e);
    }
    index.set(idKey, e);
    if (upnKey !== undefined) index.set(upnKey, e);
    const newer = year >= e.year;
    for (const k of ["la", "upn", "sex", "dob", "expectedDob", "deathDate", "ethnicity", "uasc"] as const) {
      const v = c[k];
      if (v === undefined) continue;
      const old = e.details[k];
      if ((k === "dob" || k === "sex") && old !== undefined && old !== v) {
        findings.push({ code: "cin-census/conflicting-details", severity: "warning", path: ["child", k], params: { childId: c.childId, element: k, value: String(v), previous: JSON.stringify(old), year } });
      }
      if (newer || old === undefined) e.details[k] = v;
    }
    if (newer) {
      e.details["childId"] = c.childId;
      if (c.disabilities.length > 0 || e.details["disabilities"] === undefined) e.details["disabilities"] = c.disabilities;
      e.year = year;
    }
    const episodeLists: readonly string[] = ["cinEpisodes", "lookedAfterEpisodes"];
    for (const list of lists) {
      const items = record[list] as readonly Record<string, unknown>[];
      if (items.length === 0) continue;
      if (episodeLists.includes(list)) returns.set(`${list}|${c.la ?? ""}`, new Set([...(returns.get(`${list}|${c.la ?? ""}`) ?? []), year]));
      const part = e.parts.get(list) ?? new Map<string, { item: unknown; year: number; seen: { year: number; la: string; open: boolean }[] }>();
      e.parts.set(list, part);
      const seen = new Map<string, number>();
      for (const item of items) {
        const n = (seen.get(keyOf(list, item)) ?? 0) + 1;
        seen.set(keyOf(list, item), n);
        const key = `${keyOf(list, item)}#${String(n)}`;
        const old = part.get(key);
        const sightings = [...(old?.seen ?? []), ...(episodeLists.includes(list) ? [{ year, la: c.la ?? "", open: isOpen(list, item, year) }] : [])];
        if (old === undefined || year >= old.year) part.set(key, { item, year, seen: sightings });
        else part.set(key, { ...old, seen: sightings });
      }
    }
  }
  // An episode open at a return's 31 March and absent from the next return of its kind.
  const gaps: { code: string; severity: string; path: string[]; params: Record<string, string | number> }[] = [];
  for (const e of entries) {
    for (const list of ["cinEpisodes", "lookedAfterEpisodes"]) {
      for (const [key, { seen }] of e.parts.get(list) ?? []) {
        for (const s of seen) {
          if (!s.open) continue;
          const later = [...(returns.get(`${list}|${s.la}`) ?? [])].filter((y) => y > s.year);
          if (later.length === 0) continue;
          const next = Math.min(...later);
          if (seen.some((t) => t.year === next && t.la === s.la)) continue;
          gaps.push({
            code: "cin-census/episode-not-in-next-return",
            severity: "warning",
            path: [list],
            params: { childId: String(e.details["childId"]), ...(s.la === "" ? {} : { la: s.la }), element: list, startDate: key.slice(0, key.lastIndexOf("#")), referenceDate: reference(s.year), year: s.year, nextYear: next },
          });
        }
      }
    }
  }
  const text = (v: string | number | undefined): string => (typeof v === "number" ? String(v).padStart(6, "0") : (v ?? ""));
  gaps.sort((a, b) => {
    for (const k of ["year", "la", "childId", "element", "startDate"]) {
      const x = text(a.params[k]);
      const y = text(b.params[k]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  findings.push(...gaps);
  const records = entries.map((e) => {
    const r: Record<string, unknown> = { child: { ...e.details } };
    for (const list of lists) {
      const items = [...(e.parts.get(list)?.values() ?? [])].map((v) => v.item as Record<string, unknown>);
      r[list] = items.map((item, i) => ({ item, i, k: sortKey(list, item) })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i)).map((x) => x.item);
    }
    return r;
  });
  return { records, findings };
}

const pick = <T,>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);
const dateArb = pick(["2022-01-05", "2022-06-30", "2023-02-11", "2023-02-12", "2024-09-01"]);
const recordArb: fc.Arbitrary<ChildRecord> = fc
  .record({
    childId: pick(["A", "B", "C", "D"]),
    la: fc.option(pick(["201", "202"]), { nil: undefined }),
    upn: fc.option(pick(["A201000000001", "A201000000002"]), { nil: undefined }),
    dob: fc.option(pick(["2015-01-01", "2015-01-02"]), { nil: undefined }),
    sex: fc.option(pick(["M", "F"] as const), { nil: undefined }),
    disabilities: fc.array(pick(["NONE", "MOB", "HAND"]), { maxLength: 2 }),
    referrals: fc.array(fc.record({ referralDate: dateArb, closureDate: fc.option(dateArb, { nil: undefined }) }), { maxLength: 4 }),
    placements: fc.array(fc.record({ startDate: dateArb, endDate: fc.option(dateArb, { nil: undefined }) }), { maxLength: 3 }),
    reviews: fc.array(dateArb, { maxLength: 3 }),
    visits: fc.integer({ min: 0, max: 80 }),
  })
  .map(({ childId, la, upn, dob, sex, disabilities, referrals, placements, reviews, visits }) => {
    const child: Record<string, unknown> = { childId, disabilities };
    if (la !== undefined) child["la"] = la;
    if (upn !== undefined) child["upn"] = upn;
    if (dob !== undefined) child["dob"] = dob;
    if (sex !== undefined) child["sex"] = sex;
    return {
      child,
      cinEpisodes: referrals.map((r, i) => ({ id: `cin-${String(i)}`, ...r, referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] })),
      earlyHelpEpisodes: [],
      lookedAfterEpisodes: placements.map((p, i) => ({ id: `lac-${String(i)}`, ...p })),
      lookedAfterReviews: reviews.map((date) => ({ date })),
      missing: [],
      // Many visits on some children: past 64 rows the builder indexes a child's rows.
      visits: Array.from({ length: visits }, (_, i) => ({ id: `v${String(i % 70)}`, date: "2024-01-01" })),
      careProceedings: [],
    } as unknown as ChildRecord;
  });

describe("createCohortBuilder (properties)", () => {
  it("merges exactly as the plain rules do, in both storage modes, and records() gives build().records", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ record: recordArb, year: fc.integer({ min: 2022, max: 2025 }) }), { maxLength: 12 }), pick(["child-id", "upn"] as const), (adds, matchBy) => {
        const before = JSON.stringify(adds);
        const expected = referenceMerge(adds, matchBy);
        const compact = createCohortBuilder({ matchBy });
        const owned = createCohortBuilderWith({ matchBy }, true);
        for (const { record, year } of adds) compact.add(record, { year });
        for (const { record, year } of JSON.parse(before) as typeof adds) owned.add(record, { year });
        const built = compact.build();
        expect(JSON.parse(JSON.stringify(built.records))).toEqual(JSON.parse(JSON.stringify(expected.records)));
        expect(built.findings).toEqual(expected.findings);
        expect(compact.findings()).toEqual(expected.findings);
        expect([...compact.records()]).toEqual(built.records);
        expect(JSON.stringify(owned.build())).toBe(JSON.stringify(built));
        expect(JSON.stringify(adds)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it("returns new objects: changing a merged record does not change what was added", () => {
    const builder = createCohortBuilder();
    const record = { child: { childId: "A", disabilities: ["MOB"] }, cinEpisodes: [{ id: "e", referralDate: "2024-01-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] } as unknown as ChildRecord;
    builder.add(record, { year: 2024 });
    const [merged] = builder.build().records as unknown as { child: { disabilities: string[] }; cinEpisodes: { referralDate: string }[] }[];
    merged?.child.disabilities.push("HAND");
    if (merged?.cinEpisodes[0] !== undefined) merged.cinEpisodes[0].referralDate = "1999-01-01";
    expect(record.child.disabilities).toEqual(["MOB"]);
    expect(record.cinEpisodes[0]?.referralDate).toBe("2024-01-01");
    expect(builder.build().records[0]?.cinEpisodes[0]?.referralDate).toBe("2024-01-01");
  });
});
