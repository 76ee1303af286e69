// `kinsafe metrics --format xlsx`: the workbook as data (metricsWorkbook), its bytes
// (xlsxBytes, write-excel-file), and the command. The files are read back with read-excel-file,
// another package than the writer, and the number formats and zip time stamps from the raw
// parts (fflate's unzip and regular expressions), not with the writer's code.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { writeOutput } from "../../src/cli/commands/output";
import { comparatorsSheet, metricsWorkbook, workbookNumberFormat, type WorkbookCell } from "../../src/cli/metricsWorkbook";
import type { Comparator } from "../../src/interop/comparators";
import { runCli } from "../../src/cli/runCli";
import { xlsxBytes } from "../../src/cli/writeXlsx";
import { generateSyntheticAuthority } from "../../src/synthetic";
import { buildCli, memoryIo, spawnCli, tempDir } from "./helpers";
import { coreDataSet, figure, partialReturnsSeries, type FigureKind } from "./metricResults";

type Row = readonly (string | number | boolean | Date | null)[];

async function run(args: readonly string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(cwd);
  const code = await runCli(args, io, { version: "0.0.0-test" });
  return { code, out: io.out(), err: io.err() };
}

/** The text of a workbook cell made by metricsWorkbook, or its number. */
function shown(cell: WorkbookCell | undefined): string | number | null {
  return cell === undefined || cell === null ? null : cell.value;
}

describe("workbookNumberFormat", () => {
  it("writes counts whole with separators, rates and percentages to one decimal place", () => {
    // #region number-format
    expect(workbookNumberFormat("count", 1613)).toBe("#,##0");
    expect(workbookNumberFormat("count", 12.5)).toBe("#,##0.0"); // an FTE: the fraction is not hidden
    expect(workbookNumberFormat("percent", 22.1)).toBe("0.0"); // 0 to 100, as DfE writes it (22.1, not 0.221)
    expect(workbookNumberFormat("per10k", 516.666)).toBe("0.0");
    expect(workbookNumberFormat("workingDays", 33.5)).toBe("#,##0.0");
    // #endregion
  });
});

