import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChildRecordSchema, safeParseChildRecord, validateChildRecord } from "../../src/records";
import { arbChildRecord, child, episode } from "../metrics/fixtures";

/** Sets a value at a path chosen by `steps` inside a deep copy of `value`. */
function mutate(value: unknown, steps: readonly number[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = copy;
  for (let i = 0; i < steps.length; i++) {
    const keys = Array.isArray(node) ? node.map((_, k) => k) : Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[(steps[i] ?? 0) % keys.length] as string | number;
    const next = (node as Record<string | number, unknown>)[key];
    const last = i === steps.length - 1 || typeof next !== "object" || next === null;
    if (last) {
      if (remove && !Array.isArray(node)) delete (node)[key as string];
      else (node as Record<string | number, unknown>)[key] = replacement;
      break;
    }
    node = next as Record<string, unknown>;
  }
  return copy;
}

const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom("2024-02-30", "2023-02-29", "2024-13-01", "2024-1-01", "", " x", "x ", "NEG", "V3", "RC10", "ZZ", -1, 1.5, Number.NaN, Infinity, 2 ** 53, null, [], {}),
);

describe("validateChildRecord", () => {
  it("accepts a valid record as it is and reports an invalid one with zod's issues", () => {
    // #region docs-example
    const ok = validateChildRecord(child("c-1", { cinEpisodes: [episode("e-1", "2024-05-01")] }));
    // ok.ok === true, and ok.value is the record given (not a copy)
    const bad = validateChildRecord(child("c-2", { cinEpisodes: [episode("e-1", "2024-02-30")] }));
    // bad.ok === false; bad.error.issues[0].path is ["cinEpisodes", 0, "referralDate"]
    // #endregion docs-example
    expect(ok.ok).toBe(true);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.issues[0]?.path).toEqual(["cinEpisodes", 0, "referralDate"]);
  });

  it("agrees with ChildRecordSchema on generated valid records", () => {
    fc.assert(
      fc.property(arbChildRecord(), (r) => {
        expect(ChildRecordSchema.safeParse(r).success).toBe(true);
        expect(validateChildRecord(r).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("agrees with ChildRecordSchema on mutated records, with the same issues", () => {
    fc.assert(
      fc.property(arbChildRecord(), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), junk, fc.boolean(), (r, steps, replacement, remove) => {
        const m = mutate(r, steps, replacement, remove);
        const zod = safeParseChildRecord(m);
        const fast = validateChildRecord(m);
        expect(fast.ok).toBe(zod.ok);
        if (!fast.ok && !zod.ok) expect(fast.error.issues).toEqual(zod.error.issues);
      }),
      { numRuns: 1500 },
    );
  });

  it("rejects what the schema rejects at the edges", () => {
    const base = child("c", { cinEpisodes: [episode("e", "2024-02-29")] });
    expect(validateChildRecord(base).ok).toBe(true);
    for (const bad of [
      { ...base, child: { childId: "c", disabilities: [], upn: "A1234567890" } },
      { ...base, child: { childId: " c", disabilities: [] } },
      { ...base, child: { childId: "c", disabilities: [], la: "2011" } },
      { ...base, cinEpisodes: [episode("e", "2023-02-29")] },
      { ...base, cinEpisodes: [{ ...episode("e", "2024-01-01"), cpPlans: [{ id: "p", startDate: "2024-01-02", initialCategory: "NEG", latestCategory: "NEG", numberOfPreviousCpp: 0.5, reviewDates: [] }] }] },
      [],
      null,
    ]) {
      expect(validateChildRecord(bad).ok).toBe(false);
      expect(ChildRecordSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("decides ids, codes, UPNs and LA codes exactly as the schema (fast paths and their fallbacks)", () => {
    const ids = ["a", "ab", "a b", " a", "a ", "\ta", "a\t", "a\tb", "a\nb", "a\rb", "a\u2028b", "a\u2029b", "\u00a0a", "a\u00a0", "a\u00a0b", "\u00e9", "e\u0301", "\u180e", "\ufeffa", "\u3000", "a\u0001b", "\u0001", "x".repeat(200), "x".repeat(201), ""];
    const codes = ["NEG", "neg", "NE", "NEGX", "N\u00c9G", "", "care-order", "care-orde", "V3", "1A", "10A", "10", "PN7", "CUSTOD", "CUSTO", "\u0000"];
    const candidates: unknown[] = [];
    for (const id of ids) candidates.push(child(id), child("c", { cinEpisodes: [episode(id, "2024-05-01")] }));
    for (const code of codes) {
      candidates.push(child("c", { cinEpisodes: [{ ...episode("e", "2024-05-01"), referralSource: code, closureReason: "RC1" }] }));
      candidates.push(child("c", { cinEpisodes: [{ ...episode("e", "2024-05-01"), cpPlans: [{ id: "p", startDate: "2024-05-02", initialCategory: code, latestCategory: "NEG", numberOfPreviousCpp: 0, reviewDates: [] }] }] }));
      candidates.push(child("c", { careProceedings: [{ id: "p", timetableExtensions: [], finalOrder: code }] }));
      candidates.push({ ...child("c"), child: { childId: "c", disabilities: [code] } });
    }
    for (const upn of ["A12345678901B", "a123456789012", "A1234567890123", "A123456789012", "112345678901B", "A12345678901-", "A1234567890\u0661B"]) candidates.push({ ...child("c"), child: { childId: "c", disabilities: [], upn } });
    for (const la of ["201", "20", "2011", "20a", "\u0662\u0660\u0661"]) candidates.push({ ...child("c"), child: { childId: "c", disabilities: [], la } });
    for (const r of candidates) {
      const zod = safeParseChildRecord(r);
      const fast = validateChildRecord(r);
      expect(fast.ok, JSON.stringify(r)).toBe(zod.ok);
    }
  });
});
