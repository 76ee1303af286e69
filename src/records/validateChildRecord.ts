import { ID_PATTERN, isJsonObject, MAX_ID_LENGTH, MAX_LIST_LENGTH, safeParseWith, toKinsafeError, type InputIssue, type SafeParseResult } from "../core";
import { ASSESSMENT_FACTOR_CODES, CLOSURE_REASON_CODES, CP_CATEGORY_CODES, DISABILITY_CODES, ETHNICITY_CODES, PRIMARY_NEED_CODES, REFERRAL_SOURCE_CODES, SEX_CODES } from "./codes/cinCensus";
import { EPISODE_END_REASON_CODES, LEGAL_STATUS_CODES, MISSING_CODES, NEW_EPISODE_REASON_CODES, PLACEMENT_CHANGE_REASON_CODES, PLACEMENT_PROVIDER_CODES, PLACEMENT_TYPE_CODES, REVIEW_PARTICIPATION_CODES } from "./codes/ssda903";
import {
  AdoptionDecisionRecordSchema,
  AdoptionRecordSchema,
  AssessmentRecordSchema,
  CareLeaverOutcomeRecordSchema,
  CareProceedingsRecordSchema,
  ChildDetailsSchema,
  ChildRecordSchema,
  CinEpisodeRecordSchema,
  CinPlanRecordSchema,
  CpPlanRecordSchema,
  EarlyHelpEpisodeRecordSchema,
  LookedAfterEpisodeRecordSchema,
  LookedAfterOutcomeRecordSchema,
  LookedAfterReviewRecordSchema,
  MissingRecordSchema,
  ProceedingsExtensionRecordSchema,
  Section47RecordSchema,
  VisitRecordSchema,
  CHILD_RECORD_SCHEMA_VERSION,
  FINAL_ORDER_CODES,
  PLAN_TYPES,
  type ChildRecord,
} from "./ChildRecord";

// A hand-written check of exactly what ChildRecordSchema checks, for the engine's hot path. It
// only answers valid / invalid; when a record is invalid, the zod schema is run to produce zod's
// own issues, so the error paths are zod's by construction. A property test keeps the two in
// agreement (tests/records/validateChildRecord.test.ts). Keep it in step with ChildRecord.ts and codes/.

type Obj = Record<string, unknown>;

/**
 * A set of code strings with an allocation-free membership test for short ASCII codes: a code of
 * 1-4 characters below U+0080 is packed into an integer (length and 7 bits per character) and
 * looked up in a small open-addressing table, several times faster than `Set.has` on strings that
 * are not internalized (the usual case for parsed files). Longer codes use a `Set`.
 */
interface CodeSet {
  readonly table: Int32Array;
  readonly mask: number;
  readonly long: ReadonlySet<unknown>;
}

/** Packed key of a 1-4 character ASCII string, or -1. */
function packCode(v: string): number {
  const n = v.length;
  if (n === 0 || n > 4) return -1;
  let k = n;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128) return -1;
    k |= c << (3 + 7 * i);
  }
  return k;
}

function slotOf(k: number, mask: number): number {
  return (Math.imul(k, 0x9e3779b1) >>> 16) & mask;
}

function codeSet(codes: readonly string[]): CodeSet {
  let size = 16;
  while (size < codes.length * 4) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  const long = new Set<unknown>();
  for (const code of codes) {
    const k = packCode(code);
    if (k < 0) {
      long.add(code);
      continue;
    }
    let i = slotOf(k, mask);
    while (table[i] !== 0 && table[i] !== k) i = (i + 1) & mask;
    table[i] = k;
  }
  return { table, mask, long };
}

/** `codes.has(v)`, exactly. */
function inCodes(cs: CodeSet, v: unknown): boolean {
  if (typeof v !== "string") return false;
  const k = packCode(v);
  if (k < 0) return cs.long.size !== 0 && cs.long.has(v);
  const t = cs.table;
  const mask = cs.mask;
  let i = slotOf(k, mask);
  for (;;) {
    const x = t[i] as number;
    if (x === k) return true;
    if (x === 0) return false;
    i = (i + 1) & mask;
  }
}

