import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { isKinsafeError, KinsafeError } from "../../src/core";
import { ChildVoiceRecordSchema, parseChildVoiceRecord } from "../../src/child-voice";
import { arbChildVoiceRecord, arbChildVoiceRecordInput } from "./arbitraries";
import { safetyHouse, threeHouses, wordsAndPictures, wizardsAndFairies } from "./fixtures";

describe("parseChildVoiceRecord", () => {
  it("shows the documented example", () => {
    // #region docs-example
    const record = parseChildVoiceRecord({
      id: "th-1",
      tool: "three-houses",
      childId: "amy",
      date: "2025-03-01",
      facilitatorId: "worker-1",
      consent: { child: { status: "given", on: "2025-03-01" }, parent: { status: "given", personId: "mum" } },
      sharedWith: [],
      items: [{ id: "w1", section: "worries", text: "When dad shouts I hide", isChildsExactWords: true }],
    });
    record.tool; // "three-houses"
    // #endregion docs-example
    expect(record.tool).toBe("three-houses");
  });

  it("parses every tool", () => {
    for (const record of [threeHouses, wizardsAndFairies, safetyHouse, wordsAndPictures]) {
      expect(parseChildVoiceRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
    }
  });

  it("throws one KinsafeError listing every problem with its path", () => {
    const bad = {
      ...(JSON.parse(JSON.stringify(safetyHouse)) as object),
      date: "2025-02-30",
      pathPosition: 11,
      items: [
        { id: "a", section: "attic", text: "x", isChildsExactWords: true },
        { id: "a", section: "rules", text: "  ", isChildsExactWords: "yes" },
      ],
    };
    let error: unknown;
    try {
      parseChildVoiceRecord(bad);
    } catch (e) {
      error = e;
    }
    expect(isKinsafeError(error)).toBe(true);
    const kinsafe = error as KinsafeError;
    expect(kinsafe.code).toBe("invalid-input");
    expect(kinsafe.message).toMatch(/^\[kinsafe\] Invalid child-voice record: 6 problems\./);
    expect(kinsafe.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([["date"], ["pathPosition"], ["items", 0, "section"], ["items", 1, "text"], ["items", 1, "isChildsExactWords"], ["items", 1, "id"]]),
    );
    expect(kinsafe.issues.find((i) => i.path.join(".") === "items.1.id")?.rule).toBe("reference/duplicate-id");
  });

  it("refuses an unknown tool, repeated page numbers, ids used twice across lists and a self-referencing version", () => {
    expect(() => parseChildVoiceRecord({ ...threeHouses, tool: "four-houses" })).toThrow(KinsafeError);
    const input = JSON.parse(JSON.stringify(wordsAndPictures)) as { pages: { number: number }[]; sharedWith: { id: string }[]; previousVersionId?: string };
    input.pages[1]!.number = 1;
    input.sharedWith[0]!.id = "p1";
    input.previousVersionId = "wp-1";
    try {
      parseChildVoiceRecord(input);
      expect.unreachable();
    } catch (e) {
      const rules = (e as KinsafeError).issues.map((i) => `${i.path.join(".")} ${i.rule}`);
      expect(rules).toEqual(["sharedWith.0.id reference/duplicate-id", "pages.1.number child-voice/duplicate-page-number", "previousVersionId reference/self-reference"]);
    }
  });

  it("refuses input that is not an object", () => {
    expect(() => parseChildVoiceRecord(null)).toThrow(/Invalid child-voice record/);
    expect(() => parseChildVoiceRecord("three-houses")).toThrow(KinsafeError);
  });

  it("does not mutate its input", () => {
    const input = JSON.parse(JSON.stringify(threeHouses)) as object;
    const copy = structuredClone(input);
    parseChildVoiceRecord(Object.freeze(input));
    expect(input).toEqual(copy);
  });
});

describe("properties", () => {
  test.prop([arbChildVoiceRecordInput()])("every generated record parses", (input) => {
    expect(ChildVoiceRecordSchema.safeParse(input).success).toBe(true);
  });

  test.prop([arbChildVoiceRecord()])("survives a JSON round trip unchanged", (record) => {
    expect(parseChildVoiceRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  test.prop([arbChildVoiceRecord(), fc.constantFrom("id", "childId", "date", "consent", "sharedWith")])("refuses a record without a required field", (record, key) => {
    const input = { ...record } as Record<string, unknown>;
    delete input[key];
    expect(() => parseChildVoiceRecord(input)).toThrow(KinsafeError);
  });
});
