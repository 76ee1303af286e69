import type { AssessmentMap, ParentOrCarer, ParentOrCarerRelation, ParticipantRole } from "./AssessmentMap";
import type { EmitFinding } from "./checkEmit";

/**
 * The participant roles that are professionals of the agency or of partner agencies. A map whose
 * participants all hold one of these roles was made without the family (rule Q16).
 *
 * @category Assessment map
 */
export const PROFESSIONAL_PARTICIPANT_ROLES: readonly ParticipantRole[] = ["worker", "manager", "chair", "professional"];

/**
 * The relations of a parent or carer that rule Q16 treats as a father: the children's father and
 * step-father. Fathers and other men in the family are the people practice most often leaves
 * out of the mapping, so their absence asks for a reason of its own.
 *
 * @category Assessment map
 */
export const FATHER_RELATIONS: readonly ParentOrCarerRelation[] = ["father", "step-father"];

const label = (p: ParentOrCarer): string => p.name ?? p.personId;

/**
 * Rule Q16, participation: who was at the mapping, and each parent's and carer's view, fathers
 * and the person whose behaviour is the worry included.
 *
 * @internal
 */
export function checkParticipation(map: AssessmentMap, emit: EmitFinding): void {
  if (map.participants.length === 0) emit("assessment/participants-not-recorded", ["participants"]);
  else if (map.participants.every((p) => PROFESSIONAL_PARTICIPANT_ROLES.includes(p.role))) {
    emit("assessment/mapping-by-professionals-only", ["participants"]);
  }
  const present = new Set<string>(map.participants.map((p) => p.personId));
  const family = map.parentsAndCarers ?? [];
  const byId = new Map<string, { readonly index: number; readonly entry: ParentOrCarer }>();
  family.forEach((entry, index) => {
    if (!byId.has(entry.personId)) byId.set(entry.personId, { index, entry });
  });
  // The person whose behaviour is the worry: the actors of every harm and danger statement.
  const actors = new Map<string, readonly (string | number)[]>();
  const positionHolders = new Set<string>();
  const statements = [...map.harm.map((item, i) => ({ item, path: ["harm", i] as const })), ...map.dangers.map((item, i) => ({ item, path: ["dangers", i] as const }))];
  for (const { item, path } of statements) {
    item.actorIds.forEach((a, j) => {
      if (!actors.has(a)) actors.set(a, [...path, "actorIds", j]);
    });
    for (const p of item.positions) if (p.personId !== undefined) positionHolders.add(p.personId);
  }
  for (const p of map.analysis?.family ?? []) if (p.personId !== undefined) positionHolders.add(p.personId);
  family.forEach((entry, i) => {
    const name = label(entry);
    if (!present.has(entry.personId) && entry.absenceReason === undefined) {
      if (FATHER_RELATIONS.includes(entry.relation)) emit("assessment/father-absent-without-reason", ["parentsAndCarers", i, "absenceReason"], { personId: entry.personId, name });
      else emit("assessment/parent-absent-without-reason", ["parentsAndCarers", i, "absenceReason"], { personId: entry.personId, name, relation: entry.relation });
    }
    const accounted = entry.view !== undefined || entry.viewNotRecordedReason !== undefined || positionHolders.has(entry.personId);
    if (!accounted && !actors.has(entry.personId)) {
      emit("assessment/parent-view-missing", ["parentsAndCarers", i, "view"], { personId: entry.personId, name, relation: entry.relation });
    }
  });
  for (const [personId, path] of actors) {
    const known = byId.get(personId);
    const accounted =
      positionHolders.has(personId) || (known !== undefined && (known.entry.view !== undefined || known.entry.viewNotRecordedReason !== undefined));
    if (!accounted) {
      const at = known === undefined ? path : ["parentsAndCarers", known.index, "view"];
      emit("assessment/actor-view-missing", at, { personId, name: known === undefined ? personId : label(known.entry) });
    }
  }
  if (family.length > 0 && !family.some((p) => FATHER_RELATIONS.includes(p.relation))) emit("assessment/no-father-recorded", ["parentsAndCarers"]);
}
