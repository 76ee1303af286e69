import { checkAssessmentMap, type AssessmentMap, type ChildVoiceRecordRef } from "../assessment";
import { evaluateBottomLines, type CustomPredicate } from "../bottom-lines";
import type { CaseFile } from "../case-file";
import { checkChildVoice, childVoiceCoverage, childVoiceExpectation, currentChildVoice, type ChildVoicePolicy } from "../child-voice";
import { IsoDateSchema, KinsafeError, type Finding, type IsoDate, type PersonId } from "../core";
import { checkNetwork, currentMembers } from "../network";
import { checkSafetyPlan, monitoringGaps, planCoverage, type SafetyPlan } from "../safety-plan";
import type { CaseFact } from "./AuditTool";

/**
 * Where a finding of {@link caseEvidence} comes from: the check that produced it. Paths are
 * relative to the value that check read (the map, the network, the plan, the monitoring events,
 * the bottom lines, one child-voice record).
 *
 * @category Quality assurance
 */
export type EvidenceSource = "assessment-map" | "network" | "safety-plan" | "plan-coverage" | "monitoring" | "bottom-lines" | "child-voice";

/**
 * One finding of a case file's checks, with the check it comes from.
 *
 * @category Quality assurance
 */
export interface SourcedFinding {
  readonly source: EvidenceSource;
  readonly finding: Finding;
}

/**
 * Options of {@link caseEvidence}.
 *
 * @category Quality assurance
 */
export interface CaseEvidenceOptions {
  /** The day to read the case as of: later maps, plans, records and events are ignored (kinsafe never reads the clock). */
  readonly asOf: IsoDate;
  /** Predicates of the case's `custom` bottom lines, passed to `evaluateBottomLines`. */
  readonly customPredicates?: Readonly<Record<string, CustomPredicate>>;
  /** The first day of the current episode: child-voice records before it are history, not the child's current voice. */
  readonly episodeStart?: IsoDate;
  /** The authority's child-voice policy (how long a record is current, from what age words are expected); defaults of `DEFAULT_CHILD_VOICE_POLICY`. */
  readonly childVoicePolicy?: Partial<ChildVoicePolicy>;
}

/**
 * What kinsafe can read in a case file as of a day: the current map and plan, every
 * {@link CaseFact}, and every finding of the practice checks.
 *
 * @category Quality assurance
 */
export interface CaseEvidence {
  readonly asOf: IsoDate;
  /** The current map: the highest version dated on or before `asOf`. */
  readonly currentMap?: AssessmentMap;
  /** The current plan: the highest version drafted by `asOf` and not ended on it. */
  readonly currentPlan?: SafetyPlan;
  /** Whether each fact holds. */
  readonly facts: Readonly<Record<CaseFact, boolean>>;
  /** Every finding of the checks run, with its source. */
  readonly findings: readonly SourcedFinding[];
}

function statusOn(plan: SafetyPlan, asOf: IsoDate): SafetyPlan["status"] | undefined {
  let status: SafetyPlan["status"] | undefined;
  for (const s of plan.statusHistory) if (s.on <= asOf) status = s.status;
  return status;
}

const FAMILY_ROLES = new Set<string>(["parent", "carer", "child"]);

interface VoiceFacts {
  /** Some child of the case is expected to give their voice (words or, for a baby, what they show). */
  readonly expected: boolean;
  /** Some such child has a current record they took part in (or none is expected). */
  readonly some: boolean;
  /** Every such child has one, and every unborn child has a pre-birth record. */
  readonly every: boolean;
  /** The map links to a current record of a child's voice (or no child is expected to give one). */
  readonly drawnOn: boolean;
  /** The children not yet born. */
  readonly unborn: readonly PersonId[];
  /** The records that count as a child's voice for rule Q14: current own-voice records, and unborn children's pre-birth records. */
  readonly voiceRecords: readonly { readonly id: string; readonly childId: PersonId }[];
}