describe("metricsWorkbook", () => {
  it("gives About, a sheet per family, and Definitions, with the symbols and statuses of the wide CSV", () => {
    // #region workbook
    const book = metricsWorkbook(partialReturnsSeries(), { title: "Children's services", authority: "Anytown (999)" });
    expect(book.sheets.map((s) => s.name)).toEqual(["About", "Activity", "Plans", "Workforce", "Definitions"]);
    const activity = book.sheets[1];
    expect(activity?.rows[0]?.map(shown)).toEqual(["Metric", "Metric ID", "Unit", "Counting unit", "2022-23", "2022-23 status", "2023-24", "2023-24 status", "2024-25", "2024-25 status"]);
    // Section 47 enquiries: 120, suppressed in 2023-24 ("c" with the status "c"), 122.
    const s47 = activity?.rows.find((r) => shown(r[1]) === "activity.s47-enquiries");
    expect(s47?.slice(4).map(shown)).toEqual([120, null, "c", "c", 122, null]);
    // #endregion
    // Referrals: not available in 2022-23 (no CIN census), then numbers with the count format.
    const referrals = activity?.rows.find((r) => shown(r[1]) === "activity.referrals");
    expect(referrals?.slice(4).map(shown)).toEqual(["x", "x", 940, null, 980, null]);
    expect(referrals?.[6]).toEqual({ type: "number", value: 940, format: "#,##0" });
    // A breakdown entry is indented below its metric.
    const children = activity?.rows.find((r) => shown(r[1]) === "activity.referrals/children");
    expect(children?.[0]).toMatchObject({ type: "text", value: "Children referred", indent: 1 });
    // The re-referral rate with 0 of 12 months' history: the value, status incomplete-history.
    const reReferral = activity?.rows.find((r) => shown(r[1]) === "activity.re-referral-rate");
    expect(reReferral?.slice(6).map(shown)).toEqual([15, "incomplete-history", 22.1, null]);
    expect(reReferral?.[8]).toEqual({ type: "number", value: 22.1, format: "0.0" });
    // The About sheet names the title and authority, and says what the symbols are.
    const about = book.sheets[0]?.rows.map((r) => r.map(shown));
    expect(about).toContainEqual(["Title", "Children's services"]);
    expect(about).toContainEqual(["Local authority", "Anytown (999)"]);
    expect(about?.map((r) => r[0])).toEqual(expect.arrayContaining(["c", "x", "z", "incomplete-history", "Population", "Disclosure control", "Written by"]));
    // Definitions: exactly the metrics on the sheets.
    const definitions = book.sheets.at(-1)?.rows.slice(1).map((r) => shown(r[0]));
    expect(definitions).toEqual(["activity.referrals", "activity.re-referral-rate", "activity.s47-enquiries", "plans.open", "plans.seen-per-plan", "workforce.vacancy-rate"]);
  });

  it("writes comparators as numbers in their metric's format, or the publisher's symbol", () => {
    // #region comparators-sheet
    const results = partialReturnsSeries();
    const sheet = comparatorsSheet(
      [
        { metricId: "activity.s47-enquiries", period: "2024-25", area: "England", areaCode: "E92000001", value: 230_590, source: "DfE, Children in need 2025" },
        { metricId: "activity.s47-enquiries", period: "2024-25", area: "Neighbours", value: null, symbol: "c", source: "our neighbours" },
      ],
      results,
    );
    // sheet.rows[1]: the count 230,590 formatted #,##0; sheet.rows[2]: "c" as text, status "c"
    // #endregion
    expect(sheet.name).toBe("Comparators");
    expect(sheet.rows[1]?.[4]).toEqual({ type: "number", value: 230_590, format: "#,##0" });
    expect(shown(sheet.rows[2]?.[4])).toBe("c");
    expect(shown(sheet.rows[2]?.[5])).toBe("c");
    expect(sheet.rows[2]?.[3]).toBeNull();
  });

  it("places further sheets (such as comparators) before Definitions, and writes no character XML cannot hold", () => {
    const extra = { name: "Comparators", widths: [20], frozenRows: 1, frozenColumns: 0, rows: [[{ type: "text" as const, value: "Region" }]] };
    const book = metricsWorkbook(partialReturnsSeries(), { additionalSheets: [extra], inputs: [{ name: "bad\u0001name.xml", kind: "CIN census" }] });
    expect(book.sheets.map((s) => s.name).slice(-2)).toEqual(["Comparators", "Definitions"]);
    const input = book.sheets[0]?.rows.find((r) => shown(r[0]) === "Input");
    expect(shown(input?.[1])).toBe("bad\\x01name.xml (CIN census)");
  });
});

describe("xlsxBytes", () => {
  it("writes numbers as numeric cells and symbols as text, read back by another package", async () => {
    // #region xlsx-bytes
    const bytes = await xlsxBytes(metricsWorkbook(partialReturnsSeries()));
    const sheets = await readXlsxFile(Buffer.from(bytes));
    const activity = sheets.find((s) => s.sheet === "Activity")?.data ?? [];
    const s47 = activity.find((r) => r[1] === "activity.s47-enquiries");
    expect(s47?.slice(4)).toEqual([120, null, "c", "c", 122, null]);
    // #endregion
    expect(typeof s47?.[4]).toBe("number");
    expect(sheets.map((s) => s.sheet)).toEqual(["About", "Activity", "Plans", "Workforce", "Definitions"]);
  });
});

