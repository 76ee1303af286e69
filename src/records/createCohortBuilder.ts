import { KinsafeError, type Finding } from "../core";
import type { ChildRecord } from "./ChildRecord";
import type { Cohort, CohortBuilder, CohortFinding, CohortOptions, CohortSource } from "./Cohort";

// One child in the cohort. The rows of its lists are kept as JSON text, not as objects: a cohort
// of many years holds millions of rows, and the garbage collector marks every live object on
// each major collection, so a heap of row objects made reading the tenth return several times
// slower than reading the first. A string is one object with nothing inside to mark.
interface Entry {
  details: Record<string, unknown>;
  detailsYear: number;
  // Stride 5: the list's index in LISTS, the row's natural key (with its occurrence in the
  // return, `#n`), the row as JSON (or the row itself, see createCohortBuilderWith), the
  // collection year of that version, and for episodes (CIN and looked-after) the returns that
  // held the row (`year@la`, with `o` after the year when the episode was open at that return's
  // reference date; comma-separated), else "".
  rows: unknown[];
  // Row offsets by `list|key`, made once a child has many rows (looked-after children with long
  // histories), so that finding a row stays cheap.
  byKey: Map<string, number> | undefined;
}

const INDEX_ROWS = 64;
const STRIDE = 5;

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** The shape `add` needs (a programmer error is a KinsafeError, never a TypeError from inside). */
function checkRecord(record: unknown, source: unknown): void {
  if (typeof record !== "object" || record === null) throw new KinsafeError("invalid-argument", `A child record must be an object; received ${describe(record)}.`);
  const child = (record as { child?: unknown }).child;
  if (typeof child !== "object" || child === null) throw new KinsafeError("invalid-argument", `A child record must have a child; received ${describe(child)}.`);
  const c = child as Record<string, unknown>;
  if (typeof c["childId"] !== "string") throw new KinsafeError("invalid-argument", `A child record's child.childId must be a string; received ${describe(c["childId"])}.`);
  if (!Array.isArray(c["disabilities"])) throw new KinsafeError("invalid-argument", `A child record's child.disabilities must be an array; received ${describe(c["disabilities"])}.`);
  if (typeof source !== "object" || source === null || typeof (source as { year?: unknown }).year !== "number" || Number.isNaN((source as { year: number }).year)) {
    throw new KinsafeError("invalid-argument", "The source of a child record must be { year } with the collection year as a number.");
  }
}