const REFERRAL_SOURCE = codeSet(REFERRAL_SOURCE_CODES);
const PRIMARY_NEED = codeSet(PRIMARY_NEED_CODES);
const CLOSURE_REASON = codeSet(CLOSURE_REASON_CODES);
const CP_CATEGORY = codeSet(CP_CATEGORY_CODES);
const FACTOR = codeSet(ASSESSMENT_FACTOR_CODES);
const SEX = codeSet(SEX_CODES);
const ETHNICITY = codeSet(ETHNICITY_CODES);
const DISABILITY = codeSet(DISABILITY_CODES);
const LEGAL_STATUS = codeSet(LEGAL_STATUS_CODES);
const RNE = codeSet(NEW_EPISODE_REASON_CODES);
const REC = codeSet(EPISODE_END_REASON_CODES);
const PLACE = codeSet(PLACEMENT_TYPE_CODES);
const PROVIDER = codeSet(PLACEMENT_PROVIDER_CODES);
const PLACE_CHANGE = codeSet(PLACEMENT_CHANGE_REASON_CODES);
const REVIEW = codeSet(REVIEW_PARTICIPATION_CODES);
const MISSING = codeSet(MISSING_CODES);
const FINAL_ORDER = codeSet(FINAL_ORDER_CODES);
const PLAN = codeSet(PLAN_TYPES);
const EARLY_HELP_OUTCOME = codeSet(["needs-met", "stepped-up", "consent-withdrawn", "other"]);
const SDQ_REASON = codeSet(["SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5"]);
const IN_TOUCH = codeSet(["YES", "NO", "DIED", "REFU", "NREQ", "RHOM"]);
const ADOPTER_SEX = codeSet(["M1", "F1", "MM", "FF", "MF"]);
const ADOPTER_LEGAL_STATUS = codeSet(["L0", "L11", "L12", "L2", "L3", "L4"]);
const PLACED_CEASED_REASON = codeSet(["RD1", "RD2", "RD3", "RD4"]);

// The same expression as core idSchema. ID_RE is only run on ids that are not plain printable
// ASCII (see isId).
const ID_RE = ID_PATTERN;
const MAX_POSTCODE_OR_URN = 100; // as ChildRecord.ts

// The properties each object may have: the schemas are strict, so any other key is refused.
type KeySet = ReadonlySet<string>;
const keysOf = (schema: { readonly shape: object }): KeySet => new Set(Object.keys(schema.shape));
const RECORD_KEYS = keysOf(ChildRecordSchema);
const CHILD_KEYS = keysOf(ChildDetailsSchema);
const ASSESSMENT_KEYS = keysOf(AssessmentRecordSchema);
const CIN_PLAN_KEYS = keysOf(CinPlanRecordSchema);
const S47_KEYS = keysOf(Section47RecordSchema);
const CP_PLAN_KEYS = keysOf(CpPlanRecordSchema);
const CIN_EPISODE_KEYS = keysOf(CinEpisodeRecordSchema);
const EARLY_HELP_KEYS = keysOf(EarlyHelpEpisodeRecordSchema);
const LAC_KEYS = keysOf(LookedAfterEpisodeRecordSchema);
const REVIEW_KEYS = keysOf(LookedAfterReviewRecordSchema);
const MISSING_KEYS = keysOf(MissingRecordSchema);
const VISIT_KEYS = keysOf(VisitRecordSchema);
const EXTENSION_KEYS = keysOf(ProceedingsExtensionRecordSchema);
const PROCEEDINGS_KEYS = keysOf(CareProceedingsRecordSchema);
const OC2_KEYS = keysOf(LookedAfterOutcomeRecordSchema);
const OC3_KEYS = keysOf(CareLeaverOutcomeRecordSchema);
const ADOPTION_KEYS = keysOf(AdoptionRecordSchema);
const ADOPTION_DECISION_KEYS = keysOf(AdoptionDecisionRecordSchema);

/** No key outside `keys` (counted as zod's strict objects count them, own and inherited enumerable), and `extensions`, when present, a JSON object. */
function only(o: Obj, keys: KeySet): boolean {
  for (const k in o) if (!keys.has(k)) return false;
  const ext = o["extensions"];
  return ext === undefined || !keys.has("extensions") || isJsonObject(ext);
}

/** An array of at most MAX_LIST_LENGTH elements (every list of a record has that bound). */
function isList(v: unknown): v is unknown[] {
  return Array.isArray(v) && v.length <= MAX_LIST_LENGTH;
}

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * core idSchema: 1-200 characters matching `ID_PATTERN`. For a printable ASCII id (every
 * character from U+0020 to U+007E, the first and last not a space) the expression holds by
 * construction, so it is decided by a loop over the characters; anything else goes to the
 * expression itself, so the answer is the same.
 */
