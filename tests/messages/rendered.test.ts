// What a practitioner reads: every finding the checks return on a rich case, the bottom-line
// report and the readiness to step down, rendered (1) with names, showing none of the case's
// ids, and (2) with a pseudo-locale catalogue, showing no English left in any sentence.
import { describe, expect, it } from "vitest";
import { checkAssessmentMap } from "../../src/assessment";
import { evaluateBottomLines, formatBottomLineReport } from "../../src/bottom-lines";
import type { CaseFile } from "../../src/case-file";
import { checkChildVoice } from "../../src/child-voice";
import type { Finding } from "../../src/core";
import { en, formatFinding } from "../../src/findings";
import { createNameResolver, type MessageCatalogue, type NameResolver } from "../../src/messages";
import { checkNetwork } from "../../src/network";
import { checkSafetyPlan, formatReadiness, readinessToStepDown } from "../../src/safety-plan";
import { asOf, seenAlone, workedCase } from "../bottom-lines/fixtures";

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- the gaps are written into a JSON copy of the case */
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The worked case, and the same case with gaps a worker would be told about. */
function cases(): CaseFile[] {
  const gaps = structuredClone(workedCase()) as Json;
  const plan = gaps.plans[gaps.plans.length - 1];
  plan.rules[0].triggers = [];
  delete plan.rules[0].ifBroken;
  delete plan.rules[0].childVersion;
  plan.rules[1].monitors = [];
  plan.rules[1].agreedBy = [];
  plan.rules[2].responsibleIds = [];
  plan.rules[3].dangerIds = [];
  gaps.network.members[1].willingness = "unsure";
  gaps.network.members[2].willingness = "not-asked";
  gaps.network.informing = [];
  const map = gaps.maps[gaps.maps.length - 1];
  delete map.goals[0].sustainFor;
  map.dangers[0].worriedParties = [];
  map.dangers[0].disputedBy = ["kerry"];
  return [workedCase(), gaps as CaseFile];
}

interface Rendered {
  readonly caseFile: CaseFile;
  readonly findings: readonly Finding[];
  /** The texts; with `evidence`, also the bottom-line report with its evidence (which shows monitoring records', maps' and plans' ids). */
  readonly texts: (options: { readonly catalogue?: MessageCatalogue; readonly names?: NameResolver; readonly evidence?: boolean }) => string[];
}

function render(caseFile: CaseFile): Rendered {
  const map = caseFile.maps[caseFile.maps.length - 1]!;
  const plan = caseFile.plans[caseFile.plans.length - 1]!;
  const children = map.childIds.map((childId) => ({ childId }));
  const report = evaluateBottomLines(caseFile, caseFile.bottomLines, { asOf, customPredicates: { "seen-alone": seenAlone } });
  const readiness = readinessToStepDown(plan, map, caseFile.monitoring, { asOf, network: caseFile.network!, people: caseFile.people, bottomLines: report, childVoice: caseFile.childVoice });
  const findings = [
    ...checkAssessmentMap(map, { asOf, childVoiceRecords: caseFile.childVoice, children }),
    ...caseFile.childVoice.flatMap((r) => checkChildVoice(r)),
    ...checkNetwork(caseFile.network, map, { people: caseFile.people, asOf, plan }),
    ...checkSafetyPlan(plan),
    ...report.findings,
    // The host's own custom predicate's codes are the host's to word.
    ...report.results.flatMap((r) => r.findings).filter((f) => !f.code.startsWith("host/")),
  ];
  const ownReport = { ...report, results: report.results.map((r) => ({ ...r, findings: r.findings.filter((f) => !f.code.startsWith("host/")) })) };
  const texts = ({ evidence = false, ...options }: { readonly catalogue?: MessageCatalogue; readonly names?: NameResolver; readonly evidence?: boolean }): string[] => [
    ...findings.map((f) => formatFinding(f, options)),
    formatBottomLineReport(ownReport, { ...options, evidence: false }),
    formatReadiness(readiness, options),
    // The evidence as it is by default; the host's custom predicate's own evidence keys are the host's to word.
    ...(evidence ? [formatBottomLineReport({ ...ownReport, results: ownReport.results.filter((r) => r.kind !== "custom") }, options)] : []),
  ];
  return { caseFile, findings, texts };
}

/** Every id of a case file: the values of `id`, `…Id` and `…Ids` properties, at any depth. */
function idsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsOf(v, out);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if ((k === "id" || k.endsWith("Id")) && typeof v === "string") out.add(v);
      else if (k.endsWith("Ids") && Array.isArray(v)) for (const x of v) if (typeof x === "string") out.add(x);
      idsOf(v, out);
    }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const containsId = (text: string, id: string): boolean => new RegExp(`(^|[^\\w-])${escape(id)}($|[^\\w-])`).test(text);

