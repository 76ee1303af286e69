// The words of family documents come from a catalogue: an authority can reword them or write
// them in another language; keys it lacks fall back to English.
import { describe, expect, it } from "vitest";
import { enDocuments, renderFamilyDocument, type DocumentTextKey } from "../../src/documents";
import type { MessageCatalogue } from "../../src/messages";
import { workedCase } from "../bottom-lines/fixtures";

describe("the documents' catalogue", () => {
  it("rewords a document, and writes it in the catalogue's language", () => {
    // #region reword
    const ours: MessageCatalogue<DocumentTextKey> = {
      locale: "cy",
      messages: { "documents.contacts.heading": "Pwy i'w ffonio", "documents.subtitle.date": "Ysgrifennwyd ar {date}" },
    };
    const doc = renderFamilyDocument(workedCase(), { kind: "safety-plan", audience: { kind: "family" }, asOf: "2025-06-01", catalogue: ours });
    // #endregion reword
    expect(doc.lang).toBe("cy");
    expect(doc.html).toContain('<html lang="cy">');
    expect(doc.html).toContain("<h2 id=\"s");
    expect(doc.html).toContain("Pwy i&#39;w ffonio</h2>");
    // The date in the catalogue's language (Welsh month names).
    expect(doc.html).toContain("Ysgrifennwyd ar 1 Mehefin 2025");
    // A key the catalogue lacks falls back to English.
    expect(doc.html).toContain("For the family");
  });

  it("has a template for every finding code of the documents, with the params the findings carry", async () => {
    const { DOCUMENT_FINDING_CODES } = await import("../../src/documents");
    for (const code of DOCUMENT_FINDING_CODES) expect(enDocuments.messages[code], code).toBeTypeOf("string");
  });
});
