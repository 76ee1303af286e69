// A vendor builds an assessment map from audited commands, keeps the history as JSON, shows
// it as JSON Patch, undoes a change and runs the practice checks.
//
// Run with: npx tsx examples/vendor-assessment-map.ts  (against the built package: npx tsup)
import {
  AssessmentMapAuditEntrySchema,
  applyAssessmentMapChange,
  checkAssessmentMap,
  createAssessmentMap,
  formatFinding,
  isoDate,
  isoDateTime,
  isKinsafeError,
  parseAssessmentMap,
  personId,
  replay,
  toJsonPatch,
  undo,
  type AssessmentMap,
  type AssessmentMapAuditEntry,
  type AssessmentMapCommand,
} from "kinsafe";

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`Example failed: ${message}`);
}

const worker = personId("p-worker");
const start = createAssessmentMap({
  id: "map-1",
  caseId: "case-2025-0412",
  childIds: ["p-amy"],
  date: "2025-03-29",
  authorId: worker,
  participants: [
    { personId: "p-worker", name: "Sam (social worker)", role: "worker" },
    { personId: "p-mum", name: "Mum", role: "parent" },
    { personId: "p-gran", name: "Gran", role: "network" },
  ],
});

// The vendor's own store: the map and its history, both plain JSON.
let map: AssessmentMap = start;
const history: AssessmentMapAuditEntry[] = [];
let minute = 0;
function record(command: AssessmentMapCommand, reason: string): void {
  minute += 1;
  const at = isoDateTime(`2025-03-29T10:${String(minute).padStart(2, "0")}:00Z`);
  const { next, entry } = applyAssessmentMapChange(map, command, { at, by: worker, reason });
  map = next;
  history.push(entry);
}

record(
  {
    type: "add-item",
    column: "harm",
    item: {
      id: "h-1",
      text: "On 14 March Dad pushed Amy against a door when he had been drinking, and she had a bruise on her arm that the school nurse saw",
      actorIds: ["p-dad"],
      behaviour: "pushed Amy against a door",
      childIds: ["p-amy"],
      impact: "a bruise on her upper arm",
      status: "substantiated",
      source: "School nurse and police log",
      positions: [],
    },
  },
  "Harm reported by the school",
);
record(
  {
    type: "add-item",
    column: "dangers",
    item: {
      id: "d-1",
      text: "Children's Services and the school are worried that Dad may hurt Amy again when he has been drinking, and that Amy could be badly injured if nothing changes",
      worriedParties: ["Children's Services", "Greenfield Primary School"],
      actorIds: ["p-dad"],
      behaviour: "pushes or hits Amy",
      context: "when he has been drinking",
      childIds: ["p-amy"],
      impactIfNothingChanges: "Amy could be badly injured and grow up frightened at home",
      disputedBy: [],
      positions: [],
    },
  },
  "Mapping meeting",
);
record(
  {
    type: "add-item",
    column: "dangers",
    item: {
      id: "d-2",
      text: "Gran is worried that Amy may be left alone at night when Mum works late, and that she could be frightened or hurt if nothing changes",
      worriedParties: ["Gran"],
      actorIds: ["p-mum"],
      behaviour: "leaves Amy alone at home",
      context: "when Mum works late",
      childIds: ["p-amy"],
      impactIfNothingChanges: "Amy could be frightened or hurt with no one to help her",
      disputedBy: [],
      positions: [],
    },
  },
  "Mapping meeting",
);
record(
  {
    type: "add-item",
    column: "existingSafety",
    item: { id: "e-1", text: "Mum has taken Amy to Gran's every time Dad came home drunk since January", actorIds: ["p-mum"], dangerIds: ["d-1"], demonstratedSince: "2025-01-05", observedBy: ["Gran"] },
  },
  "Mapping meeting",
);
for (const [goalId, dangerId, text] of [
  ["g-1", "d-1", "Children's Services will be satisfied Amy is safe when Mum and Gran make sure a sober adult always looks after Amy, checked by the school, for six months"],
  ["g-2", "d-2", "Children's Services will be satisfied Amy is safe when an adult the network trusts is always at home with Amy at night, for three months"],
] as const) {
  record(
    {
      type: "add-item",
      column: "goals",
      item: { id: goalId, dangerId, owner: "agency", text, who: ["Mum", "Gran"], protectiveBehaviours: ["a sober adult looks after Amy"], sustainFor: { amount: 3, unit: "months" }, monitoredBy: ["School"] },
    },
    "Mapping meeting",
  );
  record(
    {
      type: "add-item",
      column: "scales",
      item: {
        id: `sc-${dangerId}`,
        subject: { kind: "danger", dangerId },
        anchors: { zero: "Amy cannot live at home now", ten: "Everyone knows Amy is safe enough to close the case" },
        polarity: "safety-high",
        judgements: [],
      },
    },
    "Scaling",
  );
}
record({ type: "add-judgement", scaleId: "sc-d-1", judgement: { id: "j-1", raterId: "p-worker", raterRole: "worker", value: 3, reason: "Dad still drinks most nights", on: "2025-03-29" } }, "Scaling");
record({ type: "add-judgement", scaleId: "sc-d-1", judgement: { id: "j-2", raterId: "p-mum", raterRole: "parent", value: 6, reason: "Gran is helping every day", on: "2025-03-29" } }, "Scaling");
record({ type: "add-judgement", scaleId: "sc-d-2", judgement: { id: "j-3", raterId: "p-gran", raterRole: "network", value: 5, reason: "Mum has asked a neighbour to help", on: "2025-03-29" } }, "Scaling");
record({ type: "link-child-voice", childVoiceId: "three-houses-amy-1" }, "Amy's Three Houses, drawn with her at school");
record({ type: "add-item", column: "nextSteps", item: { id: "n-1", text: "Hold a safety network meeting with Gran and the school", ownerId: "p-worker", due: "2025-04-11", status: "planned", goalIds: ["g-1", "g-2"] } }, "Next steps");
record({ type: "add-item", column: "nextSteps", item: { id: "n-2", text: "Ask Dad to meet the alcohol service", ownerName: "Mum", due: "2025-04-04", status: "planned", goalIds: ["g-1"] } }, "Next steps");

