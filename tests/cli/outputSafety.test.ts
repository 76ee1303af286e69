// Outputs never replace inputs, are written owner-only and all-or-nothing, and a write error is
// exit code 3 with the file and the reason.
import { chmodSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/CliIo";
import { runCli } from "../../src/cli/runCli";
import { assertNotAnInput, createOutputBatch, resolveInputIdentities, withOutputBatch, writeErrorReason } from "../../src/cli/safeOutput";
import { FIXTURES, memoryIo, tempDir } from "./helpers";

function workspace(): { dir: string; io: ReturnType<typeof memoryIo> } {
  const dir = tempDir();
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "cin.xml"), "<Message/>\n");
  writeFileSync(join(dir, "data", "episodes.csv"), "CHILD,DECOM\n1,01/04/2024\n");
  return { dir, io: memoryIo(dir) };
}

async function refusal(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("assertNotAnInput", () => {
  it("refuses an output that is an input, whatever the spelling", async () => {
    const { dir, io } = workspace();
    // #region not-an-input
    const inputs = await resolveInputIdentities(io, ["data/cin.xml", "data/episodes.csv"]);
    await assertNotAnInput(io, inputs, "out/report.html"); // fine
    // assertNotAnInput(io, inputs, "data/../data/cin.xml") throws: exit code 2, naming both files
    // #endregion not-an-input
    symlinkSync(join(dir, "data"), join(dir, "linkdir"));
    linkSync(join(dir, "data", "cin.xml"), join(dir, "hard.xml"));
    symlinkSync(join(dir, "data", "episodes.csv"), join(dir, "link.csv"));
    for (const spelling of ["data/../data/cin.xml", "./data//cin.xml", join(dir, "data", "cin.xml"), "linkdir/cin.xml", "linkdir/../data/episodes.csv", "hard.xml", "link.csv"]) {
      const error = await refusal(assertNotAnInput(io, inputs, spelling));
      expect(error.exitCode, spelling).toBe(2);
      expect(error.message).toContain(spelling);
      expect(error.message).toMatch(/data\/(cin\.xml|episodes\.csv)/);
    }
    await assertNotAnInput(io, inputs, "data/other.xml");
    await assertNotAnInput(io, inputs, "linkdir/new/cin.xml");
  });

  it("catches a case-changed spelling by device and inode (a hard link stands for the other case here)", async () => {
    const { dir, io } = workspace();
    linkSync(join(dir, "data", "cin.xml"), join(dir, "data", "CIN.XML"));
    const inputs = await resolveInputIdentities(io, ["data/cin.xml"]);
    expect((await refusal(assertNotAnInput(io, inputs, "data/CIN.XML"))).exitCode).toBe(2);
  });
});

describe("createOutputBatch", () => {
  it("writes owner-only files under temporary names and renames them only on commit", async () => {
    const { dir, io } = workspace();
    // #region output-batch
    const inputs = await resolveInputIdentities(io, ["data/cin.xml"]);
    const written = await withOutputBatch(io, inputs, async (batch) => [
      await batch.write("out/tables/a.csv", "a\n1\n"),
      await batch.write("out/tables/b.csv", ["b\n", new TextEncoder().encode("2\n")]), // or any (async) iterable of chunks
    ]);
    // written: the absolute paths; out/ and out/tables/ are 0700, the files 0600
    // #endregion output-batch
    expect(written).toEqual([join(dir, "out/tables/a.csv"), join(dir, "out/tables/b.csv")]);
    expect(readFileSync(join(dir, "out/tables/b.csv"), "utf8")).toBe("b\n2\n");
    expect(statSync(join(dir, "out/tables/a.csv")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "out")).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, "out/tables")).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, "out/tables")).sort()).toEqual(["a.csv", "b.csv"]);

    const batch = createOutputBatch(io, inputs);
    await batch.write("out/c.csv", "c\n");
    expect(readdirSync(join(dir, "out")).filter((f) => f.includes("c.csv"))).toHaveLength(1);
    expect(readdirSync(join(dir, "out"))).not.toContain("c.csv");
    await batch.commit();
    expect(readFileSync(join(dir, "out/c.csv"), "utf8")).toBe("c\n");
  });

  it("leaves nothing behind when aborted or when the content fails, and passes the content's error on", async () => {
    const { dir, io } = workspace();
    const inputs = await resolveInputIdentities(io, ["data/cin.xml"]);
    const boom = new CliError(3, "data/cin.xml:3:1: broken");
    const error = await refusal(
      withOutputBatch(io, inputs, async (batch) => {
        await batch.write("new/dir/a.csv", "a\n");
        await batch.write(
          "new/dir/b.csv",
          (function* () {
            yield "half";
            throw boom;
          })(),
        );
      }),
    );
    expect(error).toBe(boom);
    expect(readdirSync(dir).sort()).toEqual(["data"]);
  });

  it("refuses an input before opening anything, and two outputs to one file", async () => {
    const { dir, io } = workspace();
    const inputs = await resolveInputIdentities(io, ["data/cin.xml"]);
    const batch = createOutputBatch(io, inputs);
    expect((await refusal(batch.write("data/../data/cin.xml", "x"))).exitCode).toBe(2);
    expect(readFileSync(join(dir, "data", "cin.xml"), "utf8")).toBe("<Message/>\n");
    await batch.write("out/a.csv", "1");
    expect((await refusal(batch.write("out/../out/a.csv", "2"))).message).toMatch(/same file/);
    await batch.abort();
    expect(readdirSync(dir).sort()).toEqual(["data"]);
  });

  it("says what went wrong in words, with the system's code", () => {
    // #region write-error-reason
    writeErrorReason(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })); // "no space left on the device (ENOSPC)"
    // #endregion write-error-reason
    const reason = (code: string): string => writeErrorReason(Object.assign(new Error(`${code}: at /some/path`), { code }));
    expect(reason("ENOSPC")).toBe("no space left on the device (ENOSPC)");
    expect(reason("EACCES")).toBe("permission denied (EACCES)");
    expect(reason("EROFS")).toBe("the file system is read-only (EROFS)");
    expect(reason("EWHATEVER")).toBe("EWHATEVER");
    expect(writeErrorReason(new Error("plain"))).toBe("plain");
  });

  it("turns write errors into exit code 3 with the name and the reason in words", async () => {
    const { dir, io } = workspace();
    const inputs = await resolveInputIdentities(io, []);
    mkdirSync(join(dir, "out", "a.csv"), { recursive: true });
    const isDir = await refusal(createOutputBatch(io, inputs).write("out/a.csv", "x"));
    expect(isDir.exitCode).toBe(3);
    expect(isDir.message).toBe("out/a.csv: cannot write: it is a directory (EISDIR).");
    writeFileSync(join(dir, "plain"), "");
    const notDir = await refusal(createOutputBatch(io, inputs).write("plain/a.csv", "x"));
    expect(notDir.exitCode).toBe(3);
    expect(notDir.message).toBe("plain: cannot create the directory: a file of that name is in the way (EEXIST).");
    const deeper = await refusal(createOutputBatch(io, inputs).write("plain/sub/a.csv", "x"));
    expect(deeper.exitCode).toBe(3);
    expect(deeper.message).toBe("plain/sub: cannot create the directory: a part of the path is not a directory (ENOTDIR).");
    if (process.getuid?.() !== 0) {
      mkdirSync(join(dir, "locked"));
      chmodSync(join(dir, "locked"), 0o500);
      const denied = await refusal(createOutputBatch(io, inputs).write("locked/a.csv", "x"));
      expect(denied.exitCode).toBe(3);
      expect(denied.message).toBe("locked/a.csv: cannot write: permission denied (EACCES).");
    }
    expect(readdirSync(join(dir, "out", "a.csv"))).toEqual([]);
  });
});

