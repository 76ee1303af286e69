/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-assignment -- variants of the worked case are made by editing its JSON */
// A property over generated sharing records and policies: what a network member's documents (the
// briefing, the assessment map, the safety plan) show is only what the sharing policy and the
// children's consent allow, and every part a reader may not see is reported as left out.
//
// Every text of the worked case that a rule may forbid carries a marker word ("qzdanger0x"), so
// that "appears" is a substring test that fails when forbidden words reach the page.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { CaseFile } from "../../src/case-file";
import type { Finding } from "../../src/core";
import { renderFamilyDocument, SHARED_CONTENT, type FamilyDocument, type FamilyDocumentKind, type LeftOutReason, type SharedContent, type SharingPolicy } from "../../src/documents";
import { asOf, ids, workedCase } from "../bottom-lines/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const mark = (tag: string): string => `qz${tag}x`;
const MEMBERS = [ids.gran, ids.jo, ids.michelle] as const;
/** Who a child may name in their limits: the network and the parents. */
const READERS = [ids.gran, ids.jo, ids.michelle, ids.kerry, ids.lee] as const;
const KINDS: readonly FamilyDocumentKind[] = ["network-briefing", "assessment-map", "safety-plan"];
/** The map's lists, and the part of the sharing policy each is. */
const MAP_PARTS: readonly (readonly [string, SharedContent])[] = [
  ["harm", "harm"],
  ["dangers", "dangers"],
  ["complicatingFactors", "complicating-factors"],
  ["strengths", "strengths"],
  ["existingSafety", "existing-safety"],
  ["greyAreas", "grey-areas"],
  ["goals", "goals"],
  ["nextSteps", "next-steps"],
];

/** The worked case with a marker in every text a sharing rule governs, and map version 2 (one worry and one goal reworded). */
function markedCase(): { json: Json; markers: Map<string, SharedContent> } {
  const json = JSON.parse(JSON.stringify(workedCase())) as Json;
  const markers = new Map<string, SharedContent>();
  const add = (tag: string, content: SharedContent): string => {
    markers.set(mark(tag), content);
    return ` ${mark(tag)}`;
  };
  json["people"].forEach((p: Json, i: number) => {
    if (p["professional"] !== undefined) p["contact"] = `01632 96000${String(i)}${add(`profcontact${String(i)}`, "professional-contacts")}`;
    else if (p["contact"] !== undefined) p["contact"] = `${String(p["contact"])}${add(`famcontact${String(i)}`, "family-contacts")}`;
  });
  const v1 = json["maps"][0] as Json;
  v1["greyAreas"] = [{ id: "a-1", text: "Whether Lee has stopped drinking" }];
  v1["analysis"] = { worker: { text: "Amy and Ben are not yet safe enough" }, family: [] };
  for (const [list, content] of MAP_PARTS) (v1[list] as Json[]).forEach((item, i) => (item["text"] += add(`${list}${String(i)}`, content)));
  v1["analysis"].worker.text += add("analysis", "worker-analysis");
  (v1["scales"] as Json[]).forEach((s, i) => {
    s["anchors"].zero += add(`scale${String(i)}`, "scales");
    s["anchors"].ten += add(`scale${String(i)}`, "scales");
  });
  const v2 = JSON.parse(JSON.stringify(v1)) as Json;
  v2["version"] = 2;
  v2["date"] = "2025-05-20";
  v2["dangers"][1].text = `Children's Services are worried the children will be frightened when Kerry and Lee argue${add("dangers-v2", "dangers")}`;
  v2["goals"][1].text = `Amy and Ben will live in a calm home${add("goals-v2", "goals")}`;
  json["maps"].push(v2);
  (json["plans"][0]["rules"] as Json[]).forEach((rule, i) => {
    rule["text"] += ` ${mark(`rule${String(i)}`)}`;
    rule["ifBroken"].action += ` ${mark(`rule${String(i)}`)}`;
  });
  for (const e of json["monitoring"] as Json[]) if (e["outcome"] === "not-followed") e["note"] += add("breach", "breaches");
  (json["bottomLines"] as Json[]).forEach((b, i) => (b["statement"] += add(`bottomline${String(i)}`, "bottom-lines")));
  (json["childVoice"] as Json[]).forEach((r, ri) => (r["pages"] as Json[]).forEach((p, pi) => (p["text"] = `Page words ${mark(`cv${String(ri)}p${String(pi)}`)}`)));
  return { json, markers };
}

const { json: base, markers: MARKERS } = markedCase();

