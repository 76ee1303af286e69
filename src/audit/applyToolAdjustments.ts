import { KinsafeError } from "../core";
import type { ToolAdjustment } from "./AuditRecord";
import type { AuditCriterion, AuditSection, AuditTool } from "./AuditTool";

function insert<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const at = index === undefined ? list.length : Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function criterionIds(sections: readonly AuditSection[]): Set<string> {
  return new Set(sections.flatMap((s) => s.criteria.map((c) => c.id)));
}

function apply(sections: readonly AuditSection[], adjustment: ToolAdjustment, at: number): AuditSection[] {
  const where = `adjustments[${String(at)}]`;
  switch (adjustment.type) {
    case "add-section": {
      if (sections.some((s) => s.id === adjustment.section.id)) throw new KinsafeError("duplicate-id", `${where}: the tool already has a section ${adjustment.section.id}.`);
      const existing = criterionIds(sections);
      const clash = adjustment.section.criteria.find((c) => existing.has(c.id));
      if (clash !== undefined) throw new KinsafeError("duplicate-id", `${where}: the tool already has a criterion ${clash.id}.`);
      return insert(sections, adjustment.section, adjustment.index);
    }
    case "remove-section": {
      if (!sections.some((s) => s.id === adjustment.sectionId)) throw new KinsafeError("not-found", `${where}: the tool has no section ${adjustment.sectionId}.`);
      return sections.filter((s) => s.id !== adjustment.sectionId);
    }
    case "add-criterion": {
      if (!sections.some((s) => s.id === adjustment.sectionId)) throw new KinsafeError("not-found", `${where}: the tool has no section ${adjustment.sectionId}.`);
      if (criterionIds(sections).has(adjustment.criterion.id)) throw new KinsafeError("duplicate-id", `${where}: the tool already has a criterion ${adjustment.criterion.id}.`);
      return sections.map((s) => (s.id === adjustment.sectionId ? { ...s, criteria: insert(s.criteria, adjustment.criterion, adjustment.index) } : s));
    }
    case "remove-criterion": {
      if (!criterionIds(sections).has(adjustment.criterionId)) throw new KinsafeError("not-found", `${where}: the tool has no criterion ${adjustment.criterionId}.`);
      return sections.map((s) => (s.criteria.some((c) => c.id === adjustment.criterionId) ? { ...s, criteria: s.criteria.filter((c) => c.id !== adjustment.criterionId) } : s));
    }
    case "replace-criterion": {
      const id = adjustment.criterion.id;
      if (!criterionIds(sections).has(id)) throw new KinsafeError("not-found", `${where}: the tool has no criterion ${id}.`);
      return sections.map((s) => (s.criteria.some((c) => c.id === id) ? { ...s, criteria: s.criteria.map((c): AuditCriterion => (c.id === id ? adjustment.criterion : c)) } : s));
    }
    default: {
      const unknown: never = adjustment;
      throw new KinsafeError("unknown-command", `${where}: unknown adjustment ${JSON.stringify(unknown)}.`);
    }
  }
}

/**
 * Applies the adjustments recorded with an audit to the tool it started from, giving the tool
 * that was used. The Innovations Project asked of each trial "what adjustments were made to the
 * tools": recording them as a difference from the published tool keeps both the tool used and
 * what was changed.
 *
 * Adjustments apply in order; each sees the result of the ones before. The tool's id and version
 * stay those of the tool given: the record says which published tool it started from.
 *
 * @param tool - The tool the audit started from, e.g. {@link MAPPING_AUDIT_TOOL}. It is not changed.
 * @param adjustments - The audit record's `adjustments`.
 * @returns The tool used; the same tool when there are no adjustments.
 * @throws {@link KinsafeError} with code `not-found` when an adjustment names a section or criterion the tool does not have at that point; `duplicate-id` when it adds a section or criterion whose id is already used; `unknown-command` for an adjustment of an unknown type.
 *
 * @example
 * {@includeCode ../../tests/audit/applyToolAdjustments.test.ts#docs-example}
 *
 * @category Quality assurance
 */
export function applyToolAdjustments(tool: AuditTool, adjustments: readonly ToolAdjustment[]): AuditTool {
  if (adjustments.length === 0) return tool;
  let sections: readonly AuditSection[] = tool.sections;
  adjustments.forEach((adjustment, i) => {
    sections = apply(sections, adjustment, i);
  });
  return { ...tool, sections };
}
