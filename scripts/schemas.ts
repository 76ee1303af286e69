// The persisted models, commands and audit entries published as JSON Schema documents
// (kinsafe/schemas/<name>.json, draft 2020-12), for vendors who do not write TypeScript. Used
// by the build, by the `kinsafe schema` tests and by the schema tests.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import * as kinsafe from "../src/index";

/** One published schema: its file name, the zod schema it is generated from, and its words. */
export interface PublishedSchema {
  /** The file name without `.json`, e.g. `case-file`. */
  readonly name: string;
  /** The export of `src/index.ts` it is generated from. */
  readonly exportName: string;
  readonly title: string;
  readonly description: string;
}

/** Every published schema, in the order `index.json` lists them. */
export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  {
    name: "case-file",
    exportName: "CaseFileSchema",
    title: "Case file",
    description:
      "The practice record of one family, stored whole: the children and the people around them, every version of the assessment map, the children's own voice, the safety network, every version of the safety plan with its monitoring, the bottom lines, and the audit history. parseCaseFile also checks that references resolve and ids are unique.",
  },
  {
    name: "case-file-command",
    exportName: "CaseFileCommandSchema",
    title: "Case-file command",
    description: "An audited change of a case file, as data: what applyCaseFileChange applies, told apart by `type`.",
  },
  {
    name: "case-file-audit-entry",
    exportName: "CaseFileAuditEntrySchema",
    title: "Case-file audit entry",
    description:
      "One audited change of a case file as applyCaseFileChange returns it: who, when and why, the command as recorded, and the patches and inverse patches it made to the case file (without its history). A command that adds a whole document names it instead of holding it (add-map-version { mapId, version }, add-plan-version { planId, version }, add-child-voice { recordId }), since the patches hold it; an entry recorded before that, holding the whole document, is accepted too.",
  },
  {
    name: "case-file-history-entry",
    exportName: "CaseFileHistoryEntrySchema",
    title: "Case-file history entry",
    description:
      "One entry of a case file's `history`: the audit entry as the case file keeps it, with the command stored loosely (any `type`) so that a history stays readable across versions. A command that added a whole document names it (add-map-version { mapId, version }, add-plan-version { planId, version }, add-child-voice { recordId }); the document is in the patches.",
  },
  {
    name: "person",
    exportName: "PersonSchema",
    title: "Person",
    description: "A person in the case: a child, a family member, a friend or a professional, shared by the assessment map, the network and the safety plan.",
  },
  {
    name: "assessment-map",
    exportName: "AssessmentMapSchema",
    title: "Assessment map",
    description:
      "One version of the assessment map of a case: harm, dangers, complicating factors, strengths, existing safety, grey areas, safety goals, scales and next steps. parseAssessmentMap also checks that references inside the map resolve and ids are unique.",
  },
  {
    name: "assessment-map-command",
    exportName: "AssessmentMapCommandSchema",
    title: "Assessment-map command",
    description: "An audited change of an assessment map, as data: what applyAssessmentMapChange applies, told apart by `type`.",
  },
  {
    name: "assessment-map-audit-entry",
    exportName: "AssessmentMapAuditEntrySchema",
    title: "Assessment-map audit entry",
    description: "One audited change of an assessment map as applyAssessmentMapChange returns it: who, when and why, the command, and its patches and inverse patches.",
  },
  {
    name: "child-voice-record",
    exportName: "ChildVoiceRecordSchema",
    title: "Child-voice record",
    description:
      "One record of the child's own voice: Three Houses, Wizards and Fairies, Safety House, Words and Pictures, an observation or a pre-birth record, told apart by `tool`. parseChildVoiceRecord also checks that ids inside the record are unique and page numbers are not repeated.",
  },
  {
    name: "safety-network",
    exportName: "SafetyNetworkSchema",
    title: "Safety network",
    description: "A child's safety network: its members, the record of who was told what and when, and its meetings.",
  },
  {
    name: "safety-plan",
    exportName: "SafetyPlanSchema",
    title: "Safety plan",
    description:
      "One version of a family-owned safety plan: the rules built with the safety network that show how the child will be kept safe from each danger, within Children's Services' bottom lines.",
  },
  {
    name: "monitoring-event",
    exportName: "MonitoringEventSchema",
    title: "Monitoring event",
    description: "One monitoring check of a safety plan by a network member, a professional, a parent or the child; a breach records its escalation and, later, its resolution.",
  },
  {
    name: "bottom-line",
    exportName: "BottomLineSchema",
    title: "Bottom line",
    description: "One requirement Children's Services set for a family's safety plan, told apart by `kind`.",
  },
  {
    name: "bottom-line-policy",
    exportName: "BottomLinePolicySchema",
    title: "Bottom-line policy",
    description: "A local authority's catalogue of bottom lines, from which a worker picks and adjusts those of a case. Parsing also checks that the ids are unique.",
  },
  {
    name: "audit-tool",
    exportName: "AuditToolSchema",
    title: "Audit tool",
    description:
      "A case-audit tool: a versioned rubric of sections and criteria. Parsing also checks that section and criterion ids are unique and that every 0–10 scale has anchors for 0 and 10.",
  },
  {
    name: "audit-record",
    exportName: "AuditRecordSchema",
    title: "Audit record",
    description: "The record of one case audit: the tool and version it started from, the case, the day, the auditors, every answer and the adjustments made to the tool. Parsing also checks that no criterion is answered twice.",
  },
  {
    name: "service-timeline",
    exportName: "ServiceTimelineSchema",
    title: "Service timeline",
    description: "One child's journey through the continuum of service: the child's details and the service events, oldest first. parseServiceTimeline also checks that event ids are unique and events are in date order.",
  },
  {
    name: "service-event",
    exportName: "ServiceEventSchema",
    title: "Service event",
    description: "One event of a service timeline (a contact, a referral, an assessment, a plan, a conference, a closure, …), told apart by `type`.",
  },
  {
    name: "continuum-policy",
    exportName: "ContinuumPolicySchema",
    title: "Continuum policy",
    description: "The policy of the continuum of service as data: statutory timescales, visit frequencies and the local choices the rules depend on.",
  },
  {
    name: "working-day-calendar",
    exportName: "WorkingDayCalendarSpecSchema",
    title: "Working-day calendar",
    description: "A working-day calendar as data: its range, the weekday numbers that are weekend days, and the closed days. buildWorkingDayCalendar also checks that the range does not end before it starts and that every closed day is inside it.",
  },
  {
    name: "child-record",
    exportName: "ChildRecordSchema",
    title: "Child record",
    description: "The canonical child record: one child and every episode, the input of the core data set and the practice metrics.",
  },
  {
    name: "finding",
    exportName: "FindingSchema",
    title: "Finding",
    description: "One problem or observation about a kinsafe document: a code, a severity, a path and the parameters of its message.",
  },
  {
    name: "change-meta",
    exportName: "ChangeMetaSchema",
    title: "Change metadata",
    description: "Who made a change, when (a UTC instant) and why.",
  },
  {
    name: "survey",
    exportName: "SurveySchema",
    title: "Survey",
    description: "A questionnaire as data: its items and the groups it is for. Parsing also checks that item ids are unique.",
  },
  {
    name: "survey-response",
    exportName: "SurveyResponseSchema",
    title: "Survey response",
    description: "One person's answers to a survey at one time point.",
  },
  {
    name: "time-diary-entry",
    exportName: "TimeDiaryEntrySchema",
    title: "Time-diary entry",
    description: "One entry of a worker's daily time diary: who, which day, what activity, for how many minutes.",
  },
];

