import { describe, expect, it } from "vitest";
import { createProgress, progressLine } from "../../src/cli/progress";
import { memoryIo } from "./helpers";

describe("the progress bar", () => {
  it("draws on a terminal, throttled, and clears itself", () => {
    const io = memoryIo(process.cwd(), { stderrIsTty: true });
    const progress = createProgress(io, 4 * 1_048_576, true);
    progress.label("cin_2025.xml");
    for (let i = 0; i < 4; i++) progress.advance(1_048_576);
    progress.done();
    const err = io.err();
    expect(err).toContain("\r\x1b[K[##########..........]  50%  2.0 MB of 4.0 MB  cin_2025.xml");
    expect(err.endsWith("\r\x1b[K")).toBe(true);
  });

  it("draws nothing when disabled (stderr is not a terminal, or --quiet)", () => {
    const io = memoryIo(process.cwd());
    const progress = createProgress(io, 100, false);
    progress.label("x");
    progress.advance(50);
    progress.done();
    expect(io.err()).toBe("");
  });

  it("fits the terminal's width", () => {
    expect(progressLine(1, 2, "a-very-long-file-name.xml", 30)).toHaveLength(29);
    expect(progressLine(0, 0, "x", 80)).toContain("  0%");
  });
});