// The command itself: every command that writes files refuses to replace an input, before it
// reads anything, and writes owner-only and all-or-nothing.
describe("kinsafe with --out", () => {
  function returns(): { dir: string; run: (args: readonly string[]) => Promise<{ code: number; err: string }> } {
    const dir = tempDir();
    mkdirSync(join(dir, "data"));
    for (const f of ["header.csv", "episodes.csv"]) writeFileSync(join(dir, "data", f), readFileSync(join(FIXTURES, "csc-validator-be-903", f)));
    writeFileSync(join(dir, "data", "cin.xml"), readFileSync(join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml")));
    return {
      dir,
      run: async (args) => {
        const io = memoryIo(dir);
        const code = await runCli(args, io);
        return { code, err: io.err() };
      },
    };
  }

  function unchanged(dir: string): void {
    for (const f of ["header.csv", "episodes.csv"]) expect(readFileSync(join(dir, "data", f)).equals(readFileSync(join(FIXTURES, "csc-validator-be-903", f))), f).toBe(true);
    expect(readFileSync(join(dir, "data", "cin.xml")).equals(readFileSync(join(FIXTURES, "csc-validator-be-cin/CIN_Census_2024.xml")))).toBe(true);
  }

  it("tables: refuses a directory holding an input of the same name as a table, and writes nothing", async () => {
    const { dir, run } = returns();
    const before = readdirSync(join(dir, "data")).sort();
    const r = await run(["tables", "data/header.csv", "data/episodes.csv", "--out", "data"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("kinsafe tables: data/episodes.csv: refusing to write there: it is the input data/episodes.csv. Write the output somewhere else.\n");
    unchanged(dir);
    expect(readdirSync(join(dir, "data")).sort()).toEqual(before);
  });

  it("tables: refuses a symbolic link to the inputs' directory", async () => {
    const { dir, run } = returns();
    symlinkSync(join(dir, "data"), join(dir, "linkdir"));
    const r = await run(["tables", "data/header.csv", "data/episodes.csv", "--out", "linkdir"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("linkdir/episodes.csv: refusing to write there: it is the input data/episodes.csv.");
    unchanged(dir);
  });

  it("metrics: refuses --out that is an input, however it is spelt", async () => {
    const { dir, run } = returns();
    symlinkSync(join(dir, "data"), join(dir, "linkdir"));
    mkdirSync(join(dir, "other"));
    symlinkSync(join(dir, "data"), join(dir, "other", "up"));
    // A hard link stands for a case-changed spelling on a case-insensitive file system: the same file under another name.
    linkSync(join(dir, "data", "cin.xml"), join(dir, "CIN.XML"));
    symlinkSync(join(dir, "data", "cin.xml"), join(dir, "report.html"));
    for (const out of ["data/cin.xml", "./data/../data/cin.xml", join(dir, "data/cin.xml"), "linkdir/cin.xml", "other/up/../up/cin.xml", "CIN.XML", "report.html"]) {
      const r = await run(["metrics", "data/cin.xml", "--out", out, "--format", "html"]);
      expect(r.code, out).toBe(2);
      expect(r.err, out).toMatch(/refusing to write there: it (is|is a symbolic link to|would replace) the input data\/cin\.xml\./);
      unchanged(dir);
    }
  });

  it("writes owner-only files (0600) in owner-only directories (0700) it creates", async () => {
    const { dir, run } = returns();
    expect((await run(["tables", "data/header.csv", "data/episodes.csv", "--out", "out/tables", "-q"])).code).toBe(0);
    expect((await run(["metrics", "data/cin.xml", "--out", "report/cds.html", "--format", "html", "-q"])).code).toBe(0);
    expect((await run(["synth", "--children", "200", "--out", "synth", "-q"])).code).toBe(0);
    expect((await run(["demo", "--children", "200", "--years", "1", "--out", "demo", "-q"])).code).toBe(0);
    for (const d of ["out", "out/tables", "report", "synth", "demo"]) expect(statSync(join(dir, d)).mode & 0o777, d).toBe(0o700);
    const files = [...readdirSync(join(dir, "out/tables")).map((f) => `out/tables/${f}`), "report/cds.html", "synth/records.jsonl", "demo/report.html", "demo/core-data-set.json"];
    expect(files).toHaveLength(22);
    for (const f of files) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    expect(readdirSync(join(dir, "out/tables")).filter((f) => !f.endsWith(".csv"))).toEqual([]);
  });

  it("leaves no table behind when reading fails part-way", async () => {
    const { dir, run } = returns();
    writeFileSync(join(dir, "data", "broken.xml"), readFileSync(join(dir, "data", "cin.xml"), "utf8").replace("</Children>", "<Child><ChildIdentifiers><LAchildID>X</LAchildID></Child>"));
    const r = await run(["tables", "data/cin.xml", "data/broken.xml", "--out", "out"]);
    expect(r.code).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(["data"]);
  });

  it("a write error is exit code 3 with the file and the reason, and leaves nothing behind", async () => {
    const { dir, run } = returns();
    mkdirSync(join(dir, "out", "episodes.csv"), { recursive: true });
    const isDir = await run(["tables", "data/header.csv", "data/episodes.csv", "--out", "out"]);
    expect(isDir.code).toBe(3);
    expect(isDir.err).toBe("kinsafe tables: out/episodes.csv: cannot write: it is a directory (EISDIR).\n");
    expect(readdirSync(join(dir, "out"))).toEqual(["episodes.csv"]);

    writeFileSync(join(dir, "plain"), "");
    const notDir = await run(["metrics", "data/cin.xml", "--out", "plain/sub/report.html", "--format", "html"]);
    expect(notDir.code).toBe(3);
    expect(notDir.err).toBe("kinsafe metrics: plain/sub: cannot create the directory: a part of the path is not a directory (ENOTDIR).\n");

    const synth = await run(["synth", "--children", "200", "--out", "plain"]);
    expect(synth.code).toBe(3);
    expect(synth.err).toBe("kinsafe synth: plain: cannot create the directory: a file of that name is in the way (EEXIST).\n");
    expect(readFileSync(join(dir, "plain"), "utf8")).toBe("");

    if (process.getuid?.() !== 0) {
      // Root may write anywhere: the read-only directory shows EACCES only to other users.
      mkdirSync(join(dir, "locked"), { mode: 0o500 });
      const denied = await run(["tables", "data/header.csv", "data/episodes.csv", "--out", "locked"]);
      expect(denied.code).toBe(3);
      expect(denied.err).toBe("kinsafe tables: locked/children.csv: cannot write: permission denied (EACCES).\n");
    }
  });
});

describe("an error inside kinsafe", () => {
  it("is one line and exit code 70, with the stack trace only when asked for", async () => {
    const failing = { stdout: () => { throw new TypeError("stdout went away\x1b[2J"); } };
    const io = memoryIo(process.cwd(), failing);
    expect(await runCli(["--version"], io)).toBe(70);
    expect(io.err()).toBe("kinsafe: internal error: TypeError: stdout went away\\x1b[2J\nThis is a bug in kinsafe; set KINSAFE_DEBUG=1 to see where it happened.\n");
    const debug = memoryIo(process.cwd(), { ...failing, debug: true });
    expect(await runCli(["--version"], debug)).toBe(70);
    expect(debug.err()).toMatch(/^kinsafe: internal error: TypeError: stdout went away\\x1b\[2J\nTypeError: stdout went away\\x1b\[2J\n {4}at /);
  });
});