describe("the workbook's law", () => {
  const kinds = fc.constantFrom<FigureKind[]>("available", "unavailable", "suppressed", "incomplete-history");
  // Each of three periods: a figure of any kind with any value (whole or not, tiny or large).
  const periods = fc.array(fc.record({ kind: kinds, value: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })) }), { minLength: 1, maxLength: 3 });

  test.prop([periods], { numRuns: 25 })("every value read back is the exact number, and every missing one its symbol with the same status", async (list) => {
    const results = list.map(({ kind, value }, i) => coreDataSet(2023 + i, { "activity.referrals": figure("activity.referrals", kind, { value }) }));
    const sheets = await readXlsxFile(Buffer.from(await xlsxBytes(metricsWorkbook(results))));
    const row = sheets.find((s) => s.sheet === "Activity")?.data.find((r) => r[1] === "activity.referrals") ?? [];
    list.forEach(({ kind, value }, i) => {
      const [cell, status] = [row[4 + 2 * i] ?? null, row[5 + 2 * i] ?? null];
      if (kind === "suppressed") expect([cell, status]).toEqual(["c", "c"]);
      else if (kind === "unavailable") expect([cell, status]).toEqual(["x", "x"]);
      else expect([cell, status]).toEqual([value, kind === "incomplete-history" ? "incomplete-history" : null]);
    });
  });
});

// --- The raw parts of an .xlsx file ---------------------------------------------------------

function decode(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes ?? new Uint8Array());
}

/** The number format code of each cell of a sheet (by reference, A1), from styles.xml. */
function numberFormats(parts: Record<string, Uint8Array>, sheetFile: string): Map<string, string> {
  const styles = decode(parts["xl/styles.xml"]);
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1] ?? "", (m[2] ?? "").replace(/&quot;/g, '"')]));
  const xfs = (/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").match(/<xf\b[^>]*>/g) ?? [];
  const formatOfStyle = xfs.map((xf) => {
    const id = /numFmtId="(\d+)"/.exec(xf)?.[1] ?? "0";
    return custom.get(id) ?? (id === "0" ? "General" : `builtin ${id}`);
  });
  const sheet = decode(parts[sheetFile]);
  const out = new Map<string, string>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>/g)) {
    const style = /\bs="(\d+)"/.exec(m[2] ?? "")?.[1];
    out.set(m[1] ?? "", formatOfStyle[Number(style ?? 0)] ?? "General");
  }
  return out;
}

/** The date and time fields (DOS) of every local file header of a zip. */
function zipTimes(bytes: Uint8Array): { time: number; date: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { time: number; date: number }[] = [];
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    out.push({ time: view.getUint16(i + 10, true), date: view.getUint16(i + 12, true) });
    i += 29 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true) + view.getUint32(i + 18, true);
  }
  return out;
}

function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

// --- The command, against its own JSON -------------------------------------------------------

interface JsonFigure {
  readonly id: string;
  readonly unit: string;
  readonly value: number | null;
  readonly suppressed: boolean;
  readonly status: string;
  readonly unavailable?: { readonly reason: string };
  readonly breakdown?: Record<string, JsonFigure>;
}

interface Json {
  readonly findings: readonly { readonly severity: string }[];
  readonly results: readonly { readonly period: { readonly start: string; readonly end: string }; readonly metrics: Record<string, JsonFigure> }[];
}

/** Every figure of a result, breakdown entries included, by id. */
function figuresOf(metrics: Record<string, JsonFigure>): Map<string, JsonFigure> {
  const out = new Map<string, JsonFigure>();
  const walk = (m: JsonFigure): void => {
    out.set(m.id, m);
    for (const b of Object.values(m.breakdown ?? {})) walk(b);
  };
  for (const m of Object.values(metrics)) walk(m);
  return out;
}

/**
 * What a cell must hold for a figure of the JSON, worked out from its fields alone: suppressed
 * (or unavailable for the reason suppressed) "c"; otherwise unavailable "x"; a percentage with
 * no value of its own but a breakdown (a distribution) "z"; otherwise the number.
 */
function expectedCell(m: JsonFigure | undefined): string | number {
  if (m === undefined) return "x";
  if (m.status === "unavailable" && m.unavailable !== undefined && m.unavailable.reason !== "suppressed") return "x";
  if (m.suppressed || m.unavailable?.reason === "suppressed") return "c";
  if (m.status === "unavailable") return "x";
  if (m.value === null) return m.unit === "percent" && m.breakdown !== undefined ? "z" : "x";
  return m.value;
}