/** The `$id` of a published schema. */
export function schemaId(name: string): string {
  return `urn:kinsafe:schema:${name}`;
}

/** The name of each published schema and the zod schema it is generated from. */
export function publishedSchemas(): Record<string, z.ZodType> {
  const k = kinsafe as unknown as Record<string, unknown>;
  const out: Record<string, z.ZodType> = {};
  for (const { name, exportName } of PUBLISHED_SCHEMAS) {
    const schema = k[exportName];
    if (!(schema instanceof z.ZodType)) throw new Error(`src/index.ts exports no zod schema ${exportName} (for ${name}.json)`);
    out[name] = schema;
  }
  return out;
}

type Json = Record<string, unknown>;

/** The keywords that constrain one type only: they go with that type's branch. */
const KEYWORDS_OF_TYPE: Readonly<Record<string, readonly string[]>> = {
  string: ["minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  array: ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems"],
  object: ["properties", "required", "additionalProperties", "patternProperties", "propertyNames", "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "unevaluatedProperties"],
};

/**
 * Rewrites `type: ["string", "number"]` (a union type, which ajv's strict mode refuses unless
 * `allowUnionTypes` is set, and which zod emits for a union of bare types) as `anyOf` with one
 * type per branch, each branch taking the keywords of its type. The documents accept the same
 * values either way.
 */
function splitUnionType(node: Json): Json {
  const type = node["type"];
  if (!Array.isArray(type)) return node;
  const rest: Json = { ...node };
  delete rest["type"];
  const branches = type.map((t) => {
    const branch: Json = { type: t };
    for (const keyword of KEYWORDS_OF_TYPE[String(t)] ?? []) {
      if (keyword in rest) branch[keyword] = rest[keyword];
    }
    return branch;
  });
  for (const branch of branches) for (const keyword of Object.keys(branch)) if (keyword !== "type") delete rest[keyword];
  if (rest["anyOf"] === undefined) return { ...rest, anyOf: branches };
  const allOf = Array.isArray(rest["allOf"]) ? (rest["allOf"] as unknown[]) : [];
  return { ...rest, allOf: [...allOf, { anyOf: branches }] };
}

/** Applies {@link splitUnionType} everywhere in a schema, bottom up. */
export function withoutUnionTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUnionTypes);
  if (typeof value !== "object" || value === null) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] = withoutUnionTypes(child);
  }
  return splitUnionType(out);
}

