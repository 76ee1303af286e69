import { KinsafeError } from "../core";
import type { CaseFileId } from "../case-file";
import type { IsoDate } from "../core";
import { AUDIT_PARTICIPANTS, type AuditAnswerValue, type AuditMode, type AuditParticipant, type AuditRecord, type AuditRecordId, type ToolAdjustment } from "./AuditRecord";
import type { AuditCriterion, AuditCriterionId, AuditTool, AuditToolId } from "./AuditTool";
import { applyToolAdjustments } from "./applyToolAdjustments";

/**
 * The points a presence answer counts for in means, on the same 0–10 range as scored criteria:
 * yes 10, partly 5, no 0 (not applicable is left out).
 *
 * @category Quality assurance
 */
export const PRESENCE_POINTS: Readonly<Record<"yes" | "partly" | "no", number>> = { yes: 10, partly: 5, no: 0 };

/**
 * The answers to one criterion across the audits of a tool.
 *
 * @category Quality assurance
 */
export interface CriterionSummary {
  readonly criterionId: AuditCriterionId;
  readonly text: string;
  readonly scale: "zero-to-ten" | "presence";
  /** `true` when the criterion is not in the published tool but was added by an adjustment. */
  readonly added: boolean;
  /** Audits whose tool used had the criterion. */
  readonly audits: number;
  /** Answers other than not applicable. */
  readonly answered: number;
  readonly notApplicable: number;
  /** Audits whose tool had the criterion but that did not answer it. */
  readonly unanswered: number;
  /** Mean of the answered values (presence answers as {@link PRESENCE_POINTS}); `null` when none. */
  readonly mean: number | null;
  /** How many audits gave each answer (`"0"`…`"10"`, `yes`, `partly`, `no`, `not-applicable`); only answers given appear. */
  readonly distribution: Readonly<Record<string, number>>;
}

/**
 * How often one adjustment was made: its type and what it touched (the section or criterion id).
 *
 * @category Quality assurance
 */
export interface AdjustmentCount {
  readonly type: ToolAdjustment["type"];
  readonly target: string;
  /** Audits that made it. */
  readonly count: number;
}

/**
 * One audit's own summary, kept as written: what the audit found overall and what will be done,
 * often where the family's feedback on the audit is recorded.
 *
 * @example
 * {@includeCode ../../tests/audit/summariseAudits.test.ts#summaries}
 *
 * @category Quality assurance
 */
export interface AuditSummaryNote {
  readonly auditId: AuditRecordId;
  readonly caseFileId: CaseFileId;
  readonly date: IsoDate;
  /** `collaborative` or `file`. */
  readonly mode: AuditMode["kind"];
  /** Who took part in a collaborative audit (empty for a file audit). */
  readonly with: readonly AuditParticipant[];
  /** The audit's summary, word for word. */
  readonly summary: string;
}

/**
 * The feedback of a trial for one tool.
 *
 * @category Quality assurance
 */
export interface ToolAuditSummary {
  readonly toolId: AuditToolId;
  readonly title: string;
  /** The versions used, ascending. */
  readonly versions: readonly number[];
  readonly audits: number;
  readonly collaborative: number;
  readonly file: number;
  /** Collaborative audits in which each kind of participant took part. */
  readonly with: Readonly<Record<AuditParticipant, number>>;
  /** One entry per criterion of the published tool, in its order, then each added criterion as first seen. */
  readonly criteria: readonly CriterionSummary[];
  /** Audits made with an adjusted tool. */
  readonly adjustedAudits: number;
  /** Each adjustment made, with how many audits made it, most frequent first (then by type and target). */
  readonly adjustments: readonly AdjustmentCount[];
  /** The summary of every audit that has one, oldest first (then by audit id), never shortened. */
  readonly summaries: readonly AuditSummaryNote[];
}

/**
 * The trial feedback of {@link summariseAudits}.
 *
 * @category Quality assurance
 */
export interface AuditSummary {
  readonly audits: number;
  readonly collaborative: number;
  readonly file: number;
  /** One entry per tool audited, in the order of `tools`. */
  readonly byTool: readonly ToolAuditSummary[];
}

function targetOf(a: ToolAdjustment): string {
  switch (a.type) {
    case "add-section":
      return a.section.id;
    case "remove-section":
      return a.sectionId;
    case "add-criterion":
    case "replace-criterion":
      return a.criterion.id;
    case "remove-criterion":
      return a.criterionId;
  }
}

function pointsOf(value: AuditAnswerValue, criterion: AuditCriterion, where: string): number | null {
  if (value === "not-applicable") return null;
  if (criterion.scale.kind === "presence") {
    if (typeof value === "number") throw new KinsafeError("invalid-argument", `${where}: ${criterion.id} is a presence criterion (yes, partly, no, not applicable); received ${String(value)}.`);
    return PRESENCE_POINTS[value];
  }
  if (typeof value !== "number") throw new KinsafeError("invalid-argument", `${where}: ${criterion.id} is scored 0-10; received ${JSON.stringify(value)}.`);
  return value;
}

interface Acc {
  criterion: AuditCriterion;
  added: boolean;
  audits: number;
  answered: number;
  notApplicable: number;
  sum: number;
  distribution: Record<string, number>;
}