describe("kinsafe metrics --format xlsx", () => {
  const records = generateSyntheticAuthority({ seed: 11, children0to17: 3000, years: 2, endYear: 2025 });
  const args = ["r.jsonl", "--period", "2024", "--period", "2025", "--population", "3000", "--population-vintage", "ONS mid-2024", "--suppress", "5"];
  let dir = "";
  let json: Json;
  let bytes: Uint8Array;
  let sheets: { sheet: string; data: Row[] }[];

  beforeAll(async () => {
    dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), records.map((x) => JSON.stringify(x)).join("\n"));
    const j = await run(["metrics", ...args, "--format", "json", "-q"], dir);
    expect(j.code).toBe(0);
    json = JSON.parse(j.out) as Json;
    const x = await run(["metrics", ...args, "--format", "xlsx", "--out", "out/cds.xlsx", "--title", "Core data set", "--authority", "Anytown", "--authority-code", "999"], dir);
    expect(x.code).toBe(0);
    expect(x.out).toBe("");
    expect(x.err).toContain("Wrote ");
    bytes = readFileSync(join(dir, "out/cds.xlsx"));
    sheets = (await readXlsxFile(Buffer.from(bytes))) as { sheet: string; data: Row[] }[];
  });

  it("puts the comparators of the JSON (England's, by default) on a Comparators sheet, before Definitions", () => {
    const given = (json as unknown as { comparators: Comparator[] }).comparators;
    expect(given.length).toBeGreaterThan(0);
    expect(sheets.map((s) => s.sheet).slice(-2)).toEqual(["Comparators", "Definitions"]);
    const rows = sheets.find((s) => s.sheet === "Comparators")?.data ?? [];
    expect(rows[0]).toEqual(["Metric ID", "Period", "Area", "Area code", "Value", "Status", "Source"]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4] ?? null])).toEqual(given.map((c) => [c.metricId, c.period, c.area, c.value ?? c.symbol ?? "x"]));
    expect(rows.slice(1).every((r) => typeof r[6] === "string" && r[6].length > 0)).toBe(true);
  });

  it("holds every figure of the JSON, each number equal to the JSON's and each missing one as c, x or z with its status", () => {
    const periods = json.results.map((r) => figuresOf(r.metrics));
    const families = sheets.filter((s) => !["About", "Definitions", "Comparators"].includes(s.sheet));
    expect(families.map((s) => s.sheet)).toEqual(["Activity", "Timeliness", "Plans", "Looked after", "Outcomes", "Workforce"]);
    const seen = new Set<string>();
    const symbols = new Set<string>();
    let numbers = 0;
    for (const { data } of families) {
      const [header, ...rows] = data;
      expect(header?.slice(4)).toEqual(["2023-24", "2023-24 status", "2024-25", "2024-25 status"]);
      for (const row of rows) {
        const id = String(row[1]);
        seen.add(id);
        periods.forEach((figures, p) => {
          const value = row[4 + 2 * p] ?? null;
          const status = row[5 + 2 * p] ?? null;
          const expected = expectedCell(figures.get(id));
          expect(value, `${id} in period ${String(p)}`).toBe(expected);
          if (typeof expected === "number") {
            numbers++;
            expect(typeof value).toBe("number");
            expect([null, "incomplete-history"]).toContain(status);
          } else {
            symbols.add(expected);
            expect(status).toBe(expected);
          }
        });
      }
    }
    // Nothing lost: every figure of either period is a row.
    const all = new Set(periods.flatMap((f) => [...f.keys()]));
    expect([...all].filter((id) => !seen.has(id))).toEqual([]);
    expect(seen.size).toBe(all.size);
    expect(numbers).toBeGreaterThan(100);
    expect([...symbols].sort()).toEqual(["c", "x", "z"]);
  });

  it("formats counts #,##0 and percentages and rates 0.0, and holds them as numbers", () => {
    const parts = unzipSync(bytes);
    const activity = sheets.find((s) => s.sheet === "Activity")?.data ?? [];
    const formats = numberFormats(parts, "xl/worksheets/sheet2.xml");
    const formatOf = (id: string, column: number): string | undefined => formats.get(`${columnName(column)}${String(activity.findIndex((r) => r[1] === id) + 1)}`);
    expect(formatOf("activity.referrals", 6)).toBe("#,##0");
    expect(formatOf("activity.referral-rate", 6)).toBe("0.0");
    expect(formatOf("activity.re-referral-rate", 6)).toBe("0.0");
    // The "Normal" style, without which openpyxl (pandas read_excel) warns of no default style.
    expect(decode(parts["xl/styles.xml"])).toMatch(/<\/cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"\/><\/cellStyles>/);
    // A number in a cell is a number (no t="s" or t="str"), a symbol a shared string.
    const sheet = decode(parts["xl/worksheets/sheet2.xml"]);
    const referralsRow = activity.findIndex((r) => r[1] === "activity.referrals") + 1;
    expect(sheet).toMatch(new RegExp(`<c r="G${String(referralsRow)}"(?![^>]*\\bt=)[^>]*><v>${String(json.results[1]?.metrics["activity.referrals"]?.value)}</v>`));
  });

  it("defines every metric on the sheets, with its source, and says what the figures are", () => {
    const definitions = sheets.find((s) => s.sheet === "Definitions")?.data ?? [];
    expect(definitions[0]).toEqual(["Metric ID", "Metric", "Family", "Unit", "Counting unit", "Definition", "Source"]);
    const defined = new Set(definitions.slice(1).map((r) => String(r[0])));
    const onSheets = sheets.filter((s) => !["About", "Definitions", "Comparators"].includes(s.sheet)).flatMap((s) => s.data.slice(1).map((r) => String(r[1]).split("/")[0] ?? ""));
    expect([...new Set(onSheets)].filter((id) => !defined.has(id))).toEqual([]);
    expect(definitions.slice(1).every((r) => typeof r[5] === "string" && r[5] !== "" && typeof r[6] === "string" && r[6] !== "")).toBe(true);
    const about = new Map((sheets.find((s) => s.sheet === "About")?.data ?? []).map((r) => [String(r[0]), String(r[1])]));
    expect(about.get("Local authority")).toBe("Anytown (999)");
    expect(about.get("Population")).toBe("3,000 children aged 0 to 17 (ONS mid-2024).");
    expect(about.get("Disclosure control")).toContain("Counts from 1 to 5");
    expect(about.get("Periods")).toBe("2023-24 (2023-04-01 to 2024-03-31, snapshot 2024-03-31); 2024-25 (2024-04-01 to 2025-03-31, snapshot 2025-03-31)");
    expect(about.get("Written by")).toContain("kinsafe 0.0.0-test");
    // The findings counted as the JSON lists them.
    const count = (severity: string): number => json.findings.filter((f) => f.severity === severity).length;
    const [errors, warnings, info] = [count("error"), count("warning"), count("info")];
    expect(about.get("Findings")).toBe(`${String(errors)} error${errors === 1 ? "" : "s"}, ${String(warnings)} warning${warnings === 1 ? "" : "s"}, ${String(info)} info from reading the inputs (printed by kinsafe metrics; all of them in --format json).`);
    expect(about.get("Input")).toBe(`r.jsonl (kinsafe child records (JSON Lines), ${records.length.toLocaleString("en-GB")} records)`);
  });

  it("writes the same bytes for the same inputs, with no author, no clock time and every part dated 1 January 1980", async () => {
    const again = await run(["metrics", ...args, "--format", "xlsx", "--out", "again.xlsx", "--title", "Core data set", "--authority", "Anytown", "--authority-code", "999", "-q"], dir);
    expect(again.code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, "again.xlsx")), Buffer.from(bytes))).toBe(0);
    // DOS time 00:00:00 is 0; DOS date 1980-01-01 is (0 << 9) | (1 << 5) | 1.
    const times = zipTimes(bytes);
    expect(times.length).toBe(Object.keys(unzipSync(bytes)).length);
    expect(times.every((t) => t.time === 0 && t.date === 0x21)).toBe(true);
    const names = Object.keys(unzipSync(bytes));
    expect(names.filter((n) => n.startsWith("docProps/"))).toEqual([]);
    const xml = Object.values(unzipSync(bytes)).map(decode).join("");
    expect(xml).not.toMatch(/dc:creator|cp:lastModifiedBy|dcterms:created|dcterms:modified/);
  });

  it("refuses without --out or over an input, and leaves nothing behind when the file cannot be written", async () => {
    const none = await run(["metrics", ...args, "--format", "xlsx"], dir);
    expect(none.code).toBe(2);
    expect(none.err).toBe("kinsafe metrics: --format xlsx needs --out FILE: a workbook is a binary file, not text for a terminal.\n");
    expect(none.out).toBe("");
    const over = await run(["metrics", ...args, "--format", "xlsx", "--out", "r.jsonl"], dir);
    expect(over.code).toBe(2);
    expect(over.err).toContain("refusing to write there");
    expect(readFileSync(join(dir, "r.jsonl"), "utf8").startsWith("{")).toBe(true);
    // A file that cannot be written: exit 3, and nothing left behind.
    writeFileSync(join(dir, "plain"), "a file, not a directory");
    const blocked = await run(["metrics", ...args, "--format", "xlsx", "--out", "plain/cds.xlsx"], dir);
    expect(blocked.code).toBe(3);
    expect(blocked.err).toMatch(/^kinsafe metrics: plain: cannot create the directory: /);
    expect(readFileSync(join(dir, "plain"), "utf8")).toBe("a file, not a directory");
    expect(readdirSync(dir).filter((f) => f !== "again.xlsx" && (f.includes(".tmp") || f.endsWith(".xlsx")))).toEqual([]);
    // Bytes never go to the terminal, whoever asks.
    await expect(writeOutput(memoryIo(dir), { files: [] }, undefined, new Uint8Array([80, 75]))).rejects.toThrow("a binary file is not written to the terminal");
  });
});