// What the case shows of each child's voice as of the day (docs/quality-assurance.md, "The child's
// voice in the audits"): only records the child took part in and that are current count
// (childTookPart, currentChildVoice); a baby's voice is what they show (an observation record);
// an unborn child gives no voice, and a pre-birth record is what is recorded instead.
function childVoiceFacts(caseFile: CaseFile, records: readonly CaseFile["childVoice"][number][], map: AssessmentMap | undefined, options: CaseEvidenceOptions): VoiceFacts {
  const reading = { asOf: options.asOf, ...(options.episodeStart === undefined ? {} : { episodeStart: options.episodeStart }), ...(options.childVoicePolicy === undefined ? {} : { policy: options.childVoicePolicy }) };
  const current = currentChildVoice(records, reading);
  const people = new Map(caseFile.people.map((p) => [p.id as string, p]));
  const unborn: PersonId[] = [];
  const speaking: PersonId[] = [];
  for (const childId of caseFile.childIds) {
    const birthDate = people.get(childId)?.birthDate;
    const expects = childVoiceExpectation({ childId, ...(birthDate === undefined ? {} : { birthDate }) }, { asOf: options.asOf, ...(options.childVoicePolicy === undefined ? {} : { policy: options.childVoicePolicy }) }).expects;
    if (expects === "pre-birth") unborn.push(childId);
    else speaking.push(childId);
  }
  const preBirth = records.filter((r) => r.tool === "pre-birth" && unborn.includes(r.childId));
  const heard = (childId: PersonId): boolean => current.some((r) => r.childId === childId);
  const linked = new Set<string>(map?.childVoiceIds ?? []);
  return {
    expected: speaking.length > 0,
    some: speaking.length === 0 || speaking.some(heard),
    every: speaking.every(heard) && unborn.every((c) => preBirth.some((r) => r.childId === c)),
    drawnOn: speaking.length === 0 || current.some((r) => linked.has(r.id)),
    unborn,
    voiceRecords: [...current, ...preBirth].map((r) => ({ id: r.id, childId: r.childId })),
  };
}

// Plan reviews recorded as new map versions (docs/bottom-lines.md advises a new map version with the
// new judgements at each review): every map version dated after the first plan was drafted and by
// the day, scaled when it holds a judgement given on or after the plan was drafted.
function mapVersionReviews(caseFile: CaseFile, plan: SafetyPlan | undefined, asOf: IsoDate): readonly { readonly scaled: boolean }[] {
  if (plan === undefined) return [];
  let drafted: IsoDate | undefined;
  for (const p of caseFile.plans) {
    const first = p.statusHistory[0]?.on;
    if (first !== undefined && first <= asOf && (drafted === undefined || first < drafted)) drafted = first;
  }
  if (drafted === undefined) return [];
  const since = drafted;
  return caseFile.maps.filter((m) => m.date > since && m.date <= asOf).map((m) => ({ scaled: m.scales.some((sc) => sc.judgements.some((j) => j.on >= since)) }));
}
const PROFESSIONAL_ROLES = new Set(["worker", "manager", "chair", "professional"]);

/**
 * Reads a case file as of a day, as a case auditor would before answering: which map and plan
 * are current, the {@link CaseFact}s, and the findings of every practice check kinsafe has
 * (`checkAssessmentMap` with the case's child-voice records and `asOf`; `checkNetwork` with the
 * current plan; `checkSafetyPlan`, `planCoverage` and `monitoringGaps` for the current plan;
 * `evaluateBottomLines` for the case's bottom lines; `checkChildVoice` for each record). Checks
 * that need a map or a plan are skipped when there is none; the facts say so.
 *
 * Read as of `asOf`: maps dated after it, plans first drafted after it, and child-voice
 * records, reviews and monitoring dated after it are ignored; a plan whose status on `asOf` is
 * `ended` is not current.
 *
 * @param caseFile - The case file. It is not changed.
 * @param options - `asOf`, and the predicates of `custom` bottom lines.
 * @returns The current map and plan, the facts and the findings.
 * @throws {@link KinsafeError} with code `invalid-argument` when `options.asOf` is not a calendar date.
 *
 * @example
 * {@includeCode ../../tests/audit/caseEvidence.test.ts#docs-example}
 *
 * @category Quality assurance
 */