/**
 * Summarises case audits as the Innovations Project's trial feedback: per tool, how many audits
 * were done, how many were collaborative (and with whom: worker, family, manager, partner) or
 * file audits, the mean and distribution of the answers to each criterion, and the adjustments
 * made to the tool and how often, and each audit's own summary as it was written (where the
 * trial recorded the family's feedback, so it is kept whole).
 *
 * Each audit's tool used is `applyToolAdjustments(tool, audit.adjustments)`, so criteria added
 * for an audit are summarised too (marked `added`) and a removed criterion does not count the
 * audit in its `audits`. Presence answers count in means as {@link PRESENCE_POINTS}; not
 * applicable is left out of means.
 *
 * @param audits - Audit records, in any order. They are not changed.
 * @param tools - The published tools the audits started from (every id and version used).
 * @returns Totals and one summary per tool audited, in the order of `tools`.
 * @throws {@link KinsafeError} with code `not-found` when an audit's tool id and version is not in `tools`; `invalid-argument` when an answer is to a criterion the tool used does not have, or does not fit its scale; and what {@link applyToolAdjustments} throws.
 *
 * @example
 * {@includeCode ../../tests/audit/summariseAudits.test.ts#docs-example}
 *
 * @category Quality assurance
 */
export function summariseAudits(audits: readonly AuditRecord[], tools: readonly AuditTool[]): AuditSummary {
  const byTool = new Map<string, { tool: AuditTool; versions: Set<number>; records: AuditRecord[] }>();
  for (const audit of audits) {
    const tool = tools.find((t) => t.id === audit.toolId && t.version === audit.toolVersion);
    if (tool === undefined) throw new KinsafeError("not-found", `Audit ${audit.id} used ${audit.toolId} version ${String(audit.toolVersion)}, which is not among the tools given.`);
    const entry = byTool.get(tool.id) ?? { tool: tools.find((t) => t.id === tool.id) ?? tool, versions: new Set<number>(), records: [] };
    entry.versions.add(audit.toolVersion);
    entry.records.push(audit);
    byTool.set(tool.id, entry);
  }

  const summaries: ToolAuditSummary[] = [];
  const seenTools = new Set<string>();
  for (const t of tools) {
    const entry = byTool.get(t.id);
    if (entry === undefined || seenTools.has(t.id)) continue;
    seenTools.add(t.id);
    const acc = new Map<string, Acc>();
    const published = new Set<string>();
    for (const s of entry.tool.sections) {
      for (const c of s.criteria) {
        published.add(c.id);
        acc.set(c.id, { criterion: c, added: false, audits: 0, answered: 0, notApplicable: 0, sum: 0, distribution: {} });
      }
    }
    const withCounts = Object.fromEntries(AUDIT_PARTICIPANTS.map((p) => [p, 0])) as Record<AuditParticipant, number>;
    const adjustmentCounts = new Map<string, AdjustmentCount>();
    let collaborative = 0;
    let adjustedAudits = 0;
    for (const audit of entry.records) {
      const base = tools.find((x) => x.id === audit.toolId && x.version === audit.toolVersion) ?? entry.tool;
      const used = applyToolAdjustments(base, audit.adjustments);
      if (audit.mode.kind === "collaborative") {
        collaborative += 1;
        for (const p of new Set(audit.mode.with)) withCounts[p] += 1;
      }
      if (audit.adjustments.length > 0) adjustedAudits += 1;
      const made = new Set<string>();
      for (const a of audit.adjustments) {
        const key = `${a.type} ${targetOf(a)}`;
        if (made.has(key)) continue;
        made.add(key);
        const previous = adjustmentCounts.get(key);
        adjustmentCounts.set(key, { type: a.type, target: targetOf(a), count: (previous?.count ?? 0) + 1 });
      }
      const criteria = new Map(used.sections.flatMap((s) => s.criteria.map((c) => [c.id as string, c] as const)));
      for (const [id, c] of criteria) {
        const existing = acc.get(id);
        if (existing === undefined) acc.set(id, { criterion: c, added: !published.has(id), audits: 1, answered: 0, notApplicable: 0, sum: 0, distribution: {} });
        else existing.audits += 1;
      }
      audit.answers.forEach((answer, i) => {
        const where = `Audit ${audit.id}, answers[${String(i)}]`;
        const criterion = criteria.get(answer.criterionId);
        if (criterion === undefined) throw new KinsafeError("invalid-argument", `${where}: the tool used has no criterion ${answer.criterionId}.`);
        const points = pointsOf(answer.value, criterion, where);
        const a = acc.get(answer.criterionId);
        if (a === undefined) return;
        const key = String(answer.value);
        a.distribution[key] = (a.distribution[key] ?? 0) + 1;
        if (points === null) a.notApplicable += 1;
        else {
          a.answered += 1;
          a.sum += points;
        }
      });
    }
    summaries.push({
      toolId: entry.tool.id,
      title: entry.tool.title,
      versions: [...entry.versions].sort((a, b) => a - b),
      audits: entry.records.length,
      collaborative,
      file: entry.records.length - collaborative,
      with: withCounts,
      criteria: [...acc.values()].map((a) => ({
        criterionId: a.criterion.id,
        text: a.criterion.text,
        scale: a.criterion.scale.kind,
        added: a.added,
        audits: a.audits,
        answered: a.answered,
        notApplicable: a.notApplicable,
        unanswered: a.audits - a.answered - a.notApplicable,
        mean: a.answered === 0 ? null : a.sum / a.answered,
        distribution: a.distribution,
      })),
      adjustedAudits,
      adjustments: [...adjustmentCounts.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.target.localeCompare(b.target)),
      summaries: entry.records
        .filter((a) => a.summary !== undefined)
        .map((a) => ({ auditId: a.id, caseFileId: a.caseFileId, date: a.date, mode: a.mode.kind, with: a.mode.kind === "collaborative" ? [...a.mode.with] : [], summary: a.summary ?? "" }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.auditId < b.auditId ? -1 : a.auditId > b.auditId ? 1 : 0)),
    });
  }
  const collaborative = summaries.reduce((n, s) => n + s.collaborative, 0);
  return { audits: audits.length, collaborative, file: audits.length - collaborative, byTool: summaries };
}
