// `kinsafe pseudonymise` end to end, in-process: what it writes, what it refuses, and that a
// refusal leaves nothing behind.
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/cli/csv";
import { runCli } from "../../src/cli/runCli";
import { ROOT, FIXTURES, memoryIo, tempDir } from "./helpers";

const KEY = "5f1c0e4b8a2d7f3e9c6b1a0d4e8f2c7b5a9d3e1f0c6b8a2d";

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io);
  return { code, out: io.out(), err: io.err() };
}

function keyed(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "project.key"), `${KEY}\n`, { mode: 0o600 });
  return dir;
}

interface Json {
  results: { metrics: Record<string, { value: number | null }> }[];
}

const CIN = (child: string): string =>
  `<?xml version="1.0"?>\n<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header><Children>${child}</Children></Message>\n`;

describe("kinsafe pseudonymise", () => {
  it("replaces identifiers consistently across files, reports them per file, and keeps the figures", async () => {
    const dir = keyed();
    const inputs = ["csc-validator-be-903/header.csv", "csc-validator-be-903/episodes.csv", "csc-validator-be-903/fake_903.xml", "csc-validator-be-cin/fake_CIN_data.xml"].map((f) => join(FIXTURES, f));
    const r = await run(["pseudonymise", ...inputs, "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Pseudonymised 4 files/);
    expect(r.err).toMatch(/header\.csv: 2675 children; 2675 child ids, 2675 UPNs, 2676 dates of birth replaced/);
    expect(r.err).toMatch(/fake_CIN_data\.xml: 332 children; 332 child ids, 332 UPNs, 332 dates of birth replaced/);
    const header = parseCsv(readFileSync(join(dir, "shared/header.csv"), "utf8"));
    const episodes = parseCsv(readFileSync(join(dir, "shared/episodes.csv"), "utf8"));
    expect(header[1]?.[0]).toMatch(/^[0-9A-Z]{10}$/);
    expect(header[1]?.[2]).toMatch(/^01\/\d{2}\/\d{4}$/);
    expect(new Set(episodes.slice(1).map((e) => e[0])).size).toBeGreaterThan(100);
    expect(episodes.slice(1).every((e) => header.some((h) => h[0] === e[0]))).toBe(true);
    const original = readFileSync(inputs[0] as string, "utf8");
    expect(readFileSync(join(dir, "shared/header.csv"), "utf8")).not.toContain(original.split(/\r?\n/)[1]?.split(",")[0]);
    // Every output is owner-only.
    if (process.platform !== "win32") for (const f of readdirSync(join(dir, "shared"))) expect(statSync(join(dir, "shared", f)).mode & 0o777).toBe(0o600);
    // The figures do not depend on the identifiers.
    const figures = async (files: readonly string[]): Promise<unknown> => {
      const m = await run(["metrics", ...files, "--period", "2018", "--format", "json", "-q"], dir);
      expect(m.code).toBe(0);
      return (JSON.parse(m.out) as Json).results.map((x) => [x.metrics["activity.referrals"]?.value, x.metrics["activity.s47-enquiries"]?.value]);
    };
    expect(await figures(["shared/header.csv", "shared/episodes.csv", "shared/fake_CIN_data.xml"])).toEqual(await figures([inputs[0], inputs[1], inputs[3]] as string[]));
  });

  it("refuses a short key, a missing key file and writing over the inputs", async () => {
    const dir = keyed();
    writeFileSync(join(dir, "short.key"), "secret\n");
    const input = join(FIXTURES, "liia-tools/cin-2022.xml");
    expect((await run(["pseudonymise", input, "--key-file", "short.key", "--out", "o"], dir)).code).toBe(3);
    expect((await run(["pseudonymise", input, "--key-file", "none.key", "--out", "o"], dir)).code).toBe(3);
    expect((await run(["pseudonymise", input, "--out", "o"], dir)).code).toBe(2);
    expect((await run(["pseudonymise", input, "--key-file", "project.key", "--out", join(FIXTURES, "liia-tools")], dir)).code).toBe(2);
  });

  it("refuses a symbolic link to the inputs' directory as --out before reading anything, and leaves the inputs intact", async () => {
    const dir = keyed();
    mkdirSync(join(dir, "data"));
    copyFileSync(join(FIXTURES, "liia-tools/cin-2022.xml"), join(dir, "data/cin.xml"));
    copyFileSync(join(FIXTURES, "csc-validator-be-903/episodes.csv"), join(dir, "data/episodes.csv"));
    const before = [readFileSync(join(dir, "data/cin.xml")), readFileSync(join(dir, "data/episodes.csv"))];
    symlinkSync(join(dir, "data"), join(dir, "linkdir"), "dir");
    const r = await run(["pseudonymise", "data/cin.xml", "data/episodes.csv", "--key-file", "project.key", "--out", "linkdir"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/linkdir\/cin\.xml: refusing to write there/);
    expect(readFileSync(join(dir, "data/cin.xml")).equals(before[0] as Buffer)).toBe(true);
    expect(readFileSync(join(dir, "data/episodes.csv")).equals(before[1] as Buffer)).toBe(true);
    expect(readdirSync(join(dir, "data")).sort()).toEqual(["cin.xml", "episodes.csv"]);
    // `..` and a hard link are refused too.
    mkdirSync(join(dir, "other"));
    expect((await run(["pseudonymise", "data/cin.xml", "--key-file", "project.key", "--out", "other/../data"], dir)).code).toBe(2);
    linkSync(join(dir, "data/cin.xml"), join(dir, "other/cin.xml"));
    expect((await run(["pseudonymise", "data/cin.xml", "--key-file", "project.key", "--out", "other"], dir)).code).toBe(2);
  });

  it("refuses a case file with names (exit 3) and writes nothing, not even the other files", async () => {
    const dir = keyed();
    copyFileSync(join(ROOT, "tests/case-file/stored/case-file-v1.json"), join(dir, "case.json"));
    const r = await run(["pseudonymise", join(FIXTURES, "csc-validator-be-903/header.csv"), "case.json", "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/case\.json: refused: the record: not a kinsafe child record .*Nothing was written\./);
    expect(existsSync(join(dir, "shared")) ? readdirSync(join(dir, "shared")) : []).toEqual([]);
  });

  it("refuses kinsafe's tidy tables rather than copy their identifiers, and writes nothing", async () => {
    const dir = keyed();
    writeFileSync(join(dir, "cin.xml"), CIN("<Child><ChildIdentifiers><LAchildID>C1</LAchildID><UPN>A123456789012</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers></Child>"));
    expect((await run(["tables", "cin.xml", "--out", "tables", "-q"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "tables/children.csv"), "utf8")).toContain("A123456789012");
    const r = await run(["pseudonymise", "cin.xml", "tables/children.csv", "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/tables\/children\.csv: refused: kinsafe tidy tables cannot be pseudonymised/);
    expect(existsSync(join(dir, "shared")) ? readdirSync(join(dir, "shared")) : []).toEqual([]);
  });

  it("refuses a return with children but no identifier to replace, and writes nothing", async () => {
    const dir = keyed();
    writeFileSync(join(dir, "cin.xml"), CIN("<Child><ChildIdentifiers><Sex>F</Sex></ChildIdentifiers></Child>"));
    const r = await run(["pseudonymise", "cin.xml", "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cin\.xml: refused: the file holds 1 children but no identifier was found to replace/);
    expect(existsSync(join(dir, "shared")) ? readdirSync(join(dir, "shared")) : []).toEqual([]);
  });

  it("refuses an element it does not know, with its position, and writes nothing", async () => {
    const dir = keyed();
    writeFileSync(join(dir, "cin.xml"), CIN("<Child><ChildIdentifiers><LAchildID>A1</LAchildID><ChildName>Jane Smith</ChildName></ChildIdentifiers></Child>"));
    const r = await run(["pseudonymise", "cin.xml", "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/cin\.xml:2:\d+: refused: <ChildName> inside <ChildIdentifiers> is not an element of a CIN census return/);
    expect(r.err).not.toContain("Jane");
    expect(existsSync(join(dir, "shared")) ? readdirSync(join(dir, "shared")) : []).toEqual([]);
  });

  it("pseudonymises a CSV whose first line is blank, and CDATA in XML", async () => {
    const dir = keyed();
    writeFileSync(join(dir, "header.csv"), "\r\nCHILD,SEX,DOB,UPN\r\n123456,1,27/03/2015,A123456789123\r\n");
    writeFileSync(join(dir, "cin.xml"), CIN("<Child><ChildIdentifiers><LAchildID><![CDATA[123456]]></LAchildID><UPN>A1234567<!-- -->89123</UPN><PersonBirthDate>2015-03-2&#55;</PersonBirthDate></ChildIdentifiers></Child>"));
    const r = await run(["pseudonymise", "header.csv", "cin.xml", "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, "shared/header.csv"), "utf8");
    const xml = readFileSync(join(dir, "shared/cin.xml"), "utf8");
    for (const text of [csv, xml]) expect(text).not.toMatch(/123456|A123456789123|27\/03\/2015|2015-03-27/);
    const id = parseCsv(csv)[1]?.[0] ?? "";
    expect(xml).toContain(`<LAchildID>${id}</LAchildID>`);
  });

  it("pseudonymises child records in JSON Lines and the workforce census", async () => {
    const dir = keyed();
    const s = await run(["synth", "--children", "300", "--seed", "3", "--out", "synth", "-q"], dir);
    expect(s.err).toBe("");
    expect(s.code).toBe(0);
    const r = await run(["pseudonymise", "synth/records.jsonl", join(FIXTURES, "liia-tools/social_work_workforce_2022.xml"), "--key-file", "project.key", "--out", "shared"], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/records\.jsonl: \d+ children; \d+ child ids, .*record ids replaced/);
    expect(r.err).toMatch(/social_work_workforce_2022\.xml: 30 workers; 30 social worker ids/);
    const figures = async (file: string): Promise<unknown> => {
      const m = await run(["metrics", file, "--period", "2025", "--format", "json", "-q"], dir);
      expect(m.code).toBe(0);
      return (JSON.parse(m.out) as Json).results.map((x) => Object.values(x.metrics).map((v) => v.value));
    };
    expect(await figures("shared/records.jsonl")).toEqual(await figures("synth/records.jsonl"));
  });
});