/** The markers of a record's pages. */
const pageMarkers = (recordIndex: number): string[] => (base["childVoice"][recordIndex].pages as Json[]).map((_, pi) => mark(`cv${String(recordIndex)}p${String(pi)}`));
const rules = base["plans"][0].rules as Json[];
const hasPart = (rule: Json, personId: string): boolean =>
  (rule["responsibleIds"] as string[]).includes(personId) || (rule["monitors"] as Json[]).some((m) => m["personId"] === personId) || ((rule["ifBroken"]?.whoTellsIds ?? []) as string[]).includes(personId);

const arbLimits = fc.option(
  fc.record({ onlyWith: fc.option(fc.subarray([...READERS]), { nil: undefined }), notWith: fc.option(fc.subarray([...READERS]), { nil: undefined }) }),
  { nil: undefined },
);
const arbConsent = fc.record({
  child: fc.record({
    status: fc.constantFrom("given", "refused", "not-asked", "not-able-to-consent"),
    on: fc.option(fc.constantFrom("2025-03-24", "2025-07-01"), { nil: undefined }),
    limits: arbLimits,
  }),
  parent: fc.record({ status: fc.constantFrom("given", "refused", "not-asked", "not-needed"), personId: fc.constant(ids.kerry) }),
});
const arbPolicy: fc.Arbitrary<SharingPolicy> = fc.record({
  audiences: fc.record({
    family: fc.subarray([...SHARED_CONTENT]),
    child: fc.subarray([...SHARED_CONTENT]),
    "network-member": fc.subarray([...SHARED_CONTENT]),
    professional: fc.subarray([...SHARED_CONTENT]),
  }),
  childVoice: fc.constantFrom("given", "given-or-parent-consent"),
});
/** How each member was last told: not yet; of map version 1 or 2; with one of the two stories or none. */
const arbTold = fc.record({ version: fc.constantFrom(0, 1, 2), story: fc.constantFrom(undefined, 0, 1) });

type Consent = { child: { status: string; on?: string | undefined; limits?: { onlyWith?: readonly string[] | undefined; notWith?: readonly string[] | undefined } | undefined }; parent: { status: string } };
type Told = { version: number; story: number | undefined };

/** The case for one run (plain JSON, undefined fields dropped). */
function caseFor(consents: readonly Consent[], told: readonly Told[]): CaseFile {
  const json = JSON.parse(JSON.stringify(base)) as Json;
  consents.forEach((consent, i) => (json["childVoice"][i].consent = consent));
  json["network"].informing = MEMBERS.flatMap((personId, i) => {
    const t = told[i];
    if (t === undefined || t.version === 0) return [];
    const record = t.story === undefined ? undefined : (base["childVoice"][t.story].id as string);
    return [{ id: `inf-${personId}`, personId, mapId: "map-1", mapVersion: t.version, method: record === undefined ? "conversation" : "words-and-pictures", on: t.version === 1 ? "2025-03-26" : "2025-05-21", byId: ids.kerry, childVoiceRecordId: record }];
  });
  return JSON.parse(JSON.stringify(json)) as CaseFile;
}

/** Whether a child's words may reach this member, and if not why: the rules of sharing.ts, written out again. */
function childVoiceFor(consent: Consent, policy: SharingPolicy, personId: string): { allowed: true } | { allowed: false; reason: LeftOutReason } {
  if (!policy.audiences["network-member"].includes("child-voice")) return { allowed: false, reason: "sharing-policy" };
  const { child, parent } = consent;
  const consented = child.status === "given" || (policy.childVoice === "given-or-parent-consent" && child.status === "not-able-to-consent" && parent.status === "given");
  if (!consented || (child.on !== undefined && child.on > asOf)) return { allowed: false, reason: "child-consent" };
  if (child.limits?.notWith?.includes(personId) === true) return { allowed: false, reason: "child-limits" };
  if (child.limits?.onlyWith !== undefined && !child.limits.onlyWith.includes(personId)) return { allowed: false, reason: "child-limits" };
  return { allowed: true };
}

function leftOut(doc: FamilyDocument, content: SharedContent): Finding[] {
  return doc.findings.filter((f) => f.code === "documents/left-out" && f.params?.["content"] === content);
}