function isId(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const n = v.length;
  if (n < 1 || n > MAX_ID_LENGTH) return false;
  const first = v.charCodeAt(0);
  const last = v.charCodeAt(n - 1);
  if (first <= 32 || first >= 127 || last <= 32 || last >= 127) return ID_RE.test(v);
  for (let i = 1; i < n - 1; i++) {
    const c = v.charCodeAt(i);
    if (c < 32 || c >= 127) return ID_RE.test(v);
  }
  return true;
}

/** `^\d{3}$` */
function isLa(v: string): boolean {
  return v.length === 3 && isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(2));
}

/** `^[A-Za-z]\d{11}[A-Za-z0-9]$` */
function isUpn(v: string): boolean {
  if (v.length !== 13 || !isLetter(v.charCodeAt(0))) return false;
  for (let i = 1; i < 12; i++) if (!isDigit(v.charCodeAt(i))) return false;
  const c = v.charCodeAt(12);
  return isLetter(c) || isDigit(c);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -100_000;
}

/** z.iso.date(): `YYYY-MM-DD`, a real Gregorian date (any four-digit year). */
function isDate(v: unknown): boolean {
  if (typeof v !== "string" || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  if (d <= 28) return true;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

function optDate(v: unknown): boolean {
  return v === undefined || isDate(v);
}

function optIn(codes: CodeSet, v: unknown): boolean {
  return v === undefined || inCodes(codes, v);
}

function optBool(v: unknown): boolean {
  return v === undefined || typeof v === "boolean";
}

function optShortText(v: unknown): boolean {
  return v === undefined || (typeof v === "string" && v.length >= 1 && v.length <= MAX_POSTCODE_OR_URN);
}

function isInt(v: unknown, min: number): boolean {
  return typeof v === "number" && Number.isSafeInteger(v) && v >= min;
}

/** Every element of `v` a code of `codes`, and at most `max` of them. */
function allIn(codes: CodeSet, v: unknown, max: number): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!inCodes(codes, v[i])) return false;
  return true;
}

function allDates(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > MAX_LIST_LENGTH) return false;
  for (let i = 0; i < v.length; i++) if (!isDate(v[i])) return false;
  return true;
}

// The checks of arrays of objects are written out (no `all(array, check)`): a shared
// higher-order helper makes its call site polymorphic, and V8 then inlines none of the checks.

function isChild(c: unknown): boolean {
  if (!isObj(c) || !only(c, CHILD_KEYS)) return false;
  const la = c["la"];
  const upn = c["upn"];
  return (
    isId(c["childId"]) &&
    (la === undefined || (typeof la === "string" && isLa(la))) &&
    (upn === undefined || (typeof upn === "string" && isUpn(upn))) &&
    optIn(SEX, c["sex"]) &&
    optDate(c["dob"]) &&
    optDate(c["expectedDob"]) &&
    optDate(c["deathDate"]) &&
    optIn(ETHNICITY, c["ethnicity"]) &&
    allIn(DISABILITY, c["disabilities"], DISABILITY_CODES.length) &&
    optBool(c["uasc"])
  );
}

function isAssessment(a: unknown): boolean {
  return isObj(a) && only(a, ASSESSMENT_KEYS) && isId(a["id"]) && isDate(a["startDate"]) && optDate(a["authorisationDate"]) && allIn(FACTOR, a["factors"], ASSESSMENT_FACTOR_CODES.length);
}

function isCinPlan(p: unknown): boolean {
  return isObj(p) && only(p, CIN_PLAN_KEYS) && isId(p["id"]) && isDate(p["startDate"]) && optDate(p["endDate"]);
}

function isSection47(s: unknown): boolean {
  return (
    isObj(s) &&
    only(s, S47_KEYS) &&
    isId(s["id"]) &&
    isDate(s["startDate"]) &&
    optDate(s["strategyDiscussionDate"]) &&
    optDate(s["icpcTargetDate"]) &&
    optDate(s["icpcDate"]) &&
    optBool(s["icpcNotRequired"])
  );
}

function isCpPlan(p: unknown): boolean {
  return (
    isObj(p) &&
    only(p, CP_PLAN_KEYS) &&
    isId(p["id"]) &&
    isDate(p["startDate"]) &&
    optDate(p["endDate"]) &&
    optIn(CP_CATEGORY, p["initialCategory"]) &&
    optIn(CP_CATEGORY, p["latestCategory"]) &&
    (p["numberOfPreviousCpp"] === undefined || isInt(p["numberOfPreviousCpp"], 0)) &&
    allDates(p["reviewDates"])
  );
}

