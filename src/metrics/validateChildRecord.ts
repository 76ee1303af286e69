import { safeParseWith, type SafeParseResult } from "../core";
import {
  ASSESSMENT_FACTOR_CODES,
  CLOSURE_REASON_CODES,
  ChildRecordSchema,
  CP_CATEGORY_CODES,
  DISABILITY_CODES,
  EPISODE_END_REASON_CODES,
  ETHNICITY_CODES,
  FINAL_ORDER_CODES,
  LEGAL_STATUS_CODES,
  MISSING_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_PROVIDER_CODES,
  PLACEMENT_TYPE_CODES,
  PLAN_TYPES,
  PRIMARY_NEED_CODES,
  REFERRAL_SOURCE_CODES,
  REVIEW_PARTICIPATION_CODES,
  SEX_CODES,
  type ChildRecord,
} from "./ChildRecord";

// A hand-written check of exactly what ChildRecordSchema checks, for the engine's hot path. It
// only answers valid / invalid; when a record is invalid, the zod schema is run to produce zod's
// own issues, so the error paths are zod's by construction. A property test keeps the two in
// agreement (tests/metrics/validateChildRecord.test.ts). Keep it in step with ChildRecord.ts.

type Obj = Record<string, unknown>;

const set = (codes: readonly string[]): ReadonlySet<unknown> => new Set<unknown>(codes);
const REFERRAL_SOURCE = set(REFERRAL_SOURCE_CODES);
const PRIMARY_NEED = set(PRIMARY_NEED_CODES);
const CLOSURE_REASON = set(CLOSURE_REASON_CODES);
const CP_CATEGORY = set(CP_CATEGORY_CODES);
const FACTOR = set(ASSESSMENT_FACTOR_CODES);
const SEX = set(SEX_CODES);
const ETHNICITY = set(ETHNICITY_CODES);
const DISABILITY = set(DISABILITY_CODES);
const LEGAL_STATUS = set(LEGAL_STATUS_CODES);
const RNE = set(NEW_EPISODE_REASON_CODES);
const REC = set(EPISODE_END_REASON_CODES);
const PLACE = set(PLACEMENT_TYPE_CODES);
const PROVIDER = set(PLACEMENT_PROVIDER_CODES);
const PLACE_CHANGE = set(PLACEMENT_CHANGE_REASON_CODES);
const REVIEW = set(REVIEW_PARTICIPATION_CODES);
const MISSING = set(MISSING_CODES);
const FINAL_ORDER = set(FINAL_ORDER_CODES);
const PLAN = set(PLAN_TYPES);
const EARLY_HELP_OUTCOME = set(["needs-met", "stepped-up", "consent-withdrawn", "other"]);

// The same expressions as core idSchema and the ChildDetails / OutcomeInputs regexes.
const ID_RE = /^\S(?:.*\S)?$/;
const LA_RE = /^\d{3}$/;
const UPN_RE = /^[A-Za-z]\d{11}[A-Za-z0-9]$/;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isId(v: unknown): boolean {
  return typeof v === "string" && v.length >= 1 && v.length <= 200 && ID_RE.test(v);
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
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

const optDate = (v: unknown): boolean => v === undefined || isDate(v);
const optIn = (codes: ReadonlySet<unknown>, v: unknown): boolean => v === undefined || codes.has(v);
const optBool = (v: unknown): boolean => v === undefined || typeof v === "boolean";
const optNonEmpty = (v: unknown): boolean => v === undefined || (typeof v === "string" && v.length >= 1);
const isInt = (v: unknown, min: number): boolean => typeof v === "number" && Number.isSafeInteger(v) && v >= min;

function allIn(codes: ReadonlySet<unknown>, v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!codes.has(v[i])) return false;
  return true;
}

