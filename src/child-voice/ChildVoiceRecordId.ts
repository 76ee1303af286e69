import type * as z from "zod";
import { idSchema } from "../core";

/** Id of a child-voice record (Three Houses, Wizards and Fairies, Safety House, Words and Pictures). @category Child voice */
export const ChildVoiceRecordIdSchema = idSchema<"ChildVoiceRecordId">();
/** @category Child voice */
export type ChildVoiceRecordId = z.output<typeof ChildVoiceRecordIdSchema>;
