// Outputs never replace inputs, are written owner-only and all-or-nothing, and a write error is
// exit code 3 with the file and the reason.
import { chmodSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/CliIo";
import { assertNotAnInput, createOutputBatch, resolveInputIdentities, withOutputBatch } from "../../src/cli/safeOutput";
import { memoryIo, tempDir } from "./helpers";

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