function all(v: unknown, check: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

function isChild(c: unknown): boolean {
  if (!isObj(c)) return false;
  return (
    isId(c["childId"]) &&
    (c["la"] === undefined || (typeof c["la"] === "string" && LA_RE.test(c["la"]))) &&
    (c["upn"] === undefined || (typeof c["upn"] === "string" && UPN_RE.test(c["upn"]))) &&
    optIn(SEX, c["sex"]) &&
    optDate(c["dob"]) &&
    optDate(c["expectedDob"]) &&
    optDate(c["deathDate"]) &&
    optIn(ETHNICITY, c["ethnicity"]) &&
    allIn(DISABILITY, c["disabilities"]) &&
    optBool(c["uasc"])
  );
}

function isAssessment(a: unknown): boolean {
  return isObj(a) && isId(a["id"]) && isDate(a["startDate"]) && optDate(a["authorisationDate"]) && allIn(FACTOR, a["factors"]);
}

function isCinPlan(p: unknown): boolean {
  return isObj(p) && isId(p["id"]) && isDate(p["startDate"]) && optDate(p["endDate"]);
}

function isSection47(s: unknown): boolean {
  return (
    isObj(s) &&
    isId(s["id"]) &&
    isDate(s["startDate"]) &&
    optDate(s["strategyDiscussionDate"]) &&
    optDate(s["icpcTargetDate"]) &&
    optDate(s["icpcDate"]) &&
    typeof s["icpcNotRequired"] === "boolean"
  );
}

function isCpPlan(p: unknown): boolean {
  return (
    isObj(p) &&
    isId(p["id"]) &&
    isDate(p["startDate"]) &&
    optDate(p["endDate"]) &&
    CP_CATEGORY.has(p["initialCategory"]) &&
    CP_CATEGORY.has(p["latestCategory"]) &&
    isInt(p["numberOfPreviousCpp"], 0) &&
    all(p["reviewDates"], isDate)
  );
}

function isCinEpisode(e: unknown): boolean {
  return (
    isObj(e) &&
    isId(e["id"]) &&
    isDate(e["referralDate"]) &&
    optIn(REFERRAL_SOURCE, e["referralSource"]) &&
    optIn(PRIMARY_NEED, e["primaryNeed"]) &&
    typeof e["referralNfa"] === "boolean" &&
    optDate(e["closureDate"]) &&
    optIn(CLOSURE_REASON, e["closureReason"]) &&
    optDate(e["episodeIcpcDate"]) &&
    all(e["assessments"], isAssessment) &&
    all(e["cinPlans"], isCinPlan) &&
    all(e["section47s"], isSection47) &&
    all(e["cpPlans"], isCpPlan)
  );
}

function isEarlyHelp(e: unknown): boolean {
  return isObj(e) && isId(e["id"]) && isDate(e["startDate"]) && optDate(e["endDate"]) && optIn(EARLY_HELP_OUTCOME, e["outcome"]);
}

function isLookedAfterEpisode(e: unknown): boolean {
  return (
    isObj(e) &&
    isId(e["id"]) &&
    isDate(e["decom"]) &&
    RNE.has(e["rne"]) &&
    LEGAL_STATUS.has(e["ls"]) &&
    optIn(PRIMARY_NEED, e["cin"]) &&
    PLACE.has(e["place"]) &&
    optIn(PROVIDER, e["provider"]) &&
    optDate(e["dec"]) &&
    optIn(REC, e["rec"]) &&
    optIn(PLACE_CHANGE, e["reasonPlaceChange"]) &&
    optNonEmpty(e["homePostcode"]) &&
    optNonEmpty(e["placementPostcode"]) &&
    optNonEmpty(e["urn"])
  );
}

function isReview(r: unknown): boolean {
  return isObj(r) && isId(r["id"]) && isDate(r["date"]) && optIn(REVIEW, r["participation"]);
}

function isMissing(m: unknown): boolean {
  return isObj(m) && isId(m["id"]) && MISSING.has(m["missing"]) && isDate(m["start"]) && optDate(m["end"]);
}

function isVisit(v: unknown): boolean {
  return isObj(v) && isId(v["id"]) && isDate(v["date"]) && allIn(PLAN, v["planTypes"]) && optBool(v["seenAlone"]);
}

function isExtension(x: unknown): boolean {
  return isObj(x) && isDate(x["date"]) && isInt(x["weeks"], 1);
}

function isCareProceedings(p: unknown): boolean {
  return (
    isObj(p) &&
    isId(p["id"]) &&
    optDate(p["preProceedingsStart"]) &&
    optDate(p["preProceedingsEnd"]) &&
    optDate(p["issueDate"]) &&
    all(p["extensions"], isExtension) &&
    optDate(p["finalOrderDate"]) &&
    optIn(FINAL_ORDER, p["finalOrder"])
  );
}

/**
 * Whether `input` is a valid child record: the same answer as `ChildRecordSchema.safeParse`,
 * several times faster and without building the parsed copy.
 *
 * @internal
 */
export function isValidChildRecord(input: unknown): input is ChildRecord {
  return (
    isObj(input) &&
    isChild(input["child"]) &&
    all(input["cinEpisodes"], isCinEpisode) &&
    all(input["earlyHelpEpisodes"], isEarlyHelp) &&
    all(input["lookedAfterEpisodes"], isLookedAfterEpisode) &&
    all(input["lookedAfterReviews"], isReview) &&
    all(input["missing"], isMissing) &&
    all(input["visits"], isVisit) &&
    all(input["careProceedings"], isCareProceedings)
  );
}

/**
 * Validates a child record fast, with zod's errors when it is invalid.
 *
 * A hand-written check of every rule of {@link ChildRecordSchema} decides; only when the record
 * fails is the zod schema run, so the issues (paths and rules) are exactly those of
 * {@link safeParseChildRecord}. Unlike the parse functions, the valid record is returned as it
 * was given (not copied, unknown keys kept): the engine reads it without allocating.
 *
 * @param input - Anything, typically one record of a large file.
 * @returns `{ ok: true, value }` with `input` itself, or `{ ok: false, error }` whose `error.issues` are zod's.
 *
 * @example
 * {@includeCode ../../tests/metrics/validateChildRecord.test.ts#docs-example}
 *
 * @category Metrics
 */
export function validateChildRecord(input: unknown): SafeParseResult<ChildRecord> {
  if (isValidChildRecord(input)) return { ok: true, value: input };
  return safeParseWith(ChildRecordSchema, input, "child record");
}
