import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  applyAssessmentMapChange,
  describeAssessmentMapChanges,
  enMapChanges,
  formatAssessmentMapChange,
  formatAssessmentMapChanges,
  newAssessmentMapVersion,
  parseAssessmentMap,
  reclassifyGreyArea,
  setNextStepStatus,
  type AssessmentMap,
  type AssessmentMapChange,
  type AssessmentMapInput,
} from "../../src/assessment";
import { createNameResolver } from "../../src/messages";
import { arbAssessmentMap, arbText } from "../arbitraries";
import { meta, sampleMap, thrown } from "./fixtures";

/** The sample map with changes (plain JSON), parsed. */
function edit(map: AssessmentMap, change: (json: AssessmentMapInput) => AssessmentMapInput): AssessmentMap {
  return parseAssessmentMap(change(JSON.parse(JSON.stringify(map)) as AssessmentMapInput));
}

/** The sample map at a review, with Priya Shah's and Mum's scores on the scale. */
function scored(values: { priya?: number; mum?: number }, base: AssessmentMap = sampleMap()): AssessmentMap {
  const judgements = [
    ...(values.priya === undefined ? [] : [{ id: `j-priya-${String(base.version)}`, raterId: "p-priya", raterRole: "worker" as const, value: values.priya, on: base.date }]),
    ...(values.mum === undefined ? [] : [{ id: `j-mum-${String(base.version)}`, raterName: "Mum", raterRole: "parent" as const, value: values.mum, on: base.date }]),
  ];
  return edit(base, (m) => ({ ...m, scales: [{ ...m.scales[0]!, question: "How safe is Amy at home?", judgements }] }));
}

const people = [
  { id: "p-priya", name: "Priya Shah" },
  { id: "p-amy", name: "Amy" },
  { id: "p-mum", name: "Mum" },
  { id: "p-dad", name: "Dad" },
  { id: "p-gran", name: "Gran" },
  { id: "p-worker", name: "Sam Okafor" },
  { id: "p-ben", name: "Ben" },
];

/** What a change says, without the words it quotes, for comparing changes across directions. */
function gist(c: AssessmentMapChange): string {
  return JSON.stringify([c.kind, c.column, c.itemId ?? null, c.from ?? null, c.field ?? null, c.before ?? null, c.after ?? null]);
}

/** The change read the other way round: added ↔ removed, before ↔ after, from ↔ column. */
function reversed(c: AssessmentMapChange): AssessmentMapChange {
  const kind = c.kind === "added" ? "removed" : c.kind === "removed" ? "added" : c.kind;
  const out: Record<string, unknown> = { ...c, kind };
  delete out["before"];
  delete out["after"];
  if (c.after !== undefined) out["before"] = c.after;
  if (c.before !== undefined) out["after"] = c.before;
  if (c.kind === "reclassified") {
    out["column"] = c.from;
    out["from"] = c.column;
  }
  return out as unknown as AssessmentMapChange;
}

