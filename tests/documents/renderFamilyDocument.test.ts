// renderFamilyDocument's contract: options checked whole, readers resolved, the input never
// changed, HTML and Markdown always written (the kinds are tested in their own files).
import { describe, expect, it } from "vitest";
import { FAMILY_DOCUMENT_KINDS, renderFamilyDocument, type RenderFamilyDocumentOptions } from "../../src/documents";
import { caught, deepFreeze, workedCase } from "../bottom-lines/fixtures";

const base = { kind: "assessment-map", audience: { kind: "family" }, asOf: "2025-06-01" } as const satisfies RenderFamilyDocumentOptions;

describe("renderFamilyDocument", () => {
  it("writes a document as HTML and Markdown, with its findings", () => {
    const caseFile = workedCase();
    // #region docs-example
    const letter = renderFamilyDocument(caseFile, {
      kind: "bottom-lines-letter",
      audience: { kind: "family" },
      asOf: "2025-06-01",
      authority: { name: "Northshire Council" },
    });
    // letter.html: one self-contained page to print or send; letter.markdown: the same words.
    // letter.findings: what the worker should know (what was left out, plain-language checks).
    // #endregion docs-example
    expect(letter.kind).toBe("bottom-lines-letter");
    expect(letter.lang).toBe("en-GB");
    expect(letter.html.startsWith("<!doctype html>\n<html lang=\"en-GB\">")).toBe(true);
    expect(letter.html.match(/<h1>/g)).toHaveLength(1);
    expect(letter.html).toContain("Northshire Council");
    expect(letter.html).toContain("1 June 2025");
    expect(letter.markdown.startsWith(`# ${letter.title}`)).toBe(true);
    expect(letter.markdown).toContain("Northshire Council");
  });

  it("renders every kind for every reader of the worked case without throwing, and never changes the case file", () => {
    const caseFile = deepFreeze(workedCase());
    const before = JSON.stringify(caseFile);
    const audiences = [{ kind: "family" }, { kind: "child", childId: "amy" }, { kind: "network-member", personId: "gran-pat" }, { kind: "professional" }] as const;
    for (const kind of FAMILY_DOCUMENT_KINDS) {
      for (const audience of audiences) {
        const doc = renderFamilyDocument(caseFile, { kind, audience, asOf: "2025-06-01", childId: "amy" });
        expect(doc.html).toContain("</html>");
        expect(doc.title.trim()).not.toBe("");
      }
    }
    expect(JSON.stringify(caseFile)).toBe(before);
  });

  it("refuses options that are not valid, naming every problem with its path", () => {
    const error = caught(() => renderFamilyDocument(workedCase(), { ...base, kind: "letter" as never, asOf: "2025-02-30", sharingPolicy: { audiences: {}, childVoice: "always" } as never, contactIds: ["nobody"] }));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["kind", "asOf", "sharingPolicy.audiences.family", "sharingPolicy.childVoice", "contactIds.0"]));
  });

  it("refuses a reader who is not in the case, a child of several without a name, and a member who has left", () => {
    expect(caught(() => renderFamilyDocument(workedCase(), { ...base, audience: { kind: "neighbour" } as never })).issues[0]?.path).toEqual(["audience", "kind"]);
    expect(caught(() => renderFamilyDocument(workedCase(), { ...base, audience: { kind: "child" } })).issues[0]).toMatchObject({ path: ["audience", "childId"], message: "The case has 2 children: say which child reads it." });
    expect(caught(() => renderFamilyDocument(workedCase(), { ...base, audience: { kind: "child", childId: "kerry" } })).issues[0]?.path).toEqual(["audience", "childId"]);
    expect(caught(() => renderFamilyDocument(workedCase(), { ...base, audience: { kind: "network-member", personId: "lee" } })).issues[0]?.rule).toBe("reference/unknown-id");
    const caseFile = workedCase();
    const gran = caseFile.network?.members.find((m) => m.personId === "gran-pat");
    expect(gran).toBeDefined();
    const left = { ...caseFile, network: { ...caseFile.network!, members: caseFile.network!.members.map((m) => (m.personId === "gran-pat" ? { ...m, leftOn: "2025-05-01" } : m)) } };
    expect(caught(() => renderFamilyDocument(left as never, { ...base, audience: { kind: "network-member", personId: "gran-pat" } })).issues[0]).toMatchObject({ rule: "documents/not-a-current-member" });
    // Not yet a member on the day either.
    expect(caught(() => renderFamilyDocument(workedCase(), { ...base, asOf: "2025-01-01", audience: { kind: "network-member", personId: "gran-pat" } })).issues[0]?.rule).toBe("documents/not-a-current-member");
  });

  it("refuses a case file that is not valid as parseCaseFile does", () => {
    const error = caught(() => renderFamilyDocument({ ...workedCase(), people: "everyone" } as never, base));
    expect(error.code).toBe("invalid-input");
    expect(error.issues[0]?.path).toEqual(["people"]);
  });

  it("checks the details of a letter before proceedings", () => {
    const error = caught(() => renderFamilyDocument(workedCase(), { ...base, kind: "bottom-lines-letter", preProceedings: { supportOffered: [], changesBy: "soon" } }));
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["preProceedings.supportOffered", "preProceedings.changesBy"]);
  });
});