function isCinEpisode(e: unknown): boolean {
  if (
    !(
      isObj(e) &&
    only(e, CIN_EPISODE_KEYS) &&
      isId(e["id"]) &&
      isDate(e["referralDate"]) &&
      optIn(REFERRAL_SOURCE, e["referralSource"]) &&
      optIn(PRIMARY_NEED, e["primaryNeed"]) &&
      optBool(e["referralNfa"]) &&
      optDate(e["closureDate"]) &&
      optIn(CLOSURE_REASON, e["closureReason"]) &&
      optDate(e["episodeIcpcDate"])
    )
  ) {
    return false;
  }
  const asms = e["assessments"];
  if (!isList(asms)) return false;
  for (let i = 0; i < asms.length; i++) if (!isAssessment(asms[i])) return false;
  const cps = e["cinPlans"];
  if (!isList(cps)) return false;
  for (let i = 0; i < cps.length; i++) if (!isCinPlan(cps[i])) return false;
  const s47s = e["section47s"];
  if (!isList(s47s)) return false;
  for (let i = 0; i < s47s.length; i++) if (!isSection47(s47s[i])) return false;
  const cpps = e["cpPlans"];
  if (!isList(cpps)) return false;
  for (let i = 0; i < cpps.length; i++) if (!isCpPlan(cpps[i])) return false;
  return true;
}

function isEarlyHelp(e: unknown): boolean {
  return isObj(e) && only(e, EARLY_HELP_KEYS) && isId(e["id"]) && isDate(e["startDate"]) && optDate(e["endDate"]) && optIn(EARLY_HELP_OUTCOME, e["outcome"]);
}

function isLookedAfterEpisode(e: unknown): boolean {
  return (
    isObj(e) &&
    only(e, LAC_KEYS) &&
    isId(e["id"]) &&
    isDate(e["startDate"]) &&
    inCodes(RNE, e["reasonForNewEpisode"]) &&
    inCodes(LEGAL_STATUS, e["legalStatus"]) &&
    optIn(PRIMARY_NEED, e["categoryOfNeed"]) &&
    inCodes(PLACE, e["placementType"]) &&
    optIn(PROVIDER, e["placementProvider"]) &&
    optDate(e["endDate"]) &&
    optIn(REC, e["reasonEpisodeCeased"]) &&
    optIn(PLACE_CHANGE, e["reasonForPlacementChange"]) &&
    optShortText(e["homePostcode"]) &&
    optShortText(e["placementPostcode"]) &&
    optShortText(e["urn"])
  );
}

function isReview(r: unknown): boolean {
  return isObj(r) && only(r, REVIEW_KEYS) && isId(r["id"]) && isDate(r["date"]) && optIn(REVIEW, r["participation"]);
}

function isMissing(m: unknown): boolean {
  return isObj(m) && only(m, MISSING_KEYS) && isId(m["id"]) && inCodes(MISSING, m["missingType"]) && isDate(m["startDate"]) && optDate(m["endDate"]);
}

function isVisit(v: unknown): boolean {
  return isObj(v) && only(v, VISIT_KEYS) && isId(v["id"]) && isDate(v["date"]) && allIn(PLAN, v["planTypes"], PLAN_TYPES.length) && optBool(v["seenAlone"]);
}

/** An optional whole number from `min` to `max`. */
function optIntIn(v: unknown, min: number, max: number): boolean {
  return v === undefined || (isInt(v, min) && (v as number) <= max);
}

/** An optional collection year: a whole number from 1000 to 9999. */
function optYear(v: unknown): boolean {
  return optIntIn(v, 1000, 9999);
}

function isLookedAfterOutcome(o: unknown): boolean {
  return (
    isObj(o) && only(o, OC2_KEYS) && isId(o["id"]) && optYear(o["year"]) && optIntIn(o["sdqScore"], 0, 40) && optIn(SDQ_REASON, o["sdqReason"]) &&
    optBool(o["convicted"]) && optBool(o["healthCheck"]) && optBool(o["immunisations"]) && optBool(o["teethCheck"]) && optBool(o["healthAssessment"]) &&
    optBool(o["substanceMisuse"]) && optBool(o["interventionReceived"]) && optBool(o["interventionOffered"])
  );
}

