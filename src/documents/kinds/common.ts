// Parts every family document can end with: who to call, and a note on what this copy leaves out.
import type { DocumentContext } from "../context";
import type { DocumentSection } from "../tree";

/**
 * The people to call: `options.contactIds`, or else the professionals of the case with contact
 * details. Empty when the reader may not be shown professionals' contacts.
 *
 * @internal
 */
export function contactsSection(ctx: DocumentContext): DocumentSection | undefined {
  if (!ctx.shares("professional-contacts")) {
    ctx.leftOut("professional-contacts", "sharing-policy", 1, ["people"]);
    return undefined;
  }
  const ids = ctx.options.contactIds ?? ctx.caseFile.people.filter((p) => p.professional !== undefined && p.contact !== undefined).map((p) => p.id);
  const items = ids.map((id) => {
    const person = ctx.people.get(id);
    const name = ctx.name(id, ["people"]);
    return { text: person?.contact === undefined ? ctx.t("documents.contacts.item.no-contact", { name }) : ctx.t("documents.contacts.item", { name, contact: person.contact }) };
  });
  return {
    heading: ctx.t("documents.contacts.heading"),
    blocks: items.length === 0 ? [{ type: "paragraph", text: ctx.t("documents.contacts.none") }] : [{ type: "paragraph", text: ctx.t("documents.contacts.intro") }, { type: "list", items }],
  };
}
