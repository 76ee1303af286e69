// A property of `kinsafe pseudonymise`: for generated returns in every format it reads, written
// in every spelling the readers accept (CDATA, comments inside values, character and entity
// references, white space, CRLF, a byte order mark, quoted cells, blank lines, JSON escapes), no
// original identifier, UPN or full date of birth is left anywhere in the output, and the same
// child gets the same pseudonym in every file.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPseudonymiser } from "../../src/cli/pseudonymise";
import { runCli } from "../../src/cli/runCli";
import { memoryIo, tempDir } from "./helpers";

const KEY = "0f3a9c81d2e4b7065a1c3e5f7092b4d6e8fa1c3b5d7e9f20";

interface Child {
  readonly id: string;
  readonly upn: string;
  /** `YYYY-MM-DD`, never the first of a month (so that the coarsened date differs). */
  readonly dob: string;
  readonly worker: string;
}

type Spelling = "plain" | "cdata" | "comment" | "charref" | "hexref" | "space" | "entity";

const lower = fc.constantFrom(..."abcdefghjkmnpqrstuvwxyz0123456789".split(""));
const childArb: fc.Arbitrary<Child> = fc.record({
  // Lower-case letters never occur in a pseudonym; the "qz" and "sw" prefixes in no element name.
  id: fc.tuple(fc.array(lower, { minLength: 4, maxLength: 8 }), fc.constantFrom("", "&", "'")).map(([c, extra]) => `qz${c.join("")}${extra}`),
  upn: fc.tuple(fc.constantFrom(..."ABCDEFGH".split("")), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })).map(([l, d]) => `${l}${d.join("")}`),
  dob: fc.tuple(fc.integer({ min: 2005, max: 2020 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 28 })).map(([y, m, d]) => `${String(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  worker: fc.array(lower, { minLength: 4, maxLength: 6 }).map((c) => `swz${c.join("")}`),
});

const dmy = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The XML text of a value, spelt one of the ways the scanner reads. */
function spell(value: string, how: Spelling): string {
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&#39;");
  switch (how) {
    case "plain":
      return esc(value);
    case "cdata":
      return `<![CDATA[${value}]]>`;
    case "comment":
      return `${esc(value.slice(0, 3))}<!-- a comment -->${esc(value.slice(3))}`;
    case "charref":
      return [...value].map((c, i) => (i % 2 === 0 ? `&#${String(c.codePointAt(0))};` : esc(c))).join("");
    case "hexref":
      return [...value].map((c, i) => (i % 3 === 1 ? `&#x${(c.codePointAt(0) ?? 0).toString(16)};` : esc(c))).join("");
    case "space":
      return ` \n\t${esc(value)}  `;
    case "entity":
      return value.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  }
}

interface Layout {
  readonly spellings: readonly Spelling[];
  readonly eol: "\n" | "\r\n";
  readonly bom: boolean;
  readonly quoted: boolean;
  readonly blankFirst: boolean;
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  spellings: fc.array(fc.constantFrom<Spelling>("plain", "cdata", "comment", "charref", "hexref", "space", "entity"), { minLength: 1, maxLength: 7 }),
  eol: fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"),
  bom: fc.boolean(),
  quoted: fc.boolean(),
  blankFirst: fc.boolean(),
});

