import type { IsoDate } from "../../core";
import {
  ASSESSMENT_FACTOR_CODES,
  CLOSURE_REASON_CODES,
  CP_CATEGORY_CODES,
  DISABILITY_CODES,
  ETHNICITY_CODES,
  PRIMARY_NEED_CODES,
  REFERRAL_SOURCE_CODES,
  type ChildRecord,
} from "../../records";
import { isId, isIsoDate, isUpn, toBoolean, toCount, trimValue, type XmlHandler } from "../internal";
import type { CinCensusFinding, CinCensusHeader } from "./CinCensus";
import type { CinCensusFindingCode } from "./findingCodes";

// The CIN census reader's state machine: it turns the scanner's element events into canonical
// child records, one `Child` at a time, and a finding for everything it cannot read. The
// vocabulary is data (CIN_CENSUS_CONTAINERS: which elements each element may contain), so an element in the
// wrong place is reported once and skipped with everything inside it.

/**
 * Which elements each element of a CIN census return may contain (`#document` is the root).
 * `kinsafe pseudonymise` writes a return again from the same vocabulary.
 *
 * @internal
 */
export const CIN_CENSUS_CONTAINERS: Readonly<Record<string, readonly string[]>> = {
  "#document": ["Message"],
  Message: ["Header", "Children"],
  Header: ["CollectionDetails", "Source", "Content"],
  CollectionDetails: ["Collection", "Year", "ReferenceDate"],
  Source: ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"],
  Content: ["CBDSLevels"],
  CBDSLevels: ["CBDSLevel"],
  Children: ["Child"],
  Child: ["ChildIdentifiers", "ChildCharacteristics", "CINdetails"],
  ChildIdentifiers: ["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "GenderCurrent", "Sex", "PersonDeathDate"],
  ChildCharacteristics: ["Ethnicity", "Disabilities"],
  Disabilities: ["Disability"],
  CINdetails: [
    "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA",
    "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "PreProceedingsandFGDM",
  ],
  Assessments: ["AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment"],
  FactorsIdentifiedAtAssessment: ["AssessmentFactors"],
  CINPlanDates: ["CINPlanStartDate", "CINPlanEndDate"],
  Section47: ["S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"],
  ChildProtectionPlans: ["CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP", "Reviews"],
  Reviews: ["CPPreviewDate"],
  PreProceedingsandFGDM: [
    "PPStartDate", "LBPSentDate", "FGDMMeetingOffer", "FGDMMeetingFac", "InitialPPMeetingDate", "ReviewMeetingsCount", "StepDecisionDate", "PPOutcome",
    "CourtAppDate", "LetterInitCPDate",
  ],
};
// Element names as small numbers, looked up once per element: which elements each element may
// contain is a table of flags, so that neither opening nor closing an element needs a set lookup.
const NAMES: readonly string[] = [...new Set([...Object.keys(CIN_CENSUS_CONTAINERS), ...Object.values(CIN_CENSUS_CONTAINERS).flat()])];
const NAME_ID = new Map<string, number>(NAMES.map((name, i) => [name, i]));
const COUNT = NAMES.length;
const DOCUMENT = 0; // "#document", the first key of CIN_CENSUS_CONTAINERS
const IS_CONTAINER = new Uint8Array(COUNT);
const ALLOWED_IN = new Uint8Array(COUNT * COUNT);
for (const [parent, children] of Object.entries(CIN_CENSUS_CONTAINERS)) {
  const p = NAME_ID.get(parent) ?? DOCUMENT;
  IS_CONTAINER[p] = 1;
  for (const c of children) ALLOWED_IN[p * COUNT + (NAME_ID.get(c) ?? DOCUMENT)] = 1;
}

/** Elements that are read but have no place in the canonical child record. */
const NOT_KEPT = new Set([
  "FormerUPN", "UPNunknown", "AssessmentInternalReviewDate", "LBPSentDate", "FGDMMeetingOffer", "FGDMMeetingFac",
  "InitialPPMeetingDate", "ReviewMeetingsCount", "StepDecisionDate", "PPOutcome", "LetterInitCPDate",
]);
const IS_NOT_KEPT = new Uint8Array(COUNT);
for (const name of NOT_KEPT) IS_NOT_KEPT[NAME_ID.get(name) ?? DOCUMENT] = 1;

const REFERRAL_SOURCES: ReadonlySet<string> = new Set(REFERRAL_SOURCE_CODES);
const PRIMARY_NEEDS: ReadonlySet<string> = new Set(PRIMARY_NEED_CODES);
const CLOSURE_REASONS: ReadonlySet<string> = new Set(CLOSURE_REASON_CODES);
const CATEGORIES: ReadonlySet<string> = new Set(CP_CATEGORY_CODES);
const FACTORS: ReadonlySet<string> = new Set(ASSESSMENT_FACTOR_CODES);
const ETHNICITIES: ReadonlySet<string> = new Set(ETHNICITY_CODES);
const DISABILITIES: ReadonlySet<string> = new Set(DISABILITY_CODES);

interface Pos {
  line: number;
  column: number;
  /** Where each date element of this element was read, for findings about that date. */
  dateAt?: (string | number)[];
}

/** Where a date element of an element was read, else where the element starts. */
function posOf(owner: Pos, element: string): { line: number; column: number } {
  // Triples (element, line, column), one per date element (the last read): one list per item,
  // not an object per date read (this is made for every date of every child).
  const at = owner.dateAt;
  if (at !== undefined) for (let i = 0; i < at.length; i += 3) if (at[i] === element) return { line: at[i + 1] as number, column: at[i + 2] as number };
  return owner;
}
interface AssessmentB extends Pos {
  startDate?: string | undefined;
  authorisationDate?: string | undefined;
  factors: string[];
}
interface PlanB extends Pos {
  startDate?: string | undefined;
  endDate?: string | undefined;
}
interface S47B extends Pos {
  startDate?: string | undefined;
  icpcTargetDate?: string | undefined;
  icpcDate?: string | undefined;
  icpcNotRequired?: boolean | undefined;
}
interface CppB extends Pos {
  startDate?: string | undefined;
  endDate?: string | undefined;
  initialCategory?: string | undefined;
  latestCategory?: string | undefined;
  numberOfPreviousCpp?: number | undefined;
  reviewDates: string[];
}
interface PpB extends Pos {
  start?: string | undefined;
  courtAppDate?: string | undefined;
}
interface EpisodeB extends Pos {
  referralDate?: string | undefined;
  referralSource?: string | undefined;
  primaryNeed?: string | undefined;
  referralNfa?: boolean | undefined;
  closureDate?: string | undefined;
  closureReason?: string | undefined;
  episodeIcpcDate?: string | undefined;
  assessments: AssessmentB[];
  cinPlans: PlanB[];
  section47s: S47B[];
  cpPlans: CppB[];
  preProceedings: PpB[];
}
interface ChildB extends Pos {
  index: number;
  childId?: string | undefined;
  upn?: string | undefined;
  sex?: "M" | "F" | "U" | undefined;
  dob?: string | undefined;
  expectedDob?: string | undefined;
  deathDate?: string | undefined;
  ethnicity?: string | undefined;
  disabilities: string[];
  episodes: EpisodeB[];
  findings: CinCensusFinding[];
}

type Params = Record<string, string | number>;

/**
 * An episode of need as read: its id and referral date, and its lists in date order (the items
 * with their start dates), with its care proceedings and their ids.
 *
 * @internal
 */
export interface CinEpisodeRead {
  readonly id: string;
  readonly referralDate: string;
  readonly episode: EpisodeB;
  readonly assessments: readonly AssessmentB[];
  readonly cinPlans: readonly PlanB[];
  readonly section47s: readonly S47B[];
  readonly cpPlans: readonly CppB[];
  readonly proceedings: readonly { readonly id: string; readonly item: PpB }[];
}

/**
 * A child as read, once its findings are made: what its record is made of.
 *
 * @internal
 */
export interface CinChildRead {
  readonly childId: string;
  readonly la: string | undefined;
  readonly child: ChildB;
  readonly episodes: readonly CinEpisodeRead[];
}

/**

 * The reader's state, exposed to `streamCinCensus`.

 *

 * @internal

 */
export interface CinCensusState extends XmlHandler {
  readonly header: CinCensusHeader;
  /** Records completed since the last drain. */
  readonly ready: ChildRecord[];
  childrenInFile: number;
  childrenRead: number;
  /** Adds the findings that can only be made at the end (elements not kept, missing header). */
  finish(): void;
}

/**
 * Creates the CIN census reader's state machine.
 *
 * @param emit - Receives each finding.
 * @param file - The file, named in findings.
 * @param take - Given each child read (after its findings): true when it has taken the child
 *   itself (no record is made); else the child's record is added to `ready`.
 * @internal
 */
export function createCinCensusState(emit: (finding: CinCensusFinding) => void, file: string | undefined, take?: (child: CinChildRead) => boolean): CinCensusState {
  const header: { -readonly [K in keyof CinCensusHeader]: CinCensusHeader[K] } = {};
  const ready: ChildRecord[] = [];
  const stack: number[] = [DOCUMENT]; // element ids; -1 inside an unknown element
  const notKept = new Map<string, number>();
  const seenIds = new Set<string>();
  let text = "";
  let skipDepth = 0; // > 0 while inside an unknown element
  let inChildren = false; // inside <Children>
  let child: ChildB | undefined;
  let episode: EpisodeB | undefined;
  let assessment: AssessmentB | undefined;
  let plan: PlanB | undefined;
  let s47: S47B | undefined;
  let cpp: CppB | undefined;
  let pp: PpB | undefined;
  let headerSeen = false;
  // Which header values have been read (bits in HEADER_BITS), to report a value given twice.
  let headerValues = 0;
  // The finding about the unknown element being skipped, made when it closes, with the
  // `LAchildID` found inside it (a mistyped <Child> drops a whole child: the finding names it).
  let skipped: { finding: CinCensusFinding; inChild: boolean } | undefined;
  let skippedId: string | undefined;
  let skippedIdDepth = 0; // skipDepth of an LAchildID inside the skipped element, while open
  let skippedIdText = "";
  let line = 0;
  let column = 0;
  const base: Params = file === undefined ? {} : { file };

  function path(element: string): (string | number)[] {
    if (child === undefined) return inChildren ? ["Children", element] : ["Header", element];
    const p: (string | number)[] = ["Children", "Child", child.index];
    if (episode !== undefined) {
      p.push("CINdetails", child.episodes.length - 1);
      const sub =
        assessment !== undefined ? (["Assessments", episode.assessments.length - 1] as const)
        : plan !== undefined ? (["CINPlanDates", episode.cinPlans.length - 1] as const)
        : s47 !== undefined ? (["Section47", episode.section47s.length - 1] as const)
        : cpp !== undefined ? (["ChildProtectionPlans", episode.cpPlans.length - 1] as const)
        : pp !== undefined ? (["PreProceedingsandFGDM", episode.preProceedings.length - 1] as const)
        : undefined;
      if (sub !== undefined) p.push(sub[0], sub[1]);
    }
    if (element !== "") p.push(element);
    return p;
  }

  function report(code: CinCensusFindingCode, severity: CinCensusFinding["severity"], element: string, params: Params, at: Pos = { line, column }): void {
    const finding: CinCensusFinding = { code, severity, path: path(element), params: { ...base, element, ...params, line: at.line, column: at.column } };
    // Findings about a child wait for the child's LAchildID, which may come later in the file.
    if (child !== undefined) child.findings.push(finding);
    else emit(finding);
  }

  function invalid(element: string, value: string, expected: string): void {
    report("cin-census/invalid-value", "error", element, { value: value.length > 80 ? `${value.slice(0, 80)}…` : value, expected });
  }

  function date(element: string, value: string): string | undefined {
    if (isIsoDate(value)) return value;
    invalid(element, value, "a date YYYY-MM-DD");
    return undefined;
  }

  function code(element: string, value: string, set: ReadonlySet<string>, what: string): string | undefined {
    if (set.has(value)) return value;
    invalid(element, value, what);
    return undefined;
  }

  function yesNo(element: string, value: string): boolean | undefined {
    const b = toBoolean(value);
    if (b === undefined) invalid(element, value, "true, false, TRUE, FALSE, 1 or 0");
    return b;
  }

  function once<T>(element: string, previous: T | undefined, next: T | undefined): T | undefined {
    if (previous !== undefined && next !== undefined) report("cin-census/repeated-element", "warning", element, {});
    return next ?? previous;
  }

  /** A header value: reports it when an earlier one was read (the last is kept). */
  function headerOnce(element: string, bit: number): void {
    if ((headerValues & bit) !== 0) report("cin-census/repeated-header", "warning", element, {});
    headerValues |= bit;
  }

  function sexOf(element: "Sex" | "GenderCurrent", value: string): "M" | "F" | "U" | undefined {
    const modern = value === "M" || value === "F" || value === "U" ? value : undefined;
    const legacy = value === "1" ? "M" : value === "2" ? "F" : value === "0" || value === "9" ? "U" : undefined;
    if (element === "Sex" && modern !== undefined) return modern;
    if (element === "GenderCurrent" && legacy !== undefined) return legacy;
    const converted = modern ?? legacy;
    if (converted === undefined) {
      invalid(element, value, element === "Sex" ? "M, F or U" : "1, 2, 0 or 9");
      return undefined;
    }
    report("cin-census/legacy-code", "info", element, { value, convertedTo: converted });
    return converted;
  }

  function leaf(parent: string, name: string, id: number, v: string): void {
    // An empty element is the same as an absent one.
    if (v.length === 0) return;
    if (IS_NOT_KEPT[id] === 1) notKept.set(name, (notKept.get(name) ?? 0) + 1);
    if (name.endsWith("Date") && episode !== undefined) {
      const owner: Pos = assessment ?? plan ?? s47 ?? cpp ?? pp ?? episode;
      const at = (owner.dateAt ??= []);
      let i = 0;
      while (i < at.length && at[i] !== name) i += 3;
      at[i] = name;
      at[i + 1] = line;
      at[i + 2] = column;
    }
    switch (parent) {
      case "CollectionDetails":
        if (name === "Year") {
          if (/^\d{4}$/.test(v)) {
            headerOnce(name, 1);
            header.collectionYear = Number(v);
          } else report("cin-census/invalid-header", "warning", name, { value: v, expected: "a year YYYY" });
        } else if (name === "ReferenceDate") {
          if (isIsoDate(v)) {
            headerOnce(name, 2);
            header.referenceDate = v as IsoDate;
          } else report("cin-census/invalid-header", "warning", name, { value: v, expected: "a date YYYY-MM-DD" });
        } else if (name === "Collection") {
          headerOnce(name, 4);
          if (v !== "CIN") report("cin-census/not-cin-census", "warning", name, { value: v, expected: "CIN" });
        }
        return;
      case "Source":
        if (name === "LEA") {
          if (/^\d{3}$/.test(v)) {
            headerOnce(name, 8);
            header.la = v;
          } else report("cin-census/invalid-header", "warning", name, { value: v, expected: "a three-digit local authority code" });
        } else if (name === "SoftwareCode") {
          headerOnce(name, 16);
          header.softwareCode = v;
        } else if (name === "Release") {
          headerOnce(name, 32);
          header.release = v;
        } else if (name === "SerialNo") {
          headerOnce(name, 64);
          header.serialNo = v;
        } else if (name === "DateTime") {
          headerOnce(name, 128);
          header.dateTime = v;
        }
        return;
      case "ChildIdentifiers": {
        const c = child;
        if (c === undefined) return;
        switch (name) {
          case "LAchildID":
            if (isId(v)) c.childId = once(name, c.childId, v);
            else invalid(name, v, "an id of 1 to 200 characters, with no control character and no white space at either end");
            return;
          case "UPN":
            if (isUpn(v)) c.upn = once(name, c.upn, v);
            else invalid(name, v, "a UPN: a letter, 11 digits and a letter or digit");
            return;
          case "PersonBirthDate":
            c.dob = once(name, c.dob, date(name, v));
            return;
          case "ExpectedPersonBirthDate":
            c.expectedDob = once(name, c.expectedDob, date(name, v));
            return;
          case "PersonDeathDate":
            c.deathDate = once(name, c.deathDate, date(name, v));
            return;
          case "Sex":
          case "GenderCurrent":
            c.sex = once(name, c.sex, sexOf(name, v));
            return;
          default:
            return;
        }
      }
      case "ChildCharacteristics":
        if (child !== undefined && name === "Ethnicity") child.ethnicity = once(name, child.ethnicity, code(name, v, ETHNICITIES, "an ethnicity code (WBRI … NOBT)"));
        return;
      case "Disabilities": {
        const d = code(name, v, DISABILITIES, "a disability code (NONE, MOB … DDA)");
        if (d !== undefined) child?.disabilities.push(d);
        return;
      }
      case "CINdetails": {
        const e = episode;
        if (e === undefined) return;
        switch (name) {
          case "CINreferralDate":
            e.referralDate = once(name, e.referralDate, date(name, v));
            return;
          case "ReferralSource":
            e.referralSource = once(name, e.referralSource, code(name, v, REFERRAL_SOURCES, "a referral source (1A … 10)"));
            return;
          case "PrimaryNeedCode":
            e.primaryNeed = once(name, e.primaryNeed, code(name, v, PRIMARY_NEEDS, "a primary need code N0 … N9"));
            return;
          case "CINclosureDate":
            e.closureDate = once(name, e.closureDate, date(name, v));
            return;
          case "ReasonForClosure":
            e.closureReason = once(name, e.closureReason, code(name, v, CLOSURE_REASONS, "a reason for closure RC1 … RC9"));
            return;
          case "DateOfInitialCPC":
            e.episodeIcpcDate = once(name, e.episodeIcpcDate, date(name, v));
            return;
          case "ReferralNFA":
            e.referralNfa = once(name, e.referralNfa, yesNo(name, v));
            return;
          default:
            return;
        }
      }
      case "Assessments": {
        const a = assessment;
        if (a === undefined) return;
        if (name === "AssessmentActualStartDate") a.startDate = once(name, a.startDate, date(name, v));
        else if (name === "AssessmentAuthorisationDate") a.authorisationDate = once(name, a.authorisationDate, date(name, v));
        return;
      }
      case "FactorsIdentifiedAtAssessment": {
        const f = code(name, v, FACTORS, "an assessment factor code (1A … 24A)");
        if (f !== undefined) assessment?.factors.push(f);
        return;
      }
      case "CINPlanDates": {
        const p = plan;
        if (p === undefined) return;
        if (name === "CINPlanStartDate") p.startDate = once(name, p.startDate, date(name, v));
        else p.endDate = once(name, p.endDate, date(name, v));
        return;
      }
      case "Section47": {
        const s = s47;
        if (s === undefined) return;
        if (name === "S47ActualStartDate") s.startDate = once(name, s.startDate, date(name, v));
        else if (name === "InitialCPCtarget") s.icpcTargetDate = once(name, s.icpcTargetDate, date(name, v));
        else if (name === "DateOfInitialCPC") s.icpcDate = once(name, s.icpcDate, date(name, v));
        else s.icpcNotRequired = once(name, s.icpcNotRequired, yesNo(name, v));
        return;
      }
      case "ChildProtectionPlans": {
        const p = cpp;
        if (p === undefined) return;
        switch (name) {
          case "CPPstartDate":
            p.startDate = once(name, p.startDate, date(name, v));
            return;
          case "CPPendDate":
            p.endDate = once(name, p.endDate, date(name, v));
            return;
          case "InitialCategoryOfAbuse":
            p.initialCategory = once(name, p.initialCategory, code(name, v, CATEGORIES, "a category NEG, PHY, SAB, EMO or MUL"));
            return;
          case "LatestCategoryOfAbuse":
            p.latestCategory = once(name, p.latestCategory, code(name, v, CATEGORIES, "a category NEG, PHY, SAB, EMO or MUL"));
            return;
          case "NumberOfPreviousCPP": {
            const n = toCount(v);
            if (n === undefined) invalid(name, v, "a whole number from 0");
            p.numberOfPreviousCpp = once(name, p.numberOfPreviousCpp, n);
            return;
          }
          default:
            return;
        }
      }
      case "Reviews": {
        const d = date(name, v);
        if (d !== undefined) cpp?.reviewDates.push(d);
        return;
      }
      case "PreProceedingsandFGDM": {
        const p = pp;
        if (p === undefined) return;
        if (name === "PPStartDate") p.start = once(name, p.start, date(name, v));
        else if (name === "CourtAppDate") p.courtAppDate = once(name, p.courtAppDate, date(name, v));
        return;
      }
      default:
        return;
    }
  }

  // Items in date order: a stable sort (items on the same date keep their order in the file).
  // Returns are usually in date order already, so that is checked first (no allocation).
  function byDate<T extends { readonly k: string }>(items: T[]): T[] {
    let sorted = true;
    for (let i = 1; i < items.length && sorted; i++) sorted = (items[i - 1] as T).k <= (items[i] as T).k;
    if (sorted) return items;
    return items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => (a.item.k < b.item.k ? -1 : a.item.k > b.item.k ? 1 : a.i - b.i))
      .map((x) => x.item);
  }

  function dropped(c: ChildB, at: Pos, p: (string | number)[], element: string, missing: string): void {
    c.findings.push({ code: "cin-census/record-dropped", severity: "error", path: p, params: { ...base, element, missing, line: at.line, column: at.column } });
  }

  // The items of a list that have their start date (the others are reported as dropped), each
  // with its position in the file and its date as the sort key. Written as plain loops: this
  // runs for every episode of every child.
  function dated<T extends Pos>(c: ChildB, items: readonly T[], start: (item: T) => string | undefined, at: (string | number)[], element: string, missing: string): { item: T; index: number; k: string }[] {
    const out: { item: T; index: number; k: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const k = start(item);
      if (k === undefined) dropped(c, item, [...at, element, i], element, missing);
      else out.push({ item, index: i, k });
    }
    return out;
  }
  // The items of a list that have their start date, in date order (see `dated` and `byDate`):
  // the list itself when every item has its date and they are in order already, as in most
  // returns (nothing is made then).
  function inDateOrder<T extends Pos>(c: ChildB, items: readonly T[], start: (item: T) => string | undefined, at: (string | number)[], element: string, missing: string): readonly T[] {
    let previous = "";
    let plain = true;
    for (let i = 0; i < items.length && plain; i++) {
      const k = start(items[i] as T);
      plain = k !== undefined && k >= previous;
      if (k !== undefined) previous = k;
    }
    if (plain) return items;
    return byDate(dated(c, items, start, at, element, missing)).map((x) => x.item);
  }
  const assessmentStart = (a: AssessmentB): string | undefined => a.startDate;
  const planStart = (p: PlanB): string | undefined => p.startDate;
  const s47Start = (x: S47B): string | undefined => x.startDate;
  const episodeStart = (e: EpisodeB): string | undefined => e.referralDate;

  // Dates that cannot be right: a date of the episode before its referral (DfE CIN census
  // validation rules 1103 assessment, 4015 CIN plan, 2889 section 47, 1105 child protection
  // plan; and a closure before the referral), or after the return's reference date (a return
  // reports up to its reference date). The record is kept: only the figures that need the date
  // can tell whether to leave it out.
  // `list` and `i`: the item's list and place in the episode (none for the episode's own dates);
  // its path is made only for a finding.
  function checkDate(out: CinCensusFinding[], childId: string, at: (string | number)[], list: string | undefined, i: number, pos: Pos, element: string, value: string | undefined, referralDate: string, rule: string): void {
    if (value === undefined) return;
    const ref = header.referenceDate;
    const before = value < referralDate;
    const after = ref !== undefined && value > ref;
    if (!before && !after) return;
    pos = posOf(pos, element);
    const path = list === undefined ? [...at, element] : [...at, list, i, element];
    if (before) {
      out.push({ code: "cin-census/date-before-referral", severity: "error", path, params: { ...base, childId, element, value, referralDate, rule, line: pos.line, column: pos.column } });
    }
    if (after) {
      out.push({ code: "cin-census/date-after-reference-date", severity: "error", path: before ? [...path] : path, params: { ...base, childId, element, value, referenceDate: ref, line: pos.line, column: pos.column } });
    }
  }

  // The start date of each item of an episode's list (see checkDate).
  function checkStarts(out: CinCensusFinding[], childId: string, at: (string | number)[], list: string, items: readonly (Pos & { readonly startDate?: string | undefined })[], element: string, referralDate: string, rule: string): void {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Pos & { readonly startDate?: string | undefined };
      checkDate(out, childId, at, list, i, item, element, item.startDate, referralDate, rule);
    }
  }

  // The child record of a child read (its fields in the order records have always had).
  function recordOf(read: CinChildRead): ChildRecord {
    const c = read.child;
    const episodes: Record<string, unknown>[] = [];
    const careProceedings: Record<string, unknown>[] = [];
    for (const x of read.episodes) {
      const e = x.episode;
      const id = x.id;
      const ep: Record<string, unknown> = { id, referralDate: x.referralDate };
      if (e.referralNfa !== undefined) ep["referralNfa"] = e.referralNfa;
      if (e.referralSource !== undefined) ep["referralSource"] = e.referralSource;
      if (e.primaryNeed !== undefined) ep["primaryNeed"] = e.primaryNeed;
      if (e.closureDate !== undefined) ep["closureDate"] = e.closureDate;
      if (e.closureReason !== undefined) ep["closureReason"] = e.closureReason;
      if (e.episodeIcpcDate !== undefined) ep["episodeIcpcDate"] = e.episodeIcpcDate;
      const assessments: Record<string, unknown>[] = [];
      for (let i = 0; i < x.assessments.length; i++) {
        const a = x.assessments[i] as AssessmentB;
        const r: Record<string, unknown> = { id: `${id}/assessment-${String(i + 1)}`, startDate: a.startDate, factors: a.factors };
        if (a.authorisationDate !== undefined) r["authorisationDate"] = a.authorisationDate;
        assessments.push(r);
      }
      const cinPlans: Record<string, unknown>[] = [];
      for (let i = 0; i < x.cinPlans.length; i++) {
        const p = x.cinPlans[i] as PlanB;
        const r: Record<string, unknown> = { id: `${id}/cin-plan-${String(i + 1)}`, startDate: p.startDate };
        if (p.endDate !== undefined) r["endDate"] = p.endDate;
        cinPlans.push(r);
      }
      const section47s: Record<string, unknown>[] = [];
      for (let i = 0; i < x.section47s.length; i++) {
        const q = x.section47s[i] as S47B;
        const r: Record<string, unknown> = { id: `${id}/s47-${String(i + 1)}`, startDate: q.startDate };
        if (q.icpcNotRequired !== undefined) r["icpcNotRequired"] = q.icpcNotRequired;
        if (q.icpcTargetDate !== undefined) r["icpcTargetDate"] = q.icpcTargetDate;
        if (q.icpcDate !== undefined) r["icpcDate"] = q.icpcDate;
        section47s.push(r);
      }
      const cpPlans: Record<string, unknown>[] = [];
      for (let i = 0; i < x.cpPlans.length; i++) {
        const p = x.cpPlans[i] as CppB;
        const r: Record<string, unknown> = { id: `${id}/cp-plan-${String(i + 1)}`, startDate: p.startDate };
        if (p.initialCategory !== undefined) r["initialCategory"] = p.initialCategory;
        if (p.latestCategory !== undefined) r["latestCategory"] = p.latestCategory;
        if (p.numberOfPreviousCpp !== undefined) r["numberOfPreviousCpp"] = p.numberOfPreviousCpp;
        r["reviewDates"] = p.reviewDates;
        if (p.endDate !== undefined) r["endDate"] = p.endDate;
        cpPlans.push(r);
      }
      for (const { id: proceedingsId, item: p } of x.proceedings) {
        const r: Record<string, unknown> = { id: proceedingsId, timetableExtensions: [] };
        if (p.start !== undefined) r["preProceedingsStart"] = p.start;
        if (p.courtAppDate !== undefined) r["issueDate"] = p.courtAppDate;
        careProceedings.push(r);
      }
      ep["assessments"] = assessments;
      ep["cinPlans"] = cinPlans;
      ep["section47s"] = section47s;
      ep["cpPlans"] = cpPlans;
      episodes.push(ep);
    }
    const details: Record<string, unknown> = { childId: read.childId, disabilities: c.disabilities };
    if (read.la !== undefined) details["la"] = read.la;
    if (c.upn !== undefined) details["upn"] = c.upn;
    if (c.sex !== undefined) details["sex"] = c.sex;
    if (c.dob !== undefined) details["dob"] = c.dob;
    if (c.expectedDob !== undefined) details["expectedDob"] = c.expectedDob;
    if (c.deathDate !== undefined) details["deathDate"] = c.deathDate;
    if (c.ethnicity !== undefined) details["ethnicity"] = c.ethnicity;
    return {
      child: details,
      cinEpisodes: episodes,
      earlyHelpEpisodes: [],
      lookedAfterEpisodes: [],
      lookedAfterReviews: [],
      missing: [],
      visits: [],
      careProceedings,
    } as unknown as ChildRecord;
  }

  function finishChild(c: ChildB): void {
    const childId = c.childId;
    if (childId === undefined) {
      // The child has no readable LAchildID: its findings name it by the line it starts on.
      for (const f of c.findings) emit({ ...f, params: { ...f.params, childId: `at line ${String(c.line)}` } });
      emit({
        code: "cin-census/child-without-id",
        severity: "error",
        path: ["Children", "Child", c.index],
        params: { ...base, element: "LAchildID", episodes: c.episodes.length, line: c.line, column: c.column },
      });
      return;
    }
    if (seenIds.has(childId)) {
      emit({ code: "cin-census/duplicate-child", severity: "warning", path: ["Children", "Child", c.index], params: { ...base, childId, element: "LAchildID", line: c.line, column: c.column } });
    } else seenIds.add(childId);

    let late: CinCensusFinding[] | undefined;
    const episodes: CinEpisodeRead[] = [];
    const childPath: (string | number)[] = ["Children", "Child", c.index];
    const withDate = byDate(dated(c, c.episodes, episodeStart, childPath, "CINdetails", "CINreferralDate"));
    let previousDate = "";
    let sameDate = 0;
    for (let w = 0; w < withDate.length; w++) {
      const { item: e, index, k: referralDate } = withDate[w] as { item: EpisodeB; index: number; k: string };
      // Sorted by date, so episodes on the same referral date are next to each other.
      sameDate = referralDate === previousDate ? sameDate + 1 : 1;
      previousDate = referralDate;
      const id = sameDate === 1 ? `cin-${referralDate}` : `cin-${referralDate}-${String(sameDate)}`;
      const at: (string | number)[] = ["Children", "Child", c.index, "CINdetails", index];
      if (e.referralNfa === undefined) {
        (late ??= []).push({ code: "cin-census/missing-value", severity: "error", path: [...at, "ReferralNFA"], params: { ...base, childId, element: "ReferralNFA", line: e.line, column: e.column } });
      }
      const dates = (late ??= []);
      const ref = header.referenceDate;
      if (ref !== undefined && referralDate > ref) {
        dates.push({ code: "cin-census/date-after-reference-date", severity: "error", path: [...at, "CINreferralDate"], params: { ...base, childId, element: "CINreferralDate", value: referralDate, referenceDate: ref, line: posOf(e, "CINreferralDate").line, column: posOf(e, "CINreferralDate").column } });
      }
      checkDate(dates, childId, at, undefined, 0, e, "CINclosureDate", e.closureDate, referralDate, "an episode cannot close before its referral");
      checkStarts(dates, childId, at, "Assessments", e.assessments, "AssessmentActualStartDate", referralDate, "DfE validation rule 1103");
      checkStarts(dates, childId, at, "CINPlanDates", e.cinPlans, "CINPlanStartDate", referralDate, "DfE validation rule 4015");
      checkStarts(dates, childId, at, "Section47", e.section47s, "S47ActualStartDate", referralDate, "DfE validation rule 2889");
      checkStarts(dates, childId, at, "ChildProtectionPlans", e.cpPlans, "CPPstartDate", referralDate, "DfE validation rule 1105");

      const assessments = inDateOrder(c, e.assessments, assessmentStart, at, "Assessments", "AssessmentActualStartDate");
      const cinPlans = inDateOrder(c, e.cinPlans, planStart, at, "CINPlanDates", "CINPlanStartDate");
      const section47s = inDateOrder(c, e.section47s, s47Start, at, "Section47", "S47ActualStartDate");
      for (let i = 0; i < section47s.length; i++) {
        const x = section47s[i] as S47B;
        if (x.icpcNotRequired === undefined) {
          (late ??= []).push({ code: "cin-census/missing-value", severity: "error", path: [...at, "Section47", i, "ICPCnotRequired"], params: { ...base, childId, element: "ICPCnotRequired", line: x.line, column: x.column } });
        }
      }
      const okCpp: { item: CppB; index: number; k: string }[] = [];
      for (let i = 0; i < e.cpPlans.length; i++) {
        const p = e.cpPlans[i] as CppB;
        if (p.startDate === undefined) dropped(c, p, [...at, "ChildProtectionPlans", i], "ChildProtectionPlans", "CPPstartDate");
        else okCpp.push({ item: p, index: i, k: p.startDate });
      }
      const sortedCpp = byDate(okCpp);
      const cpPlans: CppB[] = [];
      for (let i = 0; i < sortedCpp.length; i++) {
        const { item: p, index: source } = sortedCpp[i] as { item: CppB; index: number };
        // A value the return did not record is left out of the record (not recorded), with a finding.
        for (const [element, value] of [["InitialCategoryOfAbuse", p.initialCategory], ["LatestCategoryOfAbuse", p.latestCategory], ["NumberOfPreviousCPP", p.numberOfPreviousCpp]] as const) {
          if (value === undefined) (late ??= []).push({ code: "cin-census/missing-value", severity: "error", path: [...at, "ChildProtectionPlans", source, element], params: { ...base, childId, element, line: p.line, column: p.column } });
        }
        cpPlans.push(p);
      }
      const proceedings: { readonly id: string; readonly item: PpB }[] = [];
      for (let i = 0; i < e.preProceedings.length; i++) {
        const p = e.preProceedings[i] as PpB;
        if (p.start === undefined && p.courtAppDate === undefined) dropped(c, p, [...at, "PreProceedingsandFGDM", i], "PreProceedingsandFGDM", "PPStartDate");
        else proceedings.push({ id: `${id}/pre-proceedings-${String(i + 1)}`, item: p });
      }
      episodes.push({ id, referralDate, episode: e, assessments, cinPlans, section47s, cpPlans, proceedings });
    }
    for (const f of c.findings) emit({ ...f, params: { ...f.params, childId } });
    if (late !== undefined) for (const f of late) emit(f);

    const read: CinChildRead = { childId, la: header.la, child: c, episodes };
    if (take?.(read) !== true) ready.push(recordOf(read));
  }

  function flushSkipped(): void {
    const s = skipped;
    if (s === undefined) return;
    skipped = undefined;
    const f: CinCensusFinding = skippedId === undefined ? s.finding : { ...s.finding, params: { ...s.finding.params, childId: skippedId } };
    skippedId = undefined;
    if (s.inChild && child !== undefined) child.findings.push(f);
    else emit(f);
  }

  const state: CinCensusState = {
    header,
    ready,
    childrenInFile: 0,
    childrenRead: 0,
    open(name, l, col): void {
      line = l;
      column = col;
      if (skipDepth > 0) {
        stack.push(-1);
        skipDepth++;
        if (name === "LAchildID" && skippedId === undefined && skippedIdDepth === 0) {
          skippedIdDepth = skipDepth;
          skippedIdText = "";
        }
        return;
      }
      const parentId = stack[stack.length - 1] ?? DOCUMENT;
      const id = NAME_ID.get(name) ?? -1;
      stack.push(id);
      if (text.length > 0) {
        report("cin-census/stray-text", "warning", NAMES[parentId] ?? "#document", { text: text.trim().slice(0, 80) });
        text = "";
      }
      if (id < 0 || ALLOWED_IN[parentId * COUNT + id] !== 1) {
        const parent = NAMES[parentId] ?? "#document";
        skipDepth = 1;
        if (parent === "#document") report("cin-census/not-cin-census", "error", name, { expected: "Message" });
        else {
          // Made when the element closes, with the LAchildID inside it if any. An unknown element
          // in <Children> is a child that cannot be read (a mistyped <Child>): an error.
          const lost = parent === "Children";
          skipped = {
            finding: { code: "cin-census/unknown-element", severity: lost ? "error" : "warning", path: path(name), params: { ...base, element: name, parent, line, column } },
            inChild: child !== undefined,
          };
          skippedId = undefined;
          skippedIdDepth = 0;
        }
        return;
      }
      switch (name) {
        case "Header":
          if (headerSeen) report("cin-census/repeated-header", "warning", name, {});
          headerSeen = true;
          return;
        case "Children":
          inChildren = true;
          return;
        case "Child":
          state.childrenInFile++;
          child = { index: state.childrenInFile - 1, line: l, column: col, disabilities: [], episodes: [], findings: [] };
          return;
        case "CINdetails":
          if (child === undefined) return;
          episode = { line: l, column: col, assessments: [], cinPlans: [], section47s: [], cpPlans: [], preProceedings: [] };
          child.episodes.push(episode);
          return;
        case "Assessments":
          assessment = { line: l, column: col, factors: [] };
          episode?.assessments.push(assessment);
          return;
        case "CINPlanDates":
          plan = { line: l, column: col };
          episode?.cinPlans.push(plan);
          return;
        case "Section47":
          s47 = { line: l, column: col };
          episode?.section47s.push(s47);
          return;
        case "ChildProtectionPlans":
          cpp = { line: l, column: col, reviewDates: [] };
          episode?.cpPlans.push(cpp);
          return;
        case "PreProceedingsandFGDM":
          pp = { line: l, column: col };
          episode?.preProceedings.push(pp);
          return;
        default:
          return;
      }
    },
    text(t): void {
      if (skipDepth === 0) text = text.length === 0 ? t : text + t;
      else if (skippedIdDepth === skipDepth) skippedIdText += t;
    },
    close(name): void {
      const id = stack.pop() ?? DOCUMENT;
      if (skipDepth > 0) {
        if (skippedIdDepth === skipDepth) {
          skippedIdDepth = 0;
          const v = trimValue(skippedIdText);
          skippedIdText = "";
          if (v !== "") skippedId = v;
        }
        skipDepth--;
        text = "";
        if (skipDepth === 0) flushSkipped();
        return;
      }
      if (IS_CONTAINER[id] !== 1) {
        const v = trimValue(text);
        text = "";
        leaf(NAMES[stack[stack.length - 1] ?? DOCUMENT] ?? "#document", name, id, v);
        return;
      }
      if (text.length > 0) {
        report("cin-census/stray-text", "warning", name, { text: text.trim().slice(0, 80) });
        text = "";
      }
      switch (name) {
        case "Child":
          if (child !== undefined) {
            finishChild(child);
            if (child.childId !== undefined) state.childrenRead++;
          }
          child = undefined;
          return;
        case "CINdetails":
          episode = undefined;
          return;
        case "Children":
          inChildren = false;
          return;
        case "Assessments":
          assessment = undefined;
          return;
        case "CINPlanDates":
          plan = undefined;
          return;
        case "Section47":
          s47 = undefined;
          return;
        case "ChildProtectionPlans":
          cpp = undefined;
          return;
        case "PreProceedingsandFGDM":
          pp = undefined;
          return;
        default:
          return;
      }
    },
    finish(): void {
      flushSkipped();
      if (!headerSeen) emit({ code: "cin-census/missing-header", severity: "warning", path: ["Header"], params: { ...base, element: "Header" } });
      for (const [element, count] of notKept) emit({ code: "cin-census/elements-not-kept", severity: "info", path: [], params: { ...base, element, count } });
    },
  };
  return state;
}