/** An optional OC3 code: `^[A-Z0-9]{1,4}$`. */
function optOc3Code(v: unknown): boolean {
  if (v === undefined) return true;
  if (typeof v !== "string" || v.length < 1 || v.length > 4) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!isDigit(c) && !(c >= 65 && c <= 90)) return false;
  }
  return true;
}

function isCareLeaverOutcome(o: unknown): boolean {
  return isObj(o) && only(o, OC3_KEYS) && isId(o["id"]) && optYear(o["year"]) && optIn(IN_TOUCH, o["inTouch"]) && optOc3Code(o["activity"]) && optOc3Code(o["accommodation"]);
}

function isAdoption(a: unknown): boolean {
  return (
    isObj(a) && only(a, ADOPTION_KEYS) && isId(a["id"]) && optYear(a["year"]) && optDate(a["decisionDate"]) && optDate(a["matchDate"]) &&
    optBool(a["fosterCarerAdoption"]) && optIntIn(a["numberOfAdopters"], 1, 2) && optIn(ADOPTER_SEX, a["adopterSex"]) && optIn(ADOPTER_LEGAL_STATUS, a["adopterLegalStatus"])
  );
}

function isAdoptionDecision(d: unknown): boolean {
  return isObj(d) && only(d, ADOPTION_DECISION_KEYS) && isId(d["id"]) && optYear(d["year"]) && optDate(d["decisionDate"]) && optDate(d["ceasedDate"]) && optIn(PLACED_CEASED_REASON, d["ceasedReason"]);
}

function isExtension(x: unknown): boolean {
  return isObj(x) && only(x, EXTENSION_KEYS) && isDate(x["date"]) && isInt(x["weeks"], 1);
}

function isCareProceedings(p: unknown): boolean {
  if (!(isObj(p) && only(p, PROCEEDINGS_KEYS) && isId(p["id"]) && optDate(p["preProceedingsStart"]) && optDate(p["preProceedingsEnd"]) && optDate(p["issueDate"]))) return false;
  const xs = p["timetableExtensions"];
  if (!isList(xs)) return false;
  for (let i = 0; i < xs.length; i++) if (!isExtension(xs[i])) return false;
  return optDate(p["finalOrderDate"]) && optIn(FINAL_ORDER, p["finalOrder"]);
}

/**
 * Whether `input` is a valid child record: the same answer as `ChildRecordSchema.safeParse`,
 * several times faster and without building the parsed copy.
 *
 * @internal
 */
export function isValidChildRecord(input: unknown): input is ChildRecord {
  if (!isObj(input) || !only(input, RECORD_KEYS) || !isChild(input["child"])) return false;
  const version = input["schemaVersion"];
  if (version !== undefined && version !== CHILD_RECORD_SCHEMA_VERSION) return false;
  const cin = input["cinEpisodes"];
  if (!isList(cin)) return false;
  for (let i = 0; i < cin.length; i++) if (!isCinEpisode(cin[i])) return false;
  const eh = input["earlyHelpEpisodes"];
  if (!isList(eh)) return false;
  for (let i = 0; i < eh.length; i++) if (!isEarlyHelp(eh[i])) return false;
  const lac = input["lookedAfterEpisodes"];
  if (!isList(lac)) return false;
  for (let i = 0; i < lac.length; i++) if (!isLookedAfterEpisode(lac[i])) return false;
  const reviews = input["lookedAfterReviews"];
  if (!isList(reviews)) return false;
  for (let i = 0; i < reviews.length; i++) if (!isReview(reviews[i])) return false;
  const missing = input["missing"];
  if (!isList(missing)) return false;
  for (let i = 0; i < missing.length; i++) if (!isMissing(missing[i])) return false;
  const visits = input["visits"];
  if (!isList(visits)) return false;
  for (let i = 0; i < visits.length; i++) if (!isVisit(visits[i])) return false;
  const cps = input["careProceedings"];
  if (!isList(cps)) return false;
  for (let i = 0; i < cps.length; i++) if (!isCareProceedings(cps[i])) return false;
  // The SSDA903 outcome lists, each optional (records stored before them have none).
  const oc2 = input["lookedAfterOutcomes"];
  if (oc2 !== undefined) {
    if (!isList(oc2)) return false;
    for (let i = 0; i < oc2.length; i++) if (!isLookedAfterOutcome(oc2[i])) return false;
  }
  const oc3 = input["careLeaverOutcomes"];
  if (oc3 !== undefined) {
    if (!isList(oc3)) return false;
    for (let i = 0; i < oc3.length; i++) if (!isCareLeaverOutcome(oc3[i])) return false;
  }
  const ad1 = input["adoptions"];
  if (ad1 !== undefined) {
    if (!isList(ad1)) return false;
    for (let i = 0; i < ad1.length; i++) if (!isAdoption(ad1[i])) return false;
  }
  const placed = input["adoptionDecisions"];
  if (placed !== undefined) {
    if (!isList(placed)) return false;
    for (let i = 0; i < placed.length; i++) if (!isAdoptionDecision(placed[i])) return false;
  }
  return true;
}