function files(children: readonly Child[], l: Layout): Record<string, string> {
  let k = 0;
  const s = (value: string): string => spell(value, l.spellings[k++ % l.spellings.length] ?? "plain");
  const e = l.eol;
  const bom = l.bom ? "\uFEFF" : "";
  const cin =
    `${bom}<?xml version="1.0" encoding="UTF-8"?>${e}<!-- CIN census -->${e}<Message>${e}<Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>${e}<Children>${e}` +
    children
      .map(
        (c) =>
          `  <Child>${e}    <ChildIdentifiers>${e}      <LAchildID>${s(c.id)}</LAchildID>${e}      <UPN>${s(c.upn)}</UPN>${e}      <PersonBirthDate>${s(c.dob)}</PersonBirthDate>${e}      <Sex>F</Sex>${e}    </ChildIdentifiers>${e}` +
          `    <CINdetails><CINreferralDate>2024-06-01</CINreferralDate><ReferralNFA>false</ReferralNFA></CINdetails>${e}  </Child>${e}`,
      )
      .join("") +
    `</Children>${e}</Message>${e}`;
  const ssdaXml =
    `${bom}<?xml version='1.0' encoding='us-ascii'?>${e}<EXPSSDA903>` +
    children.map((c) => `<CHILD><HEADER><CHILDID>${s(c.id)}</CHILDID><UPN>${s(c.upn)}</UPN><SEX>2</SEX><DOB>${s(dmy(c.dob))}</DOB><MC_DOB /></HEADER><EPISODE><DECOM>01/06/2024</DECOM><RNE>S</RNE><LS>C2</LS><PL>U1</PL></EPISODE></CHILD>${e}`).join("") +
    `</EXPSSDA903>${e}`;
  const cell = (v: string): string => (l.quoted || /[",']/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csv = (header: string, rows: readonly (readonly string[])[]): string => `${bom}${l.blankFirst ? e : ""}${header}${e}${rows.map((r) => r.map(cell).join(",")).join(e)}${e}`;
  const header = csv("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB", children.map((c) => [` ${c.id}`, "2", dmy(c.dob), "WBRI", c.upn, "", ""]));
  const episodes = csv("CHILD,DECOM,RNE,LS,CIN,PLACE", children.map((c) => [c.id, "01/06/2024", "S", "C2", "N1", "U1"]));
  const swEpisodes = csv("CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON", children.map((c) => [c.id, dmy(c.dob), c.worker, "01/06/2024", "", ""]));
  const workforce =
    `${bom}<Message>${e}<Header><CollectionDetails><Collection>CSWW</Collection><ReferenceDate>2024-09-30</ReferenceDate></CollectionDetails></Header>${e}` +
    children.map((c) => `<CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>${s(c.worker)}</SWENo><FTE>1</FTE><PersonBirthDate>${s(c.dob)}</PersonBirthDate></CSWWWorker>${e}`).join("") +
    `</Message>${e}`;
  const record = (c: Child): unknown => ({
    child: { childId: c.id, upn: c.upn, dob: c.dob, disabilities: [] },
    cinEpisodes: [{ id: `${c.id}/cin-1`, referralDate: "2024-06-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [], cpPlans: [] }],
    earlyHelpEpisodes: [],
    lookedAfterEpisodes: [],
    lookedAfterReviews: [],
    missing: [],
    visits: [],
    careProceedings: [],
  });
  // JSON may spell any character as \uXXXX.
  const jsonEscape = (text: string): string => (l.quoted ? text.replace(/qz/g, "\\u0071z").replace(/"(\d)(\d{3}-\d{2}-\d{2})"/g, (_, a: string, rest: string) => `"\\u003${a}${rest}"`) : text);
  const json = `${bom}${jsonEscape(JSON.stringify(children.map(record), null, 2))}${e}`;
  const jsonl = `${bom}${children.map((c) => jsonEscape(JSON.stringify(record(c)))).join(e)}${e}`;
  return { "cin.xml": cin, "ssda903.xml": ssdaXml, "header.csv": header, "episodes.csv": episodes, "sw_episodes.csv": swEpisodes, "workforce.xml": workforce, "records.json": json, "records.jsonl": jsonl };
}

describe("kinsafe pseudonymise (property)", () => {
  it("leaves no identifier, UPN or full date of birth, and gives each child one pseudonym in every file", async () => {
    const p = createPseudonymiser(new TextEncoder().encode(KEY));
    let run = 0;
    const root = tempDir();
    writeFileSync(join(root, "project.key"), KEY, { mode: 0o600 });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(childArb, { minLength: 1, maxLength: 4, selector: (c) => c.id.replace(/[&']/g, "") }), layoutArb, async (children, layout) => {
        fc.pre(new Set(children.map((c) => c.upn)).size === children.length && new Set(children.map((c) => c.worker)).size === children.length);
        const dir = join(root, String(run++));
        mkdirSync(join(dir, "in"), { recursive: true });
        const inputs = files(children, layout);
        for (const [name, text] of Object.entries(inputs)) writeFileSync(join(dir, "in", name), text);
        const io = memoryIo(dir);
        const code = await runCli(["pseudonymise", ...Object.keys(inputs).map((n) => `in/${n}`), "--key-file", "../project.key", "--out", "out", "-q"], io);
        expect(io.err()).toBe("");
        expect(code).toBe(0);
        const outputs = Object.fromEntries(readdirSync(join(dir, "out")).map((n) => [n, readFileSync(join(dir, "out", n), "utf8")]));
        expect(Object.keys(outputs).sort()).toEqual(Object.keys(inputs).sort());
        for (const [name, text] of Object.entries(outputs)) {
          for (const c of children) {
            for (const secret of [c.id, c.id.replace(/[&']/g, ""), c.upn, c.upn.toLowerCase(), c.dob, dmy(c.dob), c.worker]) {
              if (text.includes(secret)) throw new Error(`${name} still holds ${secret}`);
            }
          }
        }
        // The same child, the same pseudonym, in every file (in the order of the children).
        const ids = children.map((c) => p.childId(c.id));
        const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1] ?? "");
        const rows = (text: string, column: number): string[] => text.trim().split("\r\n").slice(1).map((r) => r.split(",")[column] ?? "");
        expect(all(/<LAchildID>([^<]*)<\/LAchildID>/g, outputs["cin.xml"] ?? "")).toEqual(ids);
        expect(all(/<CHILDID>([^<]*)<\/CHILDID>/g, outputs["ssda903.xml"] ?? "")).toEqual(ids);
        for (const f of ["header.csv", "episodes.csv", "sw_episodes.csv"]) expect(rows(outputs[f] ?? "", 0)).toEqual(ids);
        expect(all(/"childId": "([^"]*)"/g, outputs["records.json"] ?? "")).toEqual(ids);
        expect(all(/"childId":"([^"]*)"/g, outputs["records.jsonl"] ?? "")).toEqual(ids);
        const workers = children.map((c) => p.workerId(c.worker));
        expect(all(/<SWENo>([^<]*)<\/SWENo>/g, outputs["workforce.xml"] ?? "")).toEqual(workers);
        expect(rows(outputs["sw_episodes.csv"] ?? "", 2)).toEqual(workers);
        const upns = children.map((c) => p.upn(c.upn));
        expect(all(/<UPN>([^<]*)<\/UPN>/g, outputs["cin.xml"] ?? "")).toEqual(upns);
        expect(rows(outputs["header.csv"] ?? "", 4)).toEqual(upns);
      }),
      { numRuns: 30 },
    );
  }, 30_000);
});
