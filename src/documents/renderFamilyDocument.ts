// Renders a family document from a case file: the builder of its kind makes the document's
// sections through the context (names, words, sharing decisions, findings); the writers make
// HTML and Markdown of it.
import * as z from "zod";
import { parseCaseFile, type CaseFile } from "../case-file";
import { IsoDateSchema, KinsafeError, type InputIssue } from "../core";
import { isCatalogue } from "../messages";
import { createDocumentContext, type DocumentContext, type ResolvedAudience } from "./context";
import { toHtml } from "./html";
import { contactsSection } from "./kinds/common";
import { buildAssessmentMapDocument } from "./kinds/assessmentMap";
import { buildBottomLinesLetter } from "./kinds/bottomLinesLetter";
import { buildNetworkBriefing } from "./kinds/networkBriefing";
import { buildChildSafetyPlan, buildSafetyPlanDocument } from "./kinds/safetyPlan";
import { buildWordsAndPictures } from "./kinds/wordsAndPictures";
import { toMarkdown } from "./markdown";
import { DEFAULT_SHARING_POLICY, SharingPolicySchema, type SharingPolicy } from "./sharing";
import type { DocumentSection } from "./tree";
import { FAMILY_DOCUMENT_KINDS, type FamilyDocument, type FamilyDocumentKind, type RenderFamilyDocumentOptions } from "./types";

/** What a kind's builder gives: the title and the sections (who to call is added after them). @internal */
export interface BuiltDocument {
  readonly title: string;
  readonly sections: readonly DocumentSection[];
  /** Whether to end with "who to call"; true by default. */
  readonly contacts?: boolean;
}

const BUILDERS: Readonly<Record<FamilyDocumentKind, (ctx: DocumentContext) => BuiltDocument>> = {
  "assessment-map": buildAssessmentMapDocument,
  "safety-plan": buildSafetyPlanDocument,
  "child-safety-plan": buildChildSafetyPlan,
  "network-briefing": buildNetworkBriefing,
  "bottom-lines-letter": buildBottomLinesLetter,
  "words-and-pictures": buildWordsAndPictures,
};

const text = z.string().regex(/\S/, "Must not be blank.").max(10_000);
const PreProceedingsSchema = z.strictObject({
  supportOffered: z.array(text).min(1).max(1000),
  changesBy: IsoDateSchema,
  meeting: z.strictObject({ date: IsoDateSchema, time: text.optional(), place: text }).optional(),
  findASolicitor: text.optional(),
});

function invalid(issues: InputIssue[]): KinsafeError {
  return new KinsafeError("invalid-argument", `renderFamilyDocument: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`, issues);
}

function resolveAudience(caseFile: CaseFile, options: RenderFamilyDocumentOptions, issues: InputIssue[]): ResolvedAudience | undefined {
  const a = options.audience as unknown;
  if (typeof a !== "object" || a === null || !("kind" in a)) {
    issues.push({ path: ["audience"], rule: "invalid_type", message: "Expected an audience: { kind: \"family\" | \"child\" | \"network-member\" | \"professional\" }." });
    return undefined;
  }
  const audience = a as { kind: unknown; childId?: unknown; personId?: unknown };
  switch (audience.kind) {
    case "family":
    case "professional":
      return { kind: audience.kind };
    case "child": {
      const childId = audience.childId ?? options.childId ?? (caseFile.childIds.length === 1 ? caseFile.childIds[0] : undefined);
      if (typeof childId !== "string" || !caseFile.childIds.includes(childId as never)) {
        issues.push({ path: ["audience", "childId"], rule: "reference/unknown-id", message: childId === undefined ? `The case has ${String(caseFile.childIds.length)} children: say which child reads it.` : `${JSON.stringify(childId)} is not a child of the case.` });
        return undefined;
      }
      return { kind: "child", childId };
    }
    case "network-member": {
      const personId = audience.personId;
      const member = typeof personId === "string" ? caseFile.network?.members.find((m) => m.personId === personId) : undefined;
      if (typeof personId !== "string" || member === undefined) {
        issues.push({ path: ["audience", "personId"], rule: "reference/unknown-id", message: `${JSON.stringify(personId)} is not a member of the safety network.` });
        return undefined;
      }
      if (member.joinedOn > options.asOf || (member.leftOn !== undefined && member.leftOn <= options.asOf)) {
        issues.push({ path: ["audience", "personId"], rule: "documents/not-a-current-member", message: `${JSON.stringify(personId)} is not a member of the safety network on ${options.asOf}.` });
        return undefined;
      }
      return { kind: "network-member", personId };
    }
    default:
      issues.push({ path: ["audience", "kind"], rule: "invalid_value", message: `Unknown audience ${JSON.stringify(audience.kind)}: expected "family", "child", "network-member" or "professional".` });
      return undefined;
  }
}

