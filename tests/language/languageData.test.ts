import { describe, expect, it } from "vitest";
import { DEFAULT_JARGON_TERMS, type JargonTerm } from "../../src/language";

describe("the jargon list is data", () => {
  it("gives every term its forms, a plain alternative, a reason and a kind", () => {
    // #region jargon-data
    const dv = DEFAULT_JARGON_TERMS.find((t) => t.term === "domestic violence");
    // dv.acronyms: ["DV", "DA", "DVA"]; dv.plain: "say who did what to whom: …"
    const local: JargonTerm[] = [...DEFAULT_JARGON_TERMS, { term: "FGC", forms: [], acronyms: ["FGC"], plain: "write family group conference", why: "An acronym.", kind: "vague" }];
    // #endregion jargon-data
    expect(dv?.acronyms).toEqual(["DV", "DA", "DVA"]);
    expect(local).toHaveLength(DEFAULT_JARGON_TERMS.length + 1);
    for (const t of DEFAULT_JARGON_TERMS) {
      expect(t.forms.length + (t.acronyms ?? []).length).toBeGreaterThan(0);
      expect(t.plain.trim()).not.toBe("");
      expect(t.why.trim()).not.toBe("");
    }
    expect(new Set(DEFAULT_JARGON_TERMS.map((t) => t.term)).size).toBe(DEFAULT_JARGON_TERMS.length);
  });

  it("covers the labels a practice lead named", () => {
    const all = DEFAULT_JARGON_TERMS.flatMap((t) => [...t.forms, ...(t.acronyms ?? [])].map((f) => f.toLowerCase()));
    for (const f of ["dv", "mh", "la", "neet", "parenting capacity", "significant harm", "engage", "engaging", "engagement", "insight", "exposed to", "concerned", "presents as", "cooperative", "protective factors", "parental conflict", "emotional harm"]) {
      expect(all).toContain(f);
    }
  });
});
