// The persisted models published as JSON Schema documents (kinsafe/schemas/<name>.json), for
// vendors who do not write TypeScript. Used by the build and by the schema tests.
import * as z from "zod";
import * as kinsafe from "../src/index";

/** The name of each published schema and the zod schema it is generated from. */
export function publishedSchemas(): Record<string, z.ZodType> {
  const k = kinsafe as unknown as Record<string, z.ZodType | undefined>;
  const wanted: Record<string, string> = {
    "assessment-map": "AssessmentMapSchema",
    "assessment-map-command": "AssessmentMapCommandSchema",
    "assessment-map-audit-entry": "AssessmentMapAuditEntrySchema",
    "child-voice-record": "ChildVoiceRecordSchema",
    finding: "FindingSchema",
    "change-meta": "ChangeMetaSchema",
    "service-timeline": "ServiceTimelineSchema",
    "service-event": "ServiceEventSchema",
    "continuum-policy": "ContinuumPolicySchema",
    "working-day-calendar": "WorkingDayCalendarSpecSchema",
    "child-record": "ChildRecordSchema",
  };
  const out: Record<string, z.ZodType> = {};
  for (const [name, exportName] of Object.entries(wanted)) {
    const schema = k[exportName];
    if (schema !== undefined) out[name] = schema;
  }
  return out;
}

/** Generates every published JSON Schema (draft 2020-12), with an `$id` under the package. */
export function buildJsonSchemas(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(publishedSchemas())) {
    const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
    out[name] = { $id: `urn:kinsafe:schema:${name}`, title: name, ...json };
  }
  return out;
}