/** A kind whose builder is still the placeholder of the contract (nothing but "who to call"). */
function isPlaceholder(doc: FamilyDocument): boolean {
  return (doc.markdown.match(/^## /gm) ?? []).length <= 1;
}

describe("sharing: a network member's documents", () => {
  // Every member's briefing; the map and the plan for one member a run (each rendering parses the case file).
  test.prop([fc.tuple(arbConsent, arbConsent), arbPolicy, fc.tuple(arbTold, arbTold, arbTold), fc.constantFrom(...MEMBERS)], { numRuns: 50 })(
    "show nothing the policy or the children's consent forbids, and report what they leave out",
    (consents, policy, told, reader) => {
      const caseFile = caseFor(consents, told);
      const allowed = (content: SharedContent): boolean => policy.audiences["network-member"].includes(content);
      MEMBERS.forEach((personId, m) => {
        const voice = consents.map((c) => childVoiceFor(c, policy, personId));
        for (const kind of KINDS) {
          if (kind !== "network-briefing" && personId !== reader) continue;
          const doc = renderFamilyDocument(caseFile, { kind, audience: { kind: "network-member", personId }, asOf, sharingPolicy: policy });
          const page = `${doc.html}\n${doc.markdown}`;
          // (b) The parts of the record the policy forbids do not appear.
          for (const [marker, content] of MARKERS) if (!allowed(content)) expect(page, `${kind} for ${personId}: ${content}`).not.toContain(marker);
          rules.forEach((rule, i) => {
            const mayShow = allowed("plan-rules") || (allowed("own-plan-rules") && hasPart(rule, personId));
            if (!mayShow) expect(page, `${kind} for ${personId}: rule ${String(i)}`).not.toContain(mark(`rule${String(i)}`));
          });
          // (a) A child's words appear only where consent, limits and policy allow this member.
          voice.forEach((v, r) => {
            if (!v.allowed) for (const marker of pageMarkers(r)) expect(page, `${kind} for ${personId}: story ${String(r)}`).not.toContain(marker);
          });

          if (kind === "network-briefing") {
            // What the briefing leaves out, it reports; what it may show, it shows.
            const current = base["maps"][1] as Json;
            for (const content of ["dangers", "goals"] as const) {
              if (!allowed(content)) expect(leftOut(doc, content), `${personId}: ${content}`).toEqual([expect.objectContaining({ params: expect.objectContaining({ reason: "sharing-policy" }) })]);
              else for (const item of current[content] as Json[]) expect(doc.markdown).toContain(item["text"]);
            }
            const own = rules.filter((rule) => hasPart(rule, personId)).length;
            const others = rules.length - own;
            if (own > 0 && !allowed("own-plan-rules") && !allowed("plan-rules")) expect(leftOut(doc, "own-plan-rules")).toHaveLength(1);
            if (others > 0 && !allowed("plan-rules")) expect(leftOut(doc, "plan-rules")).toHaveLength(1);
            rules.forEach((rule, i) => {
              if (allowed("plan-rules") || (allowed("own-plan-rules") && hasPart(rule, personId))) expect(doc.markdown).toContain(mark(`rule${String(i)}`));
            });
            const t = told[m];
            if (t !== undefined && t.version === 1 && allowed("dangers")) {
              // Told of version 1: the reworded worry, with the words before.
              expect(doc.markdown).toContain(mark("dangers-v2"));
              expect(doc.markdown).toContain(mark("dangers1"));
            }
            const story = t === undefined || t.version === 0 ? undefined : t.story;
            if (story !== undefined) {
              const v = voice[story];
              if (v?.allowed === true) for (const marker of pageMarkers(story)) expect(doc.markdown).toContain(marker);
              else expect(leftOut(doc, "child-voice"), `${personId}: story ${String(story)}`).toEqual([expect.objectContaining({ params: expect.objectContaining({ reason: v?.allowed === false ? v.reason : "?" }) })]);
            } else expect(leftOut(doc, "child-voice")).toEqual([]);
          } else if (kind === "assessment-map" && !isPlaceholder(doc)) {
            const current = base["maps"][1] as Json;
            for (const [list, content] of MAP_PARTS) if (!allowed(content) && (current[list] as Json[]).length > 0) expect(leftOut(doc, content), `map: ${content}`).not.toEqual([]);
            if (!allowed("worker-analysis")) expect(leftOut(doc, "worker-analysis")).not.toEqual([]);
            if (!allowed("scales")) expect(leftOut(doc, "scales")).not.toEqual([]);
          } else if (kind === "safety-plan" && !isPlaceholder(doc)) {
            const own = rules.filter((rule) => hasPart(rule, personId)).length;
            if (!allowed("plan-rules") && rules.length - own > 0) expect(leftOut(doc, "plan-rules"), "plan: others' rules").not.toEqual([]);
            if (!allowed("plan-rules") && !allowed("own-plan-rules") && own > 0) expect([...leftOut(doc, "plan-rules"), ...leftOut(doc, "own-plan-rules")], "plan: own rules").not.toEqual([]);
          }
          if (!allowed("professional-contacts")) expect(leftOut(doc, "professional-contacts")).not.toEqual([]);
        }
      });
    },
  );
});