export function caseEvidence(caseFile: CaseFile, options: CaseEvidenceOptions): CaseEvidence {
  const { asOf } = options;
  if (!IsoDateSchema.safeParse(asOf).success) throw new KinsafeError("invalid-argument", `options.asOf must be a calendar date (YYYY-MM-DD); received ${JSON.stringify(asOf)}.`);

  let map: AssessmentMap | undefined;
  for (const m of caseFile.maps) if (m.date <= asOf && (map === undefined || m.version >= map.version)) map = m;
  let plan: SafetyPlan | undefined;
  for (const p of caseFile.plans) {
    const status = statusOn(p, asOf);
    if (status !== undefined && status !== "ended" && (plan === undefined || p.version >= plan.version)) plan = p;
  }
  const records = caseFile.childVoice.filter((r) => r.date <= asOf);
  const coverage = childVoiceCoverage(caseFile.childIds, records, map?.childVoiceIds);
  const voice = childVoiceFacts(caseFile, records, map, options);
  const members = caseFile.network === undefined ? [] : currentMembers(caseFile.network, asOf);
  const planEvents = plan === undefined ? [] : caseFile.monitoring.filter((e) => e.planId === plan.id && e.date <= asOf);
  const reviews = plan === undefined ? [] : plan.reviews.filter((r) => r.date <= asOf);
  const mapReviews = mapVersionReviews(caseFile, plan, asOf);
  const meetings = caseFile.network?.meetings.filter((m) => m.date <= asOf) ?? [];
  const breaches = planEvents.filter((e) => e.outcome === "not-followed" || e.outcome === "trigger-observed");

  const facts: Record<CaseFact, boolean> = {
    map: map !== undefined,
    "map-family-participants": map?.participants.some((p) => FAMILY_ROLES.has(p.role)) ?? false,
    "map-professional-participants": map?.participants.some((p) => PROFESSIONAL_ROLES.has(p.role)) ?? false,
    "harm-statements": (map?.harm.length ?? 0) > 0,
    "harm-statements-dated": map?.harm.every((h) => h.when !== undefined && (h.when.on !== undefined || h.when.from !== undefined || h.when.pattern !== undefined)) ?? false,
    "danger-statements": (map?.dangers.length ?? 0) > 0,
    "strengths-or-safety": (map?.strengths.length ?? 0) + (map?.existingSafety.length ?? 0) > 0,
    "safety-goals": (map?.goals.length ?? 0) > 0,
    scales: (map?.scales.length ?? 0) > 0,
    "next-steps": (map?.nextSteps.length ?? 0) > 0,
    "grey-areas-followed-up": map?.greyAreas.every((g) => g.toFindOut !== undefined) ?? false,
    "child-voice": voice.every,
    "child-voice-expected": voice.expected,
    "child-voice-some": voice.some,
    "map-draws-on-child-voice": voice.drawnOn,
    "bottom-lines": caseFile.bottomLines.length > 0,
    "bottom-lines-recorded": caseFile.bottomLines.length > 0 && caseFile.bottomLines.every((b) => b.setBy !== undefined && b.setOn !== undefined),
    network: members.length > 0,
    "network-commitment-recorded": members.length > 0 && members.every((m) => m.staysAfterClosure !== "unknown"),
    "safety-plan": plan !== undefined && plan.rules.length > 0,
    "children-told-plan": coverage.every((c) => c.toldThePlan),
    monitoring: planEvents.length > 0,
    "breaches-reconvened": breaches.every((b) => meetings.some((m) => m.date >= b.date) || reviews.some((r) => r.date >= b.date)),
    "plan-reviews": reviews.length + mapReviews.length > 0,
    "plan-reviews-scaled": reviews.every((r) => r.judgements.length > 0) && mapReviews.every((m) => m.scaled),
    "plan-versions-linked": caseFile.plans.every((p) => p.version === 1 || p.previousVersionId !== undefined),
    "existing-safety": (map?.existingSafety.length ?? 0) > 0,
    "scales-family-view": (map?.scales.length ?? 0) > 0 && (map?.scales.every((sc) => sc.judgements.some((j) => j.raterRole !== undefined && FAMILY_ROLES.has(j.raterRole))) ?? false),
  };

  const findings: SourcedFinding[] = [];
  const add = (source: EvidenceSource, list: readonly Finding[]): void => {
    for (const finding of list) findings.push({ source, finding });
  };
  if (map !== undefined) {
    // A record is the voice of the child it is about, and only when the child took part and it is
    // current (a Words and Pictures story written for the child tells them; it does not hear them).
    // An unborn child's pre-birth record stands in for the voice no unborn child can give.
    // Every other record of the case is known to Q14 but holds no child's voice (childId "").
    const refs: ChildVoiceRecordRef[] = [
      ...voice.voiceRecords.map((r) => ({ id: r.id, childId: r.childId })),
      ...records.filter((r) => !voice.voiceRecords.some((v) => v.id === r.id)).map((r) => ({ id: r.id, childId: "" })),
    ];
    add("assessment-map", checkAssessmentMap(map, { asOf, childVoiceRecords: refs, ...(voice.unborn.length === 0 ? {} : { childVoiceNotRequiredFor: voice.unborn }) }));
    add("network", checkNetwork(caseFile.network, map, { people: caseFile.people, asOf, ...(plan === undefined ? {} : { plan }) }));
    if (plan !== undefined) add("plan-coverage", planCoverage(plan, map, caseFile.bottomLines).findings);
  }
  if (plan !== undefined) {
    add("safety-plan", checkSafetyPlan(plan));
    add("monitoring", monitoringGaps(plan, caseFile.monitoring, { asOf }).findings);
  }
  const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, ...(options.customPredicates === undefined ? {} : { customPredicates: options.customPredicates }) });
  add("bottom-lines", report.findings);
  for (const result of report.results) add("bottom-lines", result.findings);
  for (const record of records) add("child-voice", checkChildVoice(record));

  return {
    asOf,
    ...(map === undefined ? {} : { currentMap: map }),
    ...(plan === undefined ? {} : { currentPlan: plan }),
    facts,
    findings,
  };
}