describe("the built command", () => {
  it("loads the workbook's writer only for --format xlsx (a chunk of its own), and writes the file", async () => {
    const cli = await buildCli();
    const outDir = join(cli, "..");
    // The writer's code (the part names it writes) is in a chunk of its own, which cli.js does
    // not import statically (only with import()), so no other run of the command loads it.
    const holding = readdirSync(outDir).filter((f) => f.endsWith(".js") && readFileSync(join(outDir, f), "utf8").includes("xl/sharedStrings.xml"));
    expect(holding).toHaveLength(1);
    const [chunk = ""] = holding;
    expect(chunk).not.toBe("cli.js");
    const source = readFileSync(cli, "utf8");
    // Every file cli.js loads before it runs: its static imports, and theirs.
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      const text = readFileSync(join(outDir, file), "utf8");
      for (const m of text.matchAll(/^import\b[^;]*?["']\.\/([^"']+)["']/gm)) visit(m[1] ?? "");
    };
    visit("cli.js");
    expect(loaded.size).toBeGreaterThan(1);
    expect(loaded).not.toContain(chunk);
    expect(source).toMatch(new RegExp(`import\\(["']\\./${chunk.replace(/[.-]/g, "\\$&")}["']\\)`));
    // …and the built bin writes a workbook that reads back.
    const dir = tempDir();
    writeFileSync(join(dir, "r.jsonl"), generateSyntheticAuthority({ seed: 3, children0to17: 500, years: 1, endYear: 2025 }).map((x) => JSON.stringify(x)).join("\n"));
    const r = spawnCli(cli, ["metrics", "r.jsonl", "--period", "2025", "--format", "xlsx", "--out", "cds.xlsx", "-q"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const sheets = await readXlsxFile(join(dir, "cds.xlsx"));
    expect(sheets.map((s) => s.sheet)).toContain("Definitions");
  }, 120_000);
});