/**
 * Generates one JSON Schema document (draft 2020-12) from a zod schema: what the parsers
 * accept as input, with no union types, headed by `$schema`, `$id`, `title` and `description`.
 */
export function toPublishedJsonSchema(schema: z.ZodType, head: { readonly $id: string; readonly title: string; readonly description: string }): Json {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Json;
  const { $schema, ...body } = withoutUnionTypes(generated) as Json;
  return { $schema, $id: head.$id, title: head.title, description: head.description, ...body };
}

/** Generates every published JSON Schema, by name. */
export function buildJsonSchemas(): Record<string, Json> {
  const zod = publishedSchemas();
  const out: Record<string, Json> = {};
  for (const { name, title, description } of PUBLISHED_SCHEMAS) {
    out[name] = toPublishedJsonSchema(zod[name] as z.ZodType, { $id: schemaId(name), title, description });
  }
  return out;
}

/** One line of `index.json`. */
export interface SchemaIndexEntry {
  readonly name: string;
  readonly file: string;
  readonly $id: string;
  readonly title: string;
}

/** What `index.json` lists: every published schema, sorted by name. */
export function schemaIndex(): SchemaIndexEntry[] {
  return PUBLISHED_SCHEMAS.map(({ name, title }) => ({ name, file: `${name}.json`, $id: schemaId(name), title })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Writes every published schema and `index.json` into `dir`.
 *
 * @returns How many schemas were written.
 */
export function writeJsonSchemas(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const schemas = buildJsonSchemas();
  for (const [name, schema] of Object.entries(schemas)) writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(join(dir, "index.json"), `${JSON.stringify(schemaIndex(), null, 2)}\n`);
  return Object.keys(schemas).length;
}