/** A row as JSON; a row JSON cannot hold (a cycle, a BigInt) is a KinsafeError. */
function toJson(row: unknown): string {
  try {
    return JSON.stringify(row);
  } catch (error) {
    throw new KinsafeError("invalid-argument", `A row of a child record cannot be kept: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

type ListName = keyof Omit<ChildRecord, "child">;

const DETAIL_KEYS = ["la", "upn", "sex", "dob", "expectedDob", "deathDate", "ethnicity", "uasc"] as const;
const LISTS: readonly ListName[] = [
  "cinEpisodes", "earlyHelpEpisodes", "lookedAfterEpisodes", "lookedAfterReviews", "missing", "visits", "careProceedings",
  "lookedAfterOutcomes", "careLeaverOutcomes", "adoptions", "adoptionDecisions",
];
// The lists from this index on are optional: absent from a record that has none.
const FIRST_OPTIONAL = 7;
const CIN_EPISODES = 0;
const LOOKED_AFTER_EPISODES = 2;

/**
 * Whether an episode (CIN or looked-after) was open at the reference date of a return: started
 * on or before it and not ended on or before it. A return's reference date is 31 March of its
 * collection year (CIN census guidance; SSDA903 "looked after at 31 March").
 */
function openAt(list: number, item: Record<string, unknown>, reference: string): boolean {
  const start = list === CIN_EPISODES ? item["referralDate"] : item["startDate"];
  const end = list === CIN_EPISODES ? item["closureDate"] : item["endDate"];
  return typeof start === "string" && start <= reference && !(typeof end === "string" && end <= reference);
}

/**
 * The order of `cin-census/episode-not-in-next-return` findings: by return, then child, then
 * the kind and start of the episode; the same however the children were split or ordered.
 *
 * @internal
 */
export function compareEpisodeFindings(a: CohortFinding, b: CohortFinding): number {
  const p = a.params ?? {};
  const q = b.params ?? {};
  const keys = ["year", "la", "childId", "element", "startDate"] as const;
  for (const k of keys) {
    const x = p[k] ?? "";
    const y = q[k] ?? "";
    if (x !== y) return typeof x === "number" && typeof y === "number" ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * The returns an episode was open at and the next return of its authority lacks: `sightings`
 * lists the returns that held the episode (`year@la`, with `o` after the year when it was open
 * at that return's reference date, comma-separated); `nextReturn` gives the collection year of
 * the next return of an authority holding episodes of the kind; `missed` is told each return
 * whose next one lacks the episode.
 *
 * @internal
 */
export function missedInNextReturn(sightings: string, nextReturn: (la: string, year: number) => number | undefined, missed: (la: string, year: number, next: number) => void): void {
  const list = sightings.split(",");
  const held = new Set(list.map((s) => s.replace("o@", "@")));
  for (const s of list) {
    const at = s.indexOf("@");
    if (s[at - 1] !== "o") continue;
    const year = Number(s.slice(0, at - 1));
    const la = s.slice(at + 1);
    const next = nextReturn(la, year);
    if (next !== undefined && !held.has(`${String(next)}@${la}`)) missed(la, year, next);
  }
}

// The natural key of each row: the same episode re-reported in a later return has the same key.
// (An OC2, OC3 or AD1 row without its year is keyed by the year of the return it was added from.)
function keyOf(list: ListName, item: Record<string, unknown>, year: number): string {
  switch (list) {
    case "cinEpisodes":
      return String(item["referralDate"]);
    case "earlyHelpEpisodes":
      return String(item["startDate"]);
    case "lookedAfterEpisodes":
      return String(item["startDate"]);
    case "lookedAfterReviews":
      return String(item["date"]);
    case "missing":
      return `${String(item["startDate"])}|${String(item["missingType"])}`;
    // One OC2, OC3 and AD1 row per child per return: a later submission of the same year's
    // return replaces it.
    case "lookedAfterOutcomes":
    case "careLeaverOutcomes":
    case "adoptions":
      return typeof item["year"] === "number" ? String(item["year"]) : `return ${String(year)}`;
    // A decision to place for adoption is re-reported each year until it ceases.
    case "adoptionDecisions":
      return typeof item["decisionDate"] === "string" ? item["decisionDate"] : "";
    default:
      return String(item["id"]);
  }
}

function sortKey(list: ListName, item: Record<string, unknown>): string {
  switch (list) {
    case "cinEpisodes":
      return String(item["referralDate"]);
    case "lookedAfterEpisodes":
      return String(item["startDate"]);
    case "missing":
      return String(item["startDate"]);
    case "careProceedings":
      return (item["preProceedingsStart"] ?? item["issueDate"] ?? "") as string;
    case "earlyHelpEpisodes":
      return String(item["startDate"]);
    case "lookedAfterOutcomes":
    case "careLeaverOutcomes":
    case "adoptions":
      return typeof item["year"] === "number" ? String(item["year"]) : "";
    case "adoptionDecisions":
      return typeof item["decisionDate"] === "string" ? item["decisionDate"] : "";
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
 *   looked-after episodes on `DECOM`, reviews on date, missing incidents on start and type,
 *   OC2, OC3 and AD1 rows on their collection year, decisions to place for adoption on their
 *   date; rows repeated within one return are all kept;
 * - the child's details come from the latest return, with gaps filled from earlier ones; a date
 *   of birth or sex that differs between returns is reported;
 * - an episode (CIN or looked-after) open at one return's reference date (31 March of its
 *   collection year) that the next return of its kind lacks is reported
 *   (`cin-census/episode-not-in-next-return`, see `CohortFindingCode`) and kept open as the
 *   earlier return has it.
 *
 * The builder keeps the cohort in memory, compactly: each row as JSON text, so the records it
 * returns are new objects, never the ones added, and memory is about the size of the rows as
 * JSON. `records()` hands the merged records out one at a time without holding them all.
 *
 * @param options - How to match children.
 * @returns A builder: `add(record, { year, la })`, then `build()` or `records()`. `add` throws a
 *   `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when the record is not a
 *   child record (no `child.childId`, a list that is not an array of objects, a row JSON cannot
 *   hold) or the source has no numeric `year`; the cohort is unchanged then.
 *
 * @example
 * {@includeCode ../../tests/records/cohort.test.ts#builder}
 *
 * @category CIN census
 */
export function createCohortBuilder(options: CohortOptions = {}): CohortBuilder {
  return createCohortBuilderWith(options, false);
}

/**
 * {@link createCohortBuilder}, optionally keeping the rows as the objects given instead of as
 * JSON: for a caller that made the records itself (never shared) and holds only a part of a
 * cohort at a time, so that the copy would be work for nothing; `onFinding` sees each finding
 * as it is made (to place it among the findings of other parts).
 *
 * @internal
 */
export function createCohortBuilderWith(options: CohortOptions, ownedRows: boolean, onFinding?: (finding: Finding<"cin-census/conflicting-details">) => void): CohortBuilder {
  const byUpn = options.matchBy === "upn";
  const entries: Entry[] = [];
  const index = new Map<string, Entry>();
  const findings: Finding<"cin-census/conflicting-details">[] = [];
  // The returns seen, by episode list and authority (`list|la`): the collection years of the
  // records that held at least one episode of that list (a CIN census return holds CIN
  // episodes, an SSDA903 return looked-after episodes).
  const returns = new Map<string, Set<number>>();

  function add(record: ChildRecord, source: CohortSource): void {
    checkRecord(record, source);
    const c = record.child;
    const la = source.la ?? c.la ?? "";
    const idKey = `id:${la}|${c.childId}`;
    const upnKey = byUpn && c.upn !== undefined ? `upn:${c.upn}` : undefined;
    let entry = (upnKey === undefined ? undefined : index.get(upnKey)) ?? index.get(idKey);
    if (entry === undefined) {
      entry = { details: { childId: c.childId, disabilities: [...c.disabilities] }, detailsYear: -Infinity, rows: [], byKey: undefined };
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
        const finding: Finding<"cin-census/conflicting-details"> = { code: "cin-census/conflicting-details", severity: "warning", path: ["child", k], params: { childId: c.childId, element: k, value: String(v), previous: JSON.stringify(old), year: source.year } };
        findings.push(finding);
        onFinding?.(finding);
      }
      if (newer || old === undefined) entry.details[k] = v;
    }
    if (newer) {
      entry.details["childId"] = c.childId;
      if (c.disabilities.length > 0 || entry.details["disabilities"] === undefined) entry.details["disabilities"] = [...c.disabilities];
      entry.detailsYear = source.year;
    }

    const reference = `${String(source.year)}-03-31`;
    for (let l = 0; l < LISTS.length; l++) {
      const list = LISTS[l] as ListName;
      const items = record[list] as readonly Record<string, unknown>[];
      const given: unknown = items;
      if (given === undefined && l >= FIRST_OPTIONAL) continue;
      if (!Array.isArray(given)) throw new KinsafeError("invalid-argument", `A child record's ${list} must be an array; received ${describe(items)}.`);
      if (items.length === 0) continue;
      for (const item of items) if (typeof item !== "object" || item === null) throw new KinsafeError("invalid-argument", `Each of a child record's ${list} must be an object; received ${describe(item)}.`);
      const episodes = l === CIN_EPISODES || l === LOOKED_AFTER_EPISODES;
      if (episodes) {
        const at = `${String(l)}|${la}`;
        const years = returns.get(at) ?? new Set<number>();
        years.add(source.year);
        returns.set(at, years);
      }
      const bases = items.map((item) => keyOf(list, item, source.year));
      // Long lists count repeats in a map (short ones by looking back, which allocates nothing).
      const seen = items.length > INDEX_ROWS ? new Map<string, number>() : undefined;
      for (let j = 0; j < items.length; j++) {
        const base = bases[j] as string;
        // Rows repeated within one return are all kept: the n-th of them is matched with the n-th.
        let n = 1;
        if (seen !== undefined) {
          n = (seen.get(base) ?? 0) + 1;
          seen.set(base, n);
        } else for (let p = 0; p < j; p++) if (bases[p] === base) n++;
        const key = `${base}#${String(n)}`;
        const at = findRow(entry, l, key);
        const sighting = episodes ? `${String(source.year)}${openAt(l, items[j] as Record<string, unknown>, reference) ? "o" : ""}@${la}` : "";
        if (at === -1) {
          entry.rows.push(l, key, ownedRows ? items[j] : toJson(items[j]), source.year, sighting);
          if (entry.byKey !== undefined) entry.byKey.set(`${String(l)}|${key}`, entry.rows.length - STRIDE);
          else if (entry.rows.length > INDEX_ROWS * STRIDE) indexRows(entry);
        } else {
          if (episodes) entry.rows[at + 4] = `${entry.rows[at + 4] as string},${sighting}`;
          if (source.year >= (entry.rows[at + 3] as number)) {
            entry.rows[at + 2] = ownedRows ? items[j] : toJson(items[j]);
            entry.rows[at + 3] = source.year;
          }
        }
      }
    }
  }

  function findRow(entry: Entry, list: number, key: string): number {
    if (entry.byKey !== undefined) return entry.byKey.get(`${String(list)}|${key}`) ?? -1;
    const rows = entry.rows;
    for (let r = 0; r < rows.length; r += STRIDE) if (rows[r] === list && rows[r + 1] === key) return r;
    return -1;
  }

  function indexRows(entry: Entry): void {
    const byKey = new Map<string, number>();
    for (let r = 0; r < entry.rows.length; r += STRIDE) byKey.set(`${String(entry.rows[r])}|${String(entry.rows[r + 1])}`, r);
    entry.byKey = byKey;
  }

  function materialise(e: Entry): ChildRecord {
    const child: Record<string, unknown> = { ...e.details };
    const disabilities = child["disabilities"];
    if (Array.isArray(disabilities)) child["disabilities"] = [...(disabilities as unknown[])];
    const record: Record<string, unknown> = { child };
    for (let l = 0; l < LISTS.length; l++) {
      const list = LISTS[l] as ListName;
      const items: { item: Record<string, unknown>; i: number; k: string }[] = [];
      for (let r = 0; r < e.rows.length; r += STRIDE) {
        if (e.rows[r] !== l) continue;
        const row = e.rows[r + 2];
        const item = (typeof row === "string" ? JSON.parse(row) : row) as Record<string, unknown>;
        items.push({ item, i: items.length, k: sortKey(list, item) });
      }
      if (items.length > 1) items.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
      if (items.length > 0 || l < FIRST_OPTIONAL) record[list] = items.map((x) => x.item);
    }
    return record as unknown as ChildRecord;
  }

  function* records(): Generator<ChildRecord, void, undefined> {
    // Entries added while iterating are included (the loop reads the length each time).
    for (let i = 0; i < entries.length; i++) yield materialise(entries[i] as Entry);
  }

  // The first return after `year` of the same authority holding episodes of the list.
  function nextReturn(list: number, la: string, year: number): number | undefined {
    let next: number | undefined;
    for (const y of returns.get(`${String(list)}|${la}`) ?? []) if (y > year && (next === undefined || y < next)) next = y;
    return next;
  }

  // An episode open at one return's reference date must be in the next return of its kind
  // (re-reported open, or with its end): when it is not, its end is unknown and the merged
  // record shows it open for ever.
  function episodeFindings(): Finding<"cin-census/episode-not-in-next-return">[] {
    const out: Finding<"cin-census/episode-not-in-next-return">[] = [];
    for (const e of entries) {
      for (let r = 0; r < e.rows.length; r += STRIDE) {
        const list = e.rows[r] as number;
        if (list !== CIN_EPISODES && list !== LOOKED_AFTER_EPISODES) continue;
        const key = e.rows[r + 1] as string;
        missedInNextReturn(e.rows[r + 4] as string, (la, year) => nextReturn(list, la, year), (la, year, next) => {
          out.push({
            code: "cin-census/episode-not-in-next-return",
            severity: "warning",
            path: [LISTS[list] as ListName],
            params: { childId: String(e.details["childId"]), ...(la === "" ? {} : { la }), element: LISTS[list] as ListName, startDate: key.slice(0, key.lastIndexOf("#")), referenceDate: `${String(year)}-03-31`, year, nextYear: next },
          });
        });
      }
    }
    return out.sort(compareEpisodeFindings);
  }

  function allFindings(): CohortFinding[] {
    return [...findings, ...episodeFindings()];
  }

  function build(): Cohort {
    return { records: [...records()], findings: allFindings() };
  }

  return { add, build, records, findings: allFindings };
}
