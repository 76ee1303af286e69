// Child records as tidy tables: one CSV per kind of item, one row per item, keyed by child id.
import type { ChildRecord } from "../records";
import { csvRow, type CsvValue } from "./csv";

/** The tables `kinsafe tables` writes, with their columns. */
export const TABLE_COLUMNS = {
  children: ["child_id", "la", "upn", "sex", "dob", "expected_dob", "death_date", "ethnicity", "disabilities", "uasc"],
  episodes: ["child_id", "episode_id", "referral_date", "referral_source", "primary_need", "referral_nfa", "closure_date", "closure_reason", "episode_icpc_date"],
  assessments: ["child_id", "episode_id", "assessment_id", "start_date", "authorisation_date", "factors"],
  cin_plans: ["child_id", "episode_id", "plan_id", "start_date", "end_date"],
  section47_enquiries: ["child_id", "episode_id", "s47_id", "start_date", "strategy_discussion_date", "icpc_target_date", "icpc_date", "icpc_not_required"],
  cp_plans: ["child_id", "episode_id", "plan_id", "start_date", "end_date", "initial_category", "latest_category", "number_of_previous_cpp", "review_dates"],
  looked_after_episodes: ["child_id", "episode_id", "start_date", "reason_for_new_episode", "legal_status", "category_of_need", "placement_type", "placement_provider", "end_date", "reason_episode_ceased", "reason_for_placement_change", "home_postcode", "placement_postcode", "urn"],
} as const;

/** A table name. */
export type TableName = keyof typeof TABLE_COLUMNS;

/**
 * The rows of every table for one child record, in column order.
 *
 * @param record - A child record.
 * @returns The rows of each table for this child.
 *
 * @example
 * {@includeCode ../../tests/cli/tables.test.ts#docs-example}
 */
export function tableRows(record: ChildRecord): Record<TableName, CsvValue[][]> {
  const c = record.child;
  const id = c.childId;
  const out: Record<TableName, CsvValue[][]> = { children: [], episodes: [], assessments: [], cin_plans: [], section47_enquiries: [], cp_plans: [], looked_after_episodes: [] };
  out.children.push([id, c.la, c.upn, c.sex, c.dob, c.expectedDob, c.deathDate, c.ethnicity, c.disabilities.join(";"), c.uasc]);
  for (const e of record.cinEpisodes) {
    out.episodes.push([id, e.id, e.referralDate, e.referralSource, e.primaryNeed, e.referralNfa, e.closureDate, e.closureReason, e.episodeIcpcDate]);
    for (const a of e.assessments) out.assessments.push([id, e.id, a.id, a.startDate, a.authorisationDate, a.factors.join(";")]);
    for (const p of e.cinPlans) out.cin_plans.push([id, e.id, p.id, p.startDate, p.endDate]);
    for (const s of e.section47s) out.section47_enquiries.push([id, e.id, s.id, s.startDate, s.strategyDiscussionDate, s.icpcTargetDate, s.icpcDate, s.icpcNotRequired]);
    for (const p of e.cpPlans) out.cp_plans.push([id, e.id, p.id, p.startDate, p.endDate, p.initialCategory, p.latestCategory, p.numberOfPreviousCpp, p.reviewDates.join(";")]);
  }
  for (const e of record.lookedAfterEpisodes) {
    out.looked_after_episodes.push([id, e.id, e.startDate, e.reasonForNewEpisode, e.legalStatus, e.categoryOfNeed, e.placementType, e.placementProvider, e.endDate, e.reasonEpisodeCeased, e.reasonForPlacementChange, e.homePostcode, e.placementPostcode, e.urn]);
  }
  return out;
}

/**
 * Writes rows as CSV text, each text cell neutralised against formula injection.
 *
 * @param rows - The rows.
 * @returns The CSV text (no header).
 */
export function tableCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => csvRow(r)).join("");
}