/**
 * Renders a document for a family from its case file, for one reader: the assessment map, the
 * safety plan (or the child's plan), a network member's briefing, the bottom-lines letter, or a
 * Words and Pictures story. Names come from the case file, every sentence from the catalogue,
 * and what the reader is shown from the sharing policy and the consent records; what was left
 * out, what the case file lacks and the plain-language findings on the worker's words are in
 * `findings`. Pure: reads only what it is given.
 *
 * @param caseFile - The case file (checked as `parseCaseFile` checks it).
 * @param options - Which document, for whom, as of which day.
 * @returns The document as HTML and Markdown, with its findings.
 * @throws `KinsafeError` (from `kinsafe`) `invalid-input` for a case file that is not valid, and
 *   `invalid-argument` for options that are not (an unknown kind, a reader who is not in the
 *   case or not a current network member, a date that is not a day, a letter before proceedings
 *   for a child or a network member: it is written to the parents).
 *
 * @example
 * {@includeCode ../../tests/documents/renderFamilyDocument.test.ts#docs-example}
 *
 * @category Family documents
 */
export function renderFamilyDocument(caseFile: CaseFile, options: RenderFamilyDocumentOptions): FamilyDocument {
  const parsed = parseCaseFile(caseFile);
  const issues: InputIssue[] = [];
  if (typeof options !== "object" || (options as unknown) === null) throw invalid([{ path: [], rule: "invalid_type", message: "Expected options with kind, audience and asOf." }]);
  if (!FAMILY_DOCUMENT_KINDS.includes(options.kind)) issues.push({ path: ["kind"], rule: "invalid_value", message: `Unknown kind ${JSON.stringify(options.kind)}: expected one of ${FAMILY_DOCUMENT_KINDS.join(", ")}.` });
  if (!IsoDateSchema.safeParse(options.asOf).success) issues.push({ path: ["asOf"], rule: "invalid_format", message: `Expected a day as YYYY-MM-DD, received ${JSON.stringify(options.asOf)}.` });
  if (options.catalogue !== undefined && !isCatalogue(options.catalogue)) issues.push({ path: ["catalogue"], rule: "invalid_type", message: "Expected a catalogue: { locale, messages }." });
  let policy: SharingPolicy = DEFAULT_SHARING_POLICY;
  if (options.sharingPolicy !== undefined) {
    const p = SharingPolicySchema.safeParse(options.sharingPolicy);
    if (p.success) policy = p.data;
    else issues.push(...p.error.issues.map((i) => ({ path: ["sharingPolicy", ...i.path.map((k) => (typeof k === "symbol" ? String(k) : k))], rule: i.code, message: i.message })));
  }
  if (options.preProceedings !== undefined) {
    const p = PreProceedingsSchema.safeParse(options.preProceedings);
    if (!p.success) issues.push(...p.error.issues.map((i) => ({ path: ["preProceedings", ...i.path.map((k) => (typeof k === "symbol" ? String(k) : k))], rule: i.code, message: i.message })));
  }
  if (options.childId !== undefined && !parsed.childIds.includes(options.childId as never)) issues.push({ path: ["childId"], rule: "reference/unknown-id", message: `${JSON.stringify(options.childId)} is not a child of the case.` });
  (options.contactIds ?? []).forEach((id, i) => {
    if (!parsed.people.some((p) => p.id === id)) issues.push({ path: ["contactIds", i], rule: "reference/unknown-id", message: `${JSON.stringify(id)} is not a person of the case.` });
  });
  const audience = issues.length === 0 ? resolveAudience(parsed, options, issues) : undefined;
  if (issues.length > 0 || audience === undefined) throw invalid(issues);

  const ctx = createDocumentContext(parsed, options, audience, policy);
  const built = BUILDERS[options.kind](ctx);
  const sections = [...built.sections];
  if (built.contacts !== false) {
    const contacts = contactsSection(ctx);
    if (contacts !== undefined) sections.push(contacts);
  }
  const findings = ctx.findings();
  if (audience.kind !== "professional" && findings.some((f) => f.code === "documents/left-out" && f.params?.["content"] !== "professional-contacts") && sections.length > 0) {
    const last = sections[sections.length - 1];
    if (last !== undefined) sections[sections.length - 1] = { ...last, blocks: [...last.blocks, { type: "note", text: ctx.t("documents.left-out.note.no-contact") }] };
  }
  const reader =
    audience.kind === "family" ? ctx.t("documents.reader.family") : audience.kind === "professional" ? ctx.t("documents.reader.professional") : ctx.name(audience.kind === "child" ? audience.childId : audience.personId);
  const subtitle = [...(options.authority === undefined ? [] : [options.authority.name]), ctx.t("documents.subtitle.for", { reader }), ctx.t("documents.subtitle.date", { date: ctx.date(ctx.asOf) })];
  const model = { lang: ctx.lang, title: built.title, subtitle, sections };
  return { kind: options.kind, title: built.title, lang: ctx.lang, html: toHtml(model), markdown: toMarkdown(model), findings };
}
