import type { Finding } from "../../core";
import type { ChildRecord } from "../../metrics";
import type { Cohort, CohortBuilder, CohortOptions, CohortSource } from "./Cohort";

interface Versioned<T> {
  item: T;
  year: number;
}
interface Entry {
  details: Record<string, unknown>;
  detailsYear: number;
  parts: Map<keyof Omit<ChildRecord, "child">, Map<string, Versioned<unknown>>>;
}

type ListName = keyof Omit<ChildRecord, "child">;

const DETAIL_KEYS = ["la", "upn", "sex", "dob", "expectedDob", "deathDate", "ethnicity", "uasc"] as const;
const LISTS: readonly ListName[] = ["cinEpisodes", "earlyHelpEpisodes", "lookedAfterEpisodes", "lookedAfterReviews", "missing", "visits", "careProceedings"];

// The natural key of each row: the same episode re-reported in a later return has the same key.
function keyOf(list: ListName, item: Record<string, unknown>): string {
  switch (list) {
    case "cinEpisodes":
      return String(item["referralDate"]);
    case "earlyHelpEpisodes":
      return String(item["startDate"]);
    case "lookedAfterEpisodes":
      return String(item["decom"]);
    case "lookedAfterReviews":
      return String(item["date"]);
    case "missing":
      return `${String(item["start"])}|${String(item["missing"])}`;
    default:
      return String(item["id"]);
  }
}

function sortKey(list: ListName, item: Record<string, unknown>): string {
  switch (list) {
    case "cinEpisodes":
      return String(item["referralDate"]);
    case "lookedAfterEpisodes":
      return String(item["decom"]);
    case "missing":
      return String(item["start"]);
    case "careProceedings":
      return (item["preProceedingsStart"] ?? item["issueDate"] ?? "") as string;
    case "earlyHelpEpisodes":
      return String(item["startDate"]);
    default:
      return String(item["date"]);
  }
}

/**
 * Creates a builder that merges child records from many returns (several years, several
 * authorities, CIN census and SSDA903) into one cohort, one record per child:
 *
 * - children are matched by authority and local id, or by UPN when `matchBy` is `upn`;
 * - a row re-reported in several returns (a CIN episode open at 1 April is reported again with
 *   its original referral date; SSDA903 returns re-submit episode histories) is kept once, in
 *   the version of the latest collection year: CIN episodes are matched on referral date,
 *   looked-after episodes on `DECOM`, reviews on date, missing incidents on start and type;
 *   rows repeated within one return are all kept;
 * - the child's details come from the latest return, with gaps filled from earlier ones; a date
 *   of birth or sex that differs between returns is reported.
 *
 * The builder keeps the cohort in memory (a cohort is much smaller than the files it comes from).
 *
 * @param options - How to match children.
 * @returns A builder: `add(record, { year, la })`, then `build()`.
 *
 * @example
 * {@includeCode ../../../tests/interop/cohort.test.ts#builder}
 *
 * @category CIN census
 */
export function createCohortBuilder(options: CohortOptions = {}): CohortBuilder {
  const byUpn = options.matchBy === "upn";
  const entries: Entry[] = [];
  const index = new Map<string, Entry>();
  const findings: Finding<"cin-census/conflicting-details">[] = [];

  function add(record: ChildRecord, source: CohortSource): void {
    const c = record.child;
    const la = source.la ?? c.la ?? "";
    const idKey = `id:${la}|${c.childId}`;
    const upnKey = byUpn && c.upn !== undefined ? `upn:${c.upn}` : undefined;
    let entry = (upnKey === undefined ? undefined : index.get(upnKey)) ?? index.get(idKey);
    if (entry === undefined) {
      entry = { details: { childId: c.childId, disabilities: c.disabilities }, detailsYear: -Infinity, parts: new Map() };
      entries.push(entry);
    }
    index.set(idKey, entry);
    if (upnKey !== undefined) index.set(upnKey, entry);

    // Details: the latest return wins; earlier ones fill gaps.
    const newer = source.year >= entry.detailsYear;
    for (const k of DETAIL_KEYS) {
      const v = k === "la" ? (c.la ?? source.la) : c[k];
      if (v === undefined) continue;
      const old = entry.details[k];
      if ((k === "dob" || k === "sex") && old !== undefined && old !== v) {
        findings.push({ code: "cin-census/conflicting-details", severity: "warning", path: ["child", k], params: { childId: c.childId, element: k, value: String(v), previous: JSON.stringify(old), year: source.year } });
      }
      if (newer || old === undefined) entry.details[k] = v;
    }
    if (newer) {
      entry.details["childId"] = c.childId;
      if (c.disabilities.length > 0 || entry.details["disabilities"] === undefined) entry.details["disabilities"] = c.disabilities;
      entry.detailsYear = source.year;
    }

    for (const list of LISTS) {
      const items = record[list] as readonly Record<string, unknown>[];
      if (items.length === 0) continue;
      let part = entry.parts.get(list);
      if (part === undefined) {
        part = new Map();
        entry.parts.set(list, part);
      }
      const seen = new Map<string, number>();
      for (const item of items) {
        const base = keyOf(list, item);
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const key = `${base}#${String(n)}`;
        const old = part.get(key);
        if (old === undefined || source.year >= old.year) part.set(key, { item, year: source.year });
      }
    }
  }

  function build(): Cohort {
    const records: ChildRecord[] = entries.map((e) => {
      const record: Record<string, unknown> = { child: { ...e.details } };
      for (const list of LISTS) {
        const part = e.parts.get(list);
        const items = part === undefined ? [] : [...part.values()].map((v) => v.item as Record<string, unknown>);
        record[list] = items
          .map((item, i) => ({ item, i, k: sortKey(list, item) }))
          .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
          .map((x) => x.item);
      }
      return record as unknown as ChildRecord;
    });
    return { records, findings: [...findings] };
  }

  return { add, build };
}