/**
 * Validates a child record fast, with zod's errors when it is invalid.
 *
 * A hand-written check of every rule of {@link ChildRecordSchema} decides; only when the record
 * fails is the zod schema run, so the issues (paths and rules) are exactly those of
 * {@link safeParseChildRecord}. Unlike the parse functions, the valid record is returned as it
 * was given (not copied): the engine reads it without allocating.
 *
 * @param input - Anything, typically one record of a large file.
 * It never throws: an input beyond the parse limits (too large or too deeply nested) is refused
 * with an error of code `too-large`, and one whose reading throws (a getter, a Proxy) with
 * `invalid-input`, as {@link safeParseChildRecord} does.
 *
 * @returns `{ ok: true, value }` with `input` itself, or `{ ok: false, error }` whose `error.issues` are zod's.
 *
 * @example
 * {@includeCode ../../tests/records/validateChildRecord.test.ts#docs-example}
 *
 * @category Records
 */
export function validateChildRecord(input: unknown): SafeParseResult<ChildRecord> {
  let valid: boolean;
  try {
    valid = isValidChildRecord(input);
  } catch (error) {
    // a getter or a Proxy that throws: the input is not plain JSON data
    return { ok: false, error: toKinsafeError(error, "child record") };
  }
  if (valid) return { ok: true, value: input as ChildRecord };
  return safeParseWith(ChildRecordSchema, input, "child record");
}

/**
 * The parts of a child record one row of a tidy table holds, checked on their own: the child's
 * details, and each kind of item without its own lists (an episode's lists are given empty). The
 * same rules as {@link isValidChildRecord} applies to them inside a record; `issue` gives zod's
 * first issue for a part that is not valid.
 *
 * @internal
 */
export const RECORD_PARTS = {
  child: { valid: isChild, schema: ChildDetailsSchema },
  episode: { valid: isCinEpisode, schema: CinEpisodeRecordSchema },
  assessment: { valid: isAssessment, schema: AssessmentRecordSchema },
  cinPlan: { valid: isCinPlan, schema: CinPlanRecordSchema },
  section47: { valid: isSection47, schema: Section47RecordSchema },
  cpPlan: { valid: isCpPlan, schema: CpPlanRecordSchema },
  lookedAfter: { valid: isLookedAfterEpisode, schema: LookedAfterEpisodeRecordSchema },
  earlyHelp: { valid: isEarlyHelp, schema: EarlyHelpEpisodeRecordSchema },
  review: { valid: isReview, schema: LookedAfterReviewRecordSchema },
  missing: { valid: isMissing, schema: MissingRecordSchema },
  visit: { valid: isVisit, schema: VisitRecordSchema },
  careProceedings: { valid: isCareProceedings, schema: CareProceedingsRecordSchema },
  timetableExtension: { valid: isExtension, schema: ProceedingsExtensionRecordSchema },
  lookedAfterOutcome: { valid: isLookedAfterOutcome, schema: LookedAfterOutcomeRecordSchema },
  careLeaverOutcome: { valid: isCareLeaverOutcome, schema: CareLeaverOutcomeRecordSchema },
  adoption: { valid: isAdoption, schema: AdoptionRecordSchema },
  adoptionDecision: { valid: isAdoptionDecision, schema: AdoptionDecisionRecordSchema },
} as const;

/**
 * zod's first issue for a part of a record that is not valid (see {@link RECORD_PARTS}).
 *
 * @internal
 */
export function recordPartIssue(part: keyof typeof RECORD_PARTS, value: unknown): InputIssue | undefined {
  const parsed = safeParseWith(RECORD_PARTS[part].schema, value, part);
  return parsed.ok ? undefined : parsed.error.issues[0];
}
