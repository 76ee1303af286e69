// Every family document of the worked case, for every reader: the assessment map, the safety
// plan and the child's plan, a briefing for each member of the safety network, the bottom-lines
// letter (and the letter before proceedings), and Amy's and Ben's Words and Pictures story; for
// the family, each child, each network member and the professionals. Each is written as HTML
// (to open, print on A4 or send) and as Markdown, with what the worker should know (what was
// left out for the reader and why, the plain-language findings on the worker's words) printed.
// Run against the built package: `node --import tsx examples/family-documents.ts [directory]`
// (a new temporary directory when none is given).
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNameResolver, formatFinding, parseCaseFile, type CustomPredicate } from "kinsafe";
import { enDocuments, FAMILY_DOCUMENT_KINDS, renderFamilyDocument, type DocumentAudience, type RenderFamilyDocumentOptions } from "kinsafe/documents";

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`family-documents example: ${message}`);
}

// The case file as a case system stores it (JSON), checked as it is read.
const caseFile = parseCaseFile(JSON.parse(readFileSync(new URL("./data/worked-case.json", import.meta.url), "utf8")));
const asOf = "2025-06-01";
const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), "kinsafe-family-documents-"));
mkdirSync(out, { recursive: true });

// The worked case has one bottom line the library cannot judge by itself ("Amy and Ben are
// seen alone by their social worker every four weeks"): the case system answers it from its
// visit records.
const lastSeenAlone: Readonly<Record<string, string>> = { amy: "2025-05-22", ben: "2025-05-22" };
const seenAlone: CustomPredicate = (c, { asOf: day }) => {
  const late = c.childIds.filter((id) => (lastSeenAlone[id] ?? "0000-00-00") < new Date(Date.parse(`${day}T00:00:00Z`) - 28 * 86_400_000).toISOString().slice(0, 10));
  return late.length === 0 ? { verdict: "met", evidence: { lastSeenAlone } } : { verdict: "unmet", evidence: { late } };
};

// Every reader: the family, each child, each member of the network on the day, professionals.
const members = (caseFile.network?.members ?? []).filter((m) => m.joinedOn <= asOf && (m.leftOn === undefined || m.leftOn > asOf));
const readers: { readonly slug: string; readonly audience: DocumentAudience }[] = [
  { slug: "family", audience: { kind: "family" } },
  ...caseFile.childIds.map((childId) => ({ slug: `child-${childId}`, audience: { kind: "child", childId } as const })),
  ...members.map((m) => ({ slug: `network-${m.personId}`, audience: { kind: "network-member", personId: m.personId } as const })),
  { slug: "professional", audience: { kind: "professional" } },
];

const common = { asOf, authority: { name: "Northshire Council" }, customPredicates: { "seen-alone": seenAlone } } as const;
const names = createNameResolver(caseFile);
const written: string[] = [];
const write = (file: string, options: RenderFamilyDocumentOptions): void => {
  const doc = renderFamilyDocument(caseFile, options);
  check(doc.html.startsWith("<!doctype html>") && doc.markdown.startsWith("# "), `${file}: not a document`);
  writeFileSync(join(out, `${file}.html`), doc.html);
  writeFileSync(join(out, `${file}.md`), doc.markdown);
  written.push(`${file}.html`, `${file}.md`);
  // What the worker should know: how many findings of each kind; in words for the family's map.
  const counts = new Map<string, number>();
  for (const f of doc.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  console.log(`${file}: “${doc.title}” (${[...counts].map(([code, n]) => `${code} ×${String(n)}`).join(", ") || "no findings"})`);
  if (file === "assessment-map-family") for (const f of doc.findings) console.log(`    ${f.severity}: ${formatFinding(f, { catalogue: enDocuments, names })}`);
};

for (const kind of FAMILY_DOCUMENT_KINDS) {
  for (const { slug, audience } of readers) {
    // The child's plan and the Words and Pictures story are each child's own.
    const children = kind === "child-safety-plan" || kind === "words-and-pictures" ? (audience.kind === "child" ? [audience.childId] : caseFile.childIds) : [undefined];
    for (const childId of children) {
      const file = childId === undefined || audience.kind === "child" ? `${kind}-${slug}` : `${kind}-${childId}-${slug}`;
      write(file, { ...common, kind, audience, ...(childId === undefined ? {} : { childId }) });
    }
  }
}

// The letter before proceedings (Public Law Outline): what the case file does not hold (the
// support offered, the date the changes must be seen by, the meeting) is given by the worker.
write("letter-before-proceedings-family", {
  ...common,
  kind: "bottom-lines-letter",
  audience: { kind: "family" },
  preProceedings: {
    supportOffered: ["Weekly sessions with Tina from the Family Support Team", "A place on the Freedom Programme for Kerry", "Help for Lee from the local alcohol service"],
    changesBy: "2025-08-29",
    meeting: { date: "2025-06-16", time: "10am", place: "Northshire House, Room 4" },
    findASolicitor: "Ring the Law Society on 020 7320 5650, or look at the list of local family solicitors we have given you",
  },
});

check(written.length >= FAMILY_DOCUMENT_KINDS.length * readers.length * 2, `only ${String(written.length)} files written`);
console.log(`\n${String(written.length)} files in ${out}:\n${written.map((f) => `  ${f}`).join("\n")}`);
