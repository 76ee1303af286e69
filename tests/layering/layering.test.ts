// The layering of src/: the folders import one another without cycles, and a folder imports
// another only through its index. Folders are the top-level folders of src/, and each folder of
// src/interop/ (a statutory format, or their shared internals).
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "..", "src");

/**
 * How a folder is entered from another: `index.ts`, its public face, or `internal.ts`, what it
 * offers the other folders of src/ and not the package (the immer recipes the case file shares,
 * the readers' tables the command line uses).
 */
const DOORS = ["index.ts", "internal.ts"];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

/** The folder a file belongs to: `assessment`, `interop/cin-census`, or `.` for src/index.ts. */
export function folderOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  if (parts.length === 1) return ".";
  if (parts[0] === "interop" && parts.length > 2) return `interop/${parts[1] ?? ""}`;
  return parts[0] ?? ".";
}

function resolve(from: string, spec: string): string {
  const target = join(dirname(from), spec);
  if (existsSync(`${target}.ts`)) return `${target}.ts`;
  if (existsSync(target) && statSync(target).isDirectory()) return join(target, "index.ts");
  return target;
}

/** Every relative import and re-export of a source text, type-only ones included. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;"']*?(?:from\s*)?["'](\.[^"']*)["']/gm)) out.push(m[1] ?? "");
  for (const m of text.matchAll(/\bimport\(\s*["'](\.[^"']*)["']\s*\)/g)) out.push(m[1] ?? "");
  return out;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  readonly target: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of files(SRC)) {
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      const target = resolve(file, spec);
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) out.push({ from, to, file: relative(SRC, file), target: relative(SRC, target) });
    }
  }
  return out;
}

/** The cycles of a directed graph, one per strongly connected component with more than one node. */
export function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) ?? 0, idx.get(w) ?? 0));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          on.delete(w);
          component.push(w);
        }
      } while (w !== undefined && w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe("the layering of src/", () => {
  const all = edges();

  it("has no import cycles between folders (type-only imports included)", () => {
    const graph = new Map<string, Set<string>>();
    for (const e of all) graph.set(e.from, (graph.get(e.from) ?? new Set()).add(e.to));
    expect(cycles(graph)).toEqual([]);
  });

  it("imports another folder only through its index (or its internal door)", () => {
    const deep = all.filter((e) => e.to !== "." && !DOORS.some((door) => e.target === join(...e.to.split("/"), door))).map((e) => `${e.file} -> ${e.target}`);
    expect(deep).toEqual([]);
  });

  it("keeps family documents, the statutory formats and the command on top: nothing in the domain imports them", () => {
    const top = (folder: string): boolean => folder === "documents" || folder === "cli" || folder.startsWith("interop");
    // src/findings names every finding code (type-only), those of the top folders too.
    const up = all.filter((e) => top(e.to) && !top(e.from) && e.from !== "findings").map((e) => `${e.file} -> ${e.target}`);
    expect(up).toEqual([]);
    expect(all.some((e) => e.from === "documents" && e.to === "bottom-lines")).toBe(true);
  });

  it("keeps src/messages free of the concepts: it imports only core", () => {
    expect([...new Set(all.filter((e) => e.from === "messages").map((e) => e.to))]).toEqual(["core"]);
  });

  it("keeps src/records, the statutory child record, under the domain: it imports only core and calendar", () => {
    const to = [...new Set(all.filter((e) => e.from === "records").map((e) => e.to))];
    expect(to.filter((folder) => folder !== "core" && folder !== "calendar")).toEqual([]);
    expect(to).toContain("core");
    // The domain reaches the record through records, not through the metrics engine (the
    // workforce census reader excepted: the workforce input is the engine's; the comparators, whose
    // metric ids and units are the catalogue's; and the reading of
    // many returns, which dates kinsafe records by the engine's kinds of fact).
    for (const folder of ["metrics", "continuum", "network", "interop/cin-census", "interop/ssda903", "synthetic", "cli"]) expect(all.some((e) => e.from === folder && e.to === "records")).toBe(true);
    const viaMetrics = all.filter((e) => e.to === "metrics" && (["continuum", "network", "synthetic"].includes(e.from) || e.from.startsWith("interop/"))).map((e) => e.file);
    expect(viaMetrics.sort()).toEqual(["interop/comparators/metricUnits.ts", "interop/returns/fileYears.ts", "interop/workforce/WorkforceCensus.ts", "interop/workforce/readWorkforceCensus.ts"]);
  });

  it("keeps the reading of many returns (interop/returns) under the command and over the readers", () => {
    // The command reads through it; no reader, and nothing in the domain, imports it. (Its finding
    // codes are not in src/findings' union: the main entry's types do not depend on Node's.)
    expect(all.some((e) => e.from === "cli" && e.to === "interop/returns")).toBe(true);
    expect([...new Set(all.filter((e) => e.to === "interop/returns").map((e) => e.from))]).toEqual(["cli"]);
    // It reads with the readers of each format and merges with the records' cohort builder.
    for (const folder of ["interop/cin-census", "interop/ssda903", "interop/workforce", "records"]) expect(all.some((e) => e.from === "interop/returns" && e.to === folder)).toBe(true);
    // The command no longer reads files on its own: no worker threads or file parts in src/cli.
    expect(existsSync(join(SRC, "cli", "inputs.ts")) || existsSync(join(SRC, "cli", "readWorker.ts")) || existsSync(join(SRC, "cli", "cinParts.ts"))).toBe(false);
  });

  it("keeps src/metrics, the engine, under the continuum, the statutory formats, the synthetic generator and the command", () => {
    const up = all.filter((e) => e.from === "metrics" && (["continuum", "synthetic", "documents", "cli"].includes(e.to) || e.to.startsWith("interop"))).map((e) => `${e.file} -> ${e.target}`);
    expect(up).toEqual([]);
    // and they build on the record (checked above) and on the engine
    expect(all.some((e) => e.from === "cli" && e.to === "metrics")).toBe(true);
  });

  it("finds a cycle and a deep import when there is one (the check can fail)", () => {
    expect(cycles(new Map([["a", new Set(["b"])], ["b", new Set(["c"])], ["c", new Set(["a"])], ["d", new Set(["a"])]]))).toEqual([["a", "b", "c"]]);
    expect(specifiers('import type { X } from "../assessment/findingCodes";\nexport { y } from "./y";\nconst z = await import("../core");')).toEqual(["../assessment/findingCodes", "./y", "../core"]);
    expect(folderOf(join(SRC, "interop", "cin-census", "readCinCensus.ts"))).toBe("interop/cin-census");
  });
});
