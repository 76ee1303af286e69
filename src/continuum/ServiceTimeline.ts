import * as z from "zod";
import { ExtensionsSchema, idSchema, type DeepReadonly, MAX_LIST_LENGTH } from "../core";
import { ChildDetailsSchema } from "../records";
import { eventReferenceIssues } from "./eventReferences";
import { ServiceEventSchema } from "./ServiceEvent";

/**
 * Id of a service timeline.
 *
 * @category Continuum
 */
export const ServiceTimelineIdSchema = idSchema<"ServiceTimelineId">();
/** @category Continuum */
export type ServiceTimelineId = z.output<typeof ServiceTimelineIdSchema>;

/**
 * One child's journey through the continuum of service: every contact, referral, assessment,
 * enquiry, conference, plan, period of care, proceedings and closure, in date order. The
 * timeline is the single record from the front door to closure; the current level, the
 * episodes, the statutory due dates and the canonical child record are all derived from it.
 *
 * Events have unique ids and are in date order (events of the same day keep the order they were
 * recorded in); an event that names another (a section 47 enquiry its strategy discussion, a CP
 * plan its conference, an emergency protection order the police protection) names an earlier one.
 *
 * Bounds: every free-text field holds at most 10,000 characters and every list at most 10,000
 * items; ids follow the id rule (1–200 characters, no control characters, no white space at
 * either end). See `docs/errors-and-findings.md`, "Bounds".
 *
 * @category Continuum
 */
export const ServiceTimelineSchema = z
  .strictObject({
    id: ServiceTimelineIdSchema,
    /** The child: identity and characteristics, as the returns record them. */
    child: ChildDetailsSchema,
    /** The events, oldest first. */
    events: z.array(ServiceEventSchema).max(MAX_LIST_LENGTH),
    /** The host system's own data, kept whole and never read by kinsafe (see docs/for-vendors.md). */
    extensions: ExtensionsSchema.optional(),
  })
  .superRefine((timeline, ctx) => {
    const seen = new Set<string>();
    timeline.events.forEach((event, index) => {
      if (seen.has(event.id)) {
        ctx.addIssue({ code: "custom", path: ["events", index, "id"], message: `Event id ${event.id} is used twice.`, params: { rule: "reference/duplicate-id" } });
      }
      for (const issue of eventReferenceIssues(event, seen, ["events", index])) {
        const field = issue.path[issue.path.length - 1] as keyof typeof event;
        ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message, input: event[field], params: { rule: issue.rule } });
      }
      seen.add(event.id);
      const previous = timeline.events[index - 1];
      if (previous !== undefined && event.date < previous.date) {
        ctx.addIssue({ code: "custom", path: ["events", index, "date"], message: `Event ${event.id} is dated before the event before it.`, params: { rule: "timeline/out-of-order" } });
      }
    });
  });
/** @category Continuum */
export type ServiceTimeline = DeepReadonly<z.output<typeof ServiceTimelineSchema>>;