describe("rendered with a name resolver", () => {
  const rendered = cases().map(render);

  it("covers many codes of every concept", () => {
    const codes = new Set(rendered.flatMap((r) => r.findings.map((f) => f.code)));
    for (const prefix of ["assessment/", "network/", "safety-plan/", "bottom-lines/"]) expect([...codes].filter((c) => c.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
    expect(codes.size).toBeGreaterThanOrEqual(20);
  });

  it("shows none of the case's ids, for every finding code the checks produce, the report and the readiness", () => {
    for (const { caseFile, findings, texts } of rendered) {
      const ids = [...idsOf(caseFile)];
      expect(ids).toEqual(expect.arrayContaining(["amy", "gran-pat", "r-contact", "m-breach", "map-1", "plan-1"]));
      const names = createNameResolver(caseFile);
      const all = texts({ names });
      all.forEach((text, i) => {
        const leaked = ids.filter((id) => containsId(text, id));
        expect(leaked, `${findings[i]?.code ?? (i === findings.length ? "bottom-line report" : "readiness")}: ${text}`).toEqual([]);
      });
      // Without names, the same texts do show ids: the check above can fail.
      expect(texts({}).some((text) => ids.some((id) => containsId(text, id)))).toBe(true);
    }
  });

  it("writes the people's names where the ids were", () => {
    const { caseFile, texts } = rendered[1]!;
    const all = texts({ names: createNameResolver(caseFile) }).join("\n");
    expect(all).toMatch(/Auntie Jo|Gran \(Pat\)|Michelle/);
    expect(all).toContain("Rule “");
  });
});

// A pseudo-translation: every letter of a template's own words becomes its fullwidth form
// (a → ａ), placeholders and plural syntax kept; wrapped in ⟦ ⟧. Any ASCII word left in what is
// rendered with it must then come from the case (a name, a statement, a date, a code), not from
// kinsafe's English.
function pseudo(template: string): string {
  return `⟦${pseudoWords(template)}⟧`;
}

function pseudoWords(template: string): string {
  const letters = (s: string): string => s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0));
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i] ?? "";
    if (ch !== "{") {
      out += ch === "#" ? ch : letters(ch);
      i++;
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < template.length; j++) {
      if (template[j] === "{") depth++;
      else if (template[j] === "}" && --depth === 0) break;
    }
    const inner = template.slice(i + 1, j);
    const plural = /^(\s*\w+\s*,\s*plural\s*,)([\s\S]*)$/.exec(inner);
    if (plural === null) out += `{${inner}}`;
    else out += `{${plural[1] ?? ""}${(plural[2] ?? "").replace(/(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g, (_w, sel: string, body: string) => `${sel} {${pseudoWords(body)}}`)}}`;
    i = j + 1;
  }
  return out;
}

const pseudoLocale: MessageCatalogue = { locale: "en-XA", messages: Object.fromEntries(Object.entries(en.messages).map(([k, v]) => [k, pseudo(v ?? "")])) };

/** The ASCII words of a text. */
const words = (text: string): string[] => text.match(/[A-Za-z]{2,}/g) ?? [];

describe("rendered with a pseudo-locale catalogue", () => {
  const rendered = cases().map(render);

  it("pseudo-translates every key of the English catalogue, keeping its placeholders", () => {
    expect(Object.keys(pseudoLocale.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(pseudo("{count, plural, one {# view of {name}} other {# views}} left")).toBe("⟦{count, plural, one {# ｖｉｅｗ ｏｆ {name}} other {# ｖｉｅｗｓ}} ｌｅｆｔ⟧");
  });

  it("leaves no English word in any finding, the bottom-line report (with and without its evidence) or the readiness text", () => {
    for (const { caseFile, findings, texts } of rendered) {
      const names = createNameResolver(caseFile);
      // What may appear: the case's own words and values, the findings' and resolver's values.
      const values = new Set<string>(words(JSON.stringify(caseFile)));
      for (const f of findings) {
        for (const v of Object.values(f.params ?? {})) {
          for (const w of words(String(v))) values.add(w);
          for (const method of ["person", "rule", "danger", "goal", "bottomLine", "house", "heading"] as const) for (const w of words(names[method](String(v)))) values.add(w);
        }
      }
      const english = (text: string): string[] => words(text).filter((w) => !values.has(w));
      for (const text of texts({ catalogue: pseudoLocale, names, evidence: true })) expect(english(text), text).toEqual([]);
      // The same texts in English do have words of their own: the check can fail.
      const inEnglish = texts({ names, evidence: true }).flatMap(english);
      expect(inEnglish).toEqual(expect.arrayContaining(["MET", "Read", "Met", "Evidence", "Rules", "Safe", "adults"]));
    }
  });
});