describe("describeAssessmentMapChanges", () => {
  it("shows the documented example", () => {
    const v1 = scored({ priya: 3 });
    // #region docs-example
    const review = newAssessmentMapVersion(v1, { date: "2025-05-14", nextSteps: "all" });
    const v2 = applyAssessmentMapChange(
      setNextStepStatus(review, "n-1", "done"),
      { type: "add-judgement", scaleId: "sc-1", judgement: { id: "j-2", raterId: "p-priya", value: 5, on: "2025-05-14" } },
      meta,
    ).next;
    const changes = describeAssessmentMapChanges(v1, v2);
    // [
    //   { kind: "removed", column: "participants", itemId: "p-worker" },
    //   { kind: "removed", column: "participants", itemId: "p-mum", words: "Mum" },
    //   { kind: "changed", column: "nextSteps", itemId: "n-1", field: "status", words: "Hold a network meeting", before: "planned", after: "done" },
    //   { kind: "rescaled", column: "scales", itemId: "sc-1", words: "How safe is Amy at home?", about: "Children's Services are worried…", before: 3, after: 5, rater: { id: "p-priya" } },
    // ]
    // #endregion docs-example
    expect(changes).toEqual([
      { kind: "removed", column: "participants", itemId: "p-worker" },
      { kind: "removed", column: "participants", itemId: "p-mum", words: "Mum" },
      { kind: "changed", column: "nextSteps", itemId: "n-1", field: "status", words: "Hold a network meeting", before: "planned", after: "done" },
      { kind: "rescaled", column: "scales", itemId: "sc-1", words: "How safe is Amy at home?", about: v1.dangers[0]!.text, before: 3, after: 5, rater: { id: "p-priya" } },
    ]);
  });

  it("finds no change between a map and itself", () => {
    const map = sampleMap();
    expect(describeAssessmentMapChanges(map, map)).toEqual([]);
    expect(describeAssessmentMapChanges(map, sampleMap())).toEqual([]);
  });

  it("reports added and removed items with their words, in the order of the map", () => {
    const next = edit(sampleMap(), (m) => ({
      ...m,
      strengths: [...m.strengths, { id: "s-2", text: "Gran visits every Sunday", personIds: ["p-gran"], observedBy: [] }],
      complicatingFactors: [],
      harm: [...m.harm, { id: "h-2", text: "Amy was left alone overnight", actorIds: [], childIds: ["p-amy"], status: "alleged", positions: [] }],
    }));
    expect(describeAssessmentMapChanges(sampleMap(), next)).toEqual([
      { kind: "added", column: "harm", itemId: "h-2", words: "Amy was left alone overnight" },
      { kind: "removed", column: "complicatingFactors", itemId: "c-1", words: "The family lives far from Gran" },
      { kind: "added", column: "strengths", itemId: "s-2", words: "Gran visits every Sunday" },
    ]);
  });

  it("reports reworded items with the words before and after, and ignores white space", () => {
    const reworded = edit(sampleMap(), (m) => ({ ...m, dangers: [{ ...m.dangers[0]!, text: "Children's Services are worried Dad may hurt Amy when he has been drinking" }, m.dangers[1]!] }));
    expect(describeAssessmentMapChanges(sampleMap(), reworded)).toEqual([
      {
        kind: "reworded",
        column: "dangers",
        itemId: "d-1",
        field: "text",
        words: "Children's Services are worried Dad may hurt Amy when he has been drinking",
        before: "Children's Services are worried Dad may hit Amy when he has been drinking",
        after: "Children's Services are worried Dad may hurt Amy when he has been drinking",
      },
    ]);
    // Spaces, a line break and a trailing space: the same words.
    const spaced = edit(sampleMap(), (m) => ({
      ...m,
      dangers: [{ ...m.dangers[0]!, text: "  Children's Services are worried   Dad may hit Amy\nwhen he has been drinking " }, m.dangers[1]!],
      greyAreas: [{ ...m.greyAreas[0]!, toFindOut: undefined }],
    }));
    expect(describeAssessmentMapChanges(sampleMap(), spaced)).toEqual([]);
  });

  it("reports a grey area that became a danger statement (same id) as re-classified", () => {
    const next = reclassifyGreyArea(sampleMap(), "a-1", {
      column: "dangers",
      item: { id: "a-1", text: "The school is worried Amy is left alone at weekends", worriedParties: ["School"], actorIds: [], childIds: ["p-amy"], disputedBy: [], positions: [] },
    });
    expect(describeAssessmentMapChanges(sampleMap(), next)).toEqual([
      { kind: "reclassified", column: "dangers", itemId: "a-1", from: "greyAreas", words: "The school is worried Amy is left alone at weekends", before: "Who looks after Amy at weekends", after: "The school is worried Amy is left alone at weekends" },
    ]);
  });

  it("compares safety scales per rater: rescaled, scored for the first time, no score now", () => {
    expect(describeAssessmentMapChanges(scored({ priya: 3, mum: 6 }), scored({ priya: 5, mum: 6 }))).toEqual([
      { kind: "rescaled", column: "scales", itemId: "sc-1", words: "How safe is Amy at home?", about: sampleMap().dangers[0]!.text, before: 3, after: 5, rater: { id: "p-priya", role: "worker" } },
    ]);
    const kinds = describeAssessmentMapChanges(scored({ priya: 3 }), scored({ mum: 6 })).map((c) => [c.kind, c.rater, c.before ?? c.after]);
    expect(kinds).toEqual([
      ["removed", { id: "p-priya", role: "worker" }, 3],
      ["added", { name: "Mum", role: "parent" }, 6],
    ]);
    // A rater with no id or name is known by their role; each rater's latest score counts.
    const byRole = (values: readonly [number, string][]): AssessmentMap =>
      edit(sampleMap(), (m) => ({ ...m, scales: [{ ...m.scales[0]!, judgements: values.map(([value, on], i) => ({ id: `j-${String(i)}`, raterRole: "child" as const, value, on })) }] }));
    expect(describeAssessmentMapChanges(byRole([[2, "2025-03-29"]]), byRole([[7, "2025-05-01"], [4, "2025-04-01"]])).map((c) => [c.kind, c.before, c.after])).toEqual([["rescaled", 2, 7]]);
  });

  it("reports a scale's question as reworded and its anchors and polarity as changed", () => {
    const before = edit(sampleMap(), (m) => ({ ...m, scales: [{ ...m.scales[0]!, question: "How safe is Amy?", anchors: { zero: "Amy cannot live at home", ten: "Amy is safe" } }] }));
    const after = edit(before, (m) => ({ ...m, scales: [{ ...m.scales[0]!, question: "How safe is Amy with Dad?", anchors: { zero: "Amy cannot live at home", ten: "Everyone knows Amy is safe enough to close" }, polarity: "risk-high" }] }));
    expect(describeAssessmentMapChanges(before, after).map((c) => [c.kind, c.field, c.before, c.after])).toEqual([
      ["reworded", "question", "How safe is Amy?", "How safe is Amy with Dad?"],
      ["changed", "anchors.ten", "Amy is safe", "Everyone knows Amy is safe enough to close"],
      ["changed", "polarity", "safety-high", "risk-high"],
    ]);
  });

  it("reports a next step's status and due date, and a harm statement's status, as changed", () => {
    const next = edit(sampleMap(), (m) => ({
      ...m,
      harm: [{ ...m.harm[0]!, status: "disputed" }],
      nextSteps: [{ ...m.nextSteps[0]!, status: "in-progress", due: "2025-04-30" }],
    }));
    expect(describeAssessmentMapChanges(sampleMap(), next)).toEqual([
      { kind: "changed", column: "harm", itemId: "h-1", field: "status", words: "Dad hit Amy on the arm and she had a bruise", before: "substantiated", after: "disputed" },
      { kind: "changed", column: "nextSteps", itemId: "n-1", field: "status", words: "Hold a network meeting", before: "planned", after: "in-progress" },
      { kind: "changed", column: "nextSteps", itemId: "n-1", field: "due", words: "Hold a network meeting", after: "2025-04-30" },
    ]);
  });

  it("reports the children, variant, participants, parents and carers, child voice and analysis", () => {
    const before = edit(sampleMap(), (m) => ({
      ...m,
      parentsAndCarers: [{ personId: "p-mum", name: "Mum", relation: "mother", view: "Things are better" }],
      analysis: { worker: { text: "The danger is high" }, family: [{ heldBy: "Mum", personId: "p-mum", view: "We are managing" }] },
    }));
    const after = edit(before, (m) => ({
      ...m,
      childIds: [...m.childIds, "p-ben"],
      variant: "wellbeing",
      participants: [...m.participants, { personId: "p-gran", name: "Gran", role: "network" }],
      parentsAndCarers: [{ personId: "p-mum", name: "Mum", relation: "mother" }, { personId: "p-dad", relation: "father", absenceReason: "Working away" }],
      childVoiceIds: ["cv-1"],
      analysis: { worker: { text: "The danger is lower now", decision: "Step down to early help" }, family: [{ heldBy: "Mum", personId: "p-mum", view: "We are doing well" }], familyViewNotRecordedReason: "Dad was not asked" },
    }));
    expect(describeAssessmentMapChanges(before, after)).toEqual([
      { kind: "added", column: "children", itemId: "p-ben" },
      { kind: "changed", column: "map", field: "variant", before: "safety", after: "wellbeing" },
      { kind: "added", column: "participants", itemId: "p-gran", words: "Gran" },
      { kind: "changed", column: "parentsAndCarers", itemId: "p-mum", field: "view", words: "Mum", before: "Things are better" },
      { kind: "added", column: "parentsAndCarers", itemId: "p-dad" },
      { kind: "added", column: "childVoice", itemId: "cv-1" },
      { kind: "reworded", column: "analysis", field: "text", words: "The danger is lower now", before: "The danger is high", after: "The danger is lower now" },
      { kind: "changed", column: "analysis", field: "decision", words: "The danger is lower now", after: "Step down to early help" },
      { kind: "reworded", column: "familyViews", itemId: "p-mum", field: "view", words: "We are doing well", heldBy: "Mum", before: "We are managing", after: "We are doing well" },
      { kind: "changed", column: "familyViews", field: "familyViewNotRecordedReason", after: "Dad was not asked" },
    ]);
  });

  it("never reports the host system's extensions, nor what every version changes", () => {
    const map = sampleMap();
    const withExtensions = { ...map, extensions: { crm: { id: 1 } }, strengths: [{ ...map.strengths[0]!, extensions: { colour: "green" } }] } as unknown as AssessmentMap;
    const other = { ...map, version: 3, date: "2026-01-01", recordedAt: "2026-01-01T10:00:00Z", authorId: "p-other", extensions: { crm: { id: 2 } } } as unknown as AssessmentMap;
    expect(describeAssessmentMapChanges(withExtensions, other)).toEqual([]);
  });

  it("refuses maps of different cases; a map without a case compares with any", () => {
    const a = edit(sampleMap(), (m) => ({ ...m, caseId: "case-1" }));
    const b = edit(sampleMap(), (m) => ({ ...m, caseId: "case-2" }));
    const error = thrown(() => describeAssessmentMapChanges(a, b));
    expect(error.code).toBe("invalid-argument");
    expect(error.issues.map((i) => i.path)).toEqual([["caseId"]]);
    expect(describeAssessmentMapChanges(a, sampleMap())).toEqual([]);
  });

  it("finds no change between any map and itself, or a copy of it", () => {
    fc.assert(
      fc.property(arbAssessmentMap(), (map) => {
        expect(describeAssessmentMapChanges(map, map)).toEqual([]);
        expect(describeAssessmentMapChanges(map, parseAssessmentMap(JSON.parse(JSON.stringify(map)))).length).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it("swaps added and removed (and before and after) when the arguments swap", () => {
    fc.assert(
      fc.property(arbAssessmentMap(), arbAssessmentMap(), (a, other) => {
        const b = parseAssessmentMap({ ...JSON.parse(JSON.stringify(other)), caseId: a.caseId } as unknown);
        const forward = describeAssessmentMapChanges(a, b).map((c) => gist(reversed(c))).sort();
        const backward = describeAssessmentMapChanges(b, a).map(gist).sort();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 100 },
    );
  });

  it("names exactly the items edited after a new version", () => {
    const REWORDABLE = ["harm", "dangers", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "goals", "nextSteps"] as const;
    const REMOVABLE = new Set(["harm", "complicatingFactors", "greyAreas", "strengths", "existingSafety", "nextSteps"]);
    const edits = fc.array(fc.record({ op: fc.constantFrom("reword", "remove", "add", "score", "whitespace"), n: fc.nat(), words: arbText() }), { maxLength: 6 });
    fc.assert(
      fc.property(arbAssessmentMap(), edits, (map, ops) => {
        const review = newAssessmentMapVersion(map, { date: map.date, nextSteps: "all", participants: map.participants });
        const json = JSON.parse(JSON.stringify(review)) as Record<string, Record<string, unknown>[]>;
        const expected = new Map<string, AssessmentMapChange["kind"]>();
        ops.forEach(({ op, n, words }, k) => {
          const items = REWORDABLE.flatMap((column) => (json[column] ?? []).map((item, i) => ({ column, i, item }))).filter(({ item }) => !expected.has(String(item["id"])));
          const target = items.length === 0 ? undefined : items[n % items.length];
          if (op === "add") {
            json["strengths"]!.push({ id: `x-new-${String(k)}`, text: words, personIds: [], observedBy: [] });
            expected.set(`x-new-${String(k)}`, "added");
          } else if (op === "score") {
            const scale = json["scales"]![n % Math.max(1, json["scales"]!.length)];
            if (scale === undefined || expected.has(String(scale["id"]))) return;
            (scale["judgements"] as unknown[]).push({ id: `x-j-${String(k)}`, raterRole: "parent", value: n % 11, on: map.date });
            expected.set(String(scale["id"]), "added");
          } else if (target !== undefined && op === "reword") {
            target.item["text"] = `${String(target.item["text"])} and ${words}`;
            expected.set(String(target.item["id"]), "reworded");
          } else if (target !== undefined && op === "whitespace") {
            target.item["text"] = ` ${String(target.item["text"]).replace(/ /g, "  ")}\n`;
          } else if (target !== undefined && op === "remove" && REMOVABLE.has(target.column)) {
            json[target.column]!.splice(target.i, 1);
            expected.set(String(target.item["id"]), "removed");
          }
        });
        const next = parseAssessmentMap(json);
        const changes = describeAssessmentMapChanges(review, next);
        expect(new Map(changes.map((c) => [c.itemId, c.kind]))).toEqual(expected);
        expect(changes).toHaveLength(expected.size);
      }),
      { numRuns: 100 },
    );
  });
});

describe("formatAssessmentMapChange", () => {
  const names = createNameResolver(sampleMap(), { people });

  it("writes each kind of change as a sentence, quoting the item's words", () => {
    const v1 = scored({ priya: 3 });
    // #region format
    const v2 = scored({ priya: 5 });
    const [change] = describeAssessmentMapChanges(v1, v2);
    formatAssessmentMapChange(change!, { names: createNameResolver(v2, { people }) });
    // "Safety scale “How safe is Amy at home?” moved from 3 to 5 (Priya Shah)"
    // #endregion format
    expect(formatAssessmentMapChange(change!, { names })).toBe("Safety scale “How safe is Amy at home?” moved from 3 to 5 (Priya Shah)");
    const line = (c: AssessmentMapChange): string => formatAssessmentMapChange(c, { names });
    expect(line({ kind: "added", column: "dangers", itemId: "d-9", words: "Dad drinks and drives with Amy in the car" })).toBe("Added danger statement “Dad drinks and drives with Amy in the car”");
    expect(line({ kind: "removed", column: "complicatingFactors", itemId: "c-1", words: "The family lives far from Gran" })).toBe("Removed complicating factor “The family lives far from Gran”");
    expect(line({ kind: "reworded", column: "goals", itemId: "g-1", field: "text", words: "Amy is cared for by a sober adult every day", before: "Amy is cared for by a sober adult", after: "Amy is cared for by a sober adult every day" })).toBe(
      "Reworded safety goal “Amy is cared for by a sober adult every day” (was “Amy is cared for by a sober adult”)",
    );
    expect(line({ kind: "reclassified", column: "strengths", itemId: "a-1", from: "greyAreas", words: "Gran has Amy at weekends", before: "Who looks after Amy at weekends", after: "Gran has Amy at weekends" })).toBe(
      "Re-classified grey area “Who looks after Amy at weekends” as existing strength “Gran has Amy at weekends”",
    );
    expect(line({ kind: "changed", column: "nextSteps", itemId: "n-1", field: "status", words: "Hold a network meeting", before: "in-progress", after: "done" })).toBe("Changed next step “Hold a network meeting”: the status from in progress to done");
    expect(line({ kind: "changed", column: "nextSteps", itemId: "n-1", field: "due", words: "Hold a network meeting", after: "2025-04-30" })).toBe("Changed next step “Hold a network meeting”: by when set to 2025-04-30");
    expect(line({ kind: "changed", column: "nextSteps", itemId: "n-1", field: "ownerId", words: "Hold a network meeting", before: "p-priya" })).toBe("Changed next step “Hold a network meeting”: who will do it taken out (was Priya Shah)");
    expect(line({ kind: "added", column: "scales", itemId: "sc-1", about: "Dad may hit Amy", after: 6, rater: { name: "Mum", role: "parent" } })).toBe("Safety scale about “Dad may hit Amy”: Mum scored 6");
    expect(line({ kind: "removed", column: "scales", itemId: "sc-2", before: 4, rater: { role: "child" } })).toBe("Safety scale on the whole situation: no score from the child this time (was 4)");
    expect(line({ kind: "added", column: "participants", itemId: "p-gran" })).toBe("Took part in this mapping: Gran");
    expect(line({ kind: "removed", column: "children", itemId: "p-amy" })).toBe("Removed child Amy");
    expect(line({ kind: "changed", column: "map", field: "variant", before: "safety", after: "wellbeing" })).toBe("Changed the map: the variant from Signs of Safety to Signs of Wellbeing");
    expect(line({ kind: "reworded", column: "familyViews", itemId: "p-mum", field: "view", heldBy: "Mum", words: "Better", before: "Worse", after: "Better" })).toBe("Mum's view of the analysis now reads “Better” (was “Worse”)");
  });

  it("shortens long words and writes a key no catalogue knows as the key", () => {
    const long = "Children's Services are worried that when Dad has been drinking he may shout at Amy and hit her, and she could be hurt";
    expect(formatAssessmentMapChange({ kind: "added", column: "dangers", itemId: "d-9", words: long }, { maxQuoteLength: 40 })).toBe("Added danger statement “Children's Services are worried that…”");
    expect(formatAssessmentMapChange({ kind: "added", column: "dangers", itemId: "d-9", words: "x" }, { catalogue: { "map-change/added": undefined, "map-change/column/dangers": "worry" } })).toBe("Added worry “x”");
  });

  it("writes no raw id when a name resolver is given", () => {
    const before = edit(scored({ priya: 3, mum: 2 }), (m) => ({ ...m, analysis: { worker: { text: "High", authorId: "p-worker" }, family: [] } }));
    const after = edit(before, (m) => ({
      ...m,
      childIds: [...m.childIds, "p-ben"],
      participants: [{ personId: "p-gran", role: "network" }, { personId: "p-unknown", role: "other" }],
      nextSteps: [{ ...m.nextSteps[0]!, ownerId: "p-dad", status: "done" }],
      goals: [{ ...m.goals[0]!, dangerId: "d-2" }],
      existingSafety: [{ ...m.existingSafety[0]!, actorIds: ["p-gran", "p-nobody"] }],
      scales: [{ ...m.scales[0]!, judgements: [{ id: "j-x", raterId: "p-priya", value: 6, on: m.date }, { id: "j-y", raterId: "p-stranger", value: 1, on: m.date }] }],
      analysis: { worker: { text: "Lower", authorId: "p-priya" }, family: [] },
    }));
    const changes = describeAssessmentMapChanges(before, after);
    const lines = formatAssessmentMapChanges(changes, { names: createNameResolver(after, { people }) });
    expect(lines).toHaveLength(changes.length);
    const ids = new Set([...changes.flatMap((c) => [c.itemId]), "p-nobody", "p-stranger", "p-unknown", "d-1", "d-2", "g-1", "p-dad", "p-priya"]);
    for (const l of lines) for (const id of ids) if (id !== undefined) expect(l).not.toContain(id);
    expect(lines).toContain("Changed next step “Hold a network meeting”: who will do it set to Dad");
    expect(lines).toContain("Changed existing safety “Gran takes Amy when Dad drinks”: whose behaviour it is about");
    // #region format-all
    formatAssessmentMapChanges(describeAssessmentMapChanges(before, after), { names: createNameResolver(after, { people }) });
    // ["Added child Ben", "Removed participant Sam Okafor", …, "Safety scale “How safe is Amy at home?” moved from 3 to 6 (Priya Shah)", …]
    // #endregion format-all
    expect(lines[0]).toBe("Added child Ben");
  });

  it("quotes a long rewording from where it differs, and takes a MessageCatalogue", () => {
    const head = "Children's Services are worried that when Dad has been drinking in the evening he may shout at Mum and ";
    const change: AssessmentMapChange = { kind: "reworded", column: "dangers", itemId: "d-1", field: "text", words: `${head}hit Amy`, before: `${head}hit Ben`, after: `${head}hit Amy` };
    const line = formatAssessmentMapChange(change, { names });
    const quotes = [...line.matchAll(/“([^”]*)”/g)].map((m) => m[1]);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).not.toBe(quotes[1]);
    expect(quotes[0]).toContain("hit Amy");
    expect(quotes[1]).toContain("hit Ben");
    const catalogue = { locale: "cy", messages: { "map-change/reworded": "Newidiwyd {subject} (roedd {before})" } };
    expect(formatAssessmentMapChange(change, { names, catalogue })).toMatch(/^Newidiwyd /);
  });

  it("takes every word from the catalogue: a pseudo-locale leaves no English", () => {
    const pseudo = Object.fromEntries(Object.entries(enMapChanges).map(([k, v]) => [k, v.replace(/\{\w+\}|([A-Za-z']+)/g, (whole, word: string | undefined) => (word === undefined ? whole : "ŵ".repeat(word.length))).replace(/[“”]/g, (q) => (q === "“" ? "«" : "»"))]));
    const before = edit(scored({ priya: 3, mum: 2 }), (m) => ({ ...m, parentsAndCarers: [{ personId: "p-mum", relation: "mother", view: "Fine" }] }));
    const after = edit(before, (m) => ({
      ...m,
      variant: "success",
      parentsAndCarers: [{ personId: "p-mum", relation: "step-mother" }],
      nextSteps: [{ ...m.nextSteps[0]!, status: "not-done" }],
      scales: [{ ...m.scales[0]!, polarity: "risk-high", judgements: [{ id: "j-z", raterRole: "child", value: 4, on: m.date }] }],
      greyAreas: [],
      strengths: [...m.strengths, { id: "a-1", text: "Gran", personIds: [], observedBy: [] }],
    }));
    const lines = formatAssessmentMapChanges(describeAssessmentMapChanges(before, after), { catalogue: pseudo, names: createNameResolver(after, { people }) });
    expect(lines.length).toBeGreaterThan(6);
    for (const l of lines) expect(l.replace(/«[^»]*»/g, "").replace(/Priya Shah|Mum/g, "")).not.toMatch(/[A-Za-z]/);
  });
});