// A mistaken change, then its undo: the undo is itself recorded as data.
record({ type: "set-next-step-status", nextStepId: "n-2", status: "cancelled" }, "Clicked the wrong step");
const mistake = history.at(-1);
assert(mistake !== undefined, "the mistaken change is in the history");
map = undo(map, mistake);
history.pop();
assert(map.nextSteps[1]?.status === "planned", "undo restored the status");

console.log(`Built map ${map.id} with ${String(history.length)} audited changes:`);
for (const entry of history) console.log(`  ${entry.at} ${entry.by}: ${entry.command.type} (${entry.reason})`);
console.log("\nThe first judgement as JSON Patch:");
const judgementEntry = history.find((e) => e.command.type === "add-judgement");
assert(judgementEntry !== undefined, "a judgement was recorded");
console.log(JSON.stringify(toJsonPatch(judgementEntry.patches), null, 2));

// A refused command: a danger statement with goals and scales cannot just be removed.
try {
  applyAssessmentMapChange(map, { type: "remove-item", column: "dangers", id: "d-1" }, { at: isoDateTime("2025-03-29T11:00:00Z"), by: worker, reason: "Test" });
  assert(false, "removing a referenced danger statement should throw");
} catch (error) {
  assert(isKinsafeError(error) && error.code === "still-referenced", "the refusal is a still-referenced KinsafeError");
  console.log(`\nRefused as expected: ${error.message.split("\n")[0] ?? ""}`);
}

// The store round trip: map and history as JSON, parsed back, and the history replays.
const storedMap = parseAssessmentMap(JSON.parse(JSON.stringify(map)));
const storedHistory = AssessmentMapAuditEntrySchema.array().parse(JSON.parse(JSON.stringify(history)));
assert(JSON.stringify(storedMap) === JSON.stringify(map), "the map survives a JSON round trip");
assert(JSON.stringify(replay(start, storedHistory)) === JSON.stringify(map), "replaying the stored history re-creates the map");
assert(map.dangers.length === 2 && map.goals.length === 2 && map.scales.length === 2 && map.nextSteps.length === 2, "the map has every part");
assert(map.scales[0]?.judgements.length === 2, "the first scale has two judgements");

// Practice checks (rules Q1–Q15): findings are data; the text comes from the message catalogue.
const findings = checkAssessmentMap(map, { asOf: isoDate("2025-03-29") });
console.log(`\n${String(findings.length)} finding(s) from checkAssessmentMap:`);
for (const finding of findings) {
  const message = formatFinding(finding);
  assert(message.length > 0, "every finding has a message");
  console.log(`  [${finding.severity}] ${finding.path.join(".") || "(map)"}: ${message}`);
}
assert(!findings.some((f) => f.code === "assessment/child-voice-missing" || f.path[0] === "childIds"), "the child's voice is linked");

console.log("\nAll checks of the example passed.");
