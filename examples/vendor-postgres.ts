// A vendor stores case files in PostgreSQL: one row per case, the whole case file in a JSONB
// column, its schema version and the current plan's status in generated columns for querying, a
// revision number for optimistic concurrency. Every read goes through migrateCaseFile, every
// write through an audited command. PostgreSQL here is PGlite (PostgreSQL compiled to
// WebAssembly, in memory), so the example needs no server; the SQL is the same on a real one.
//
// Run with: node --import tsx examples/vendor-postgres.ts  (against the built package: npx tsup)
import assert from "node:assert/strict";
import { PGlite } from "@electric-sql/pglite";
import {
  CASE_FILE_SCHEMA_VERSION,
  applyCaseFileChange,
  createCaseFile,
  isoDateTime,
  migrateCaseFile,
  parseCaseFile,
  personId,
  type CaseFile,
  type CaseFileCommand,
} from "kinsafe";

const db = await PGlite.create();

// One row per case. The document is the source of truth; every other column is derived from it
// (generated, so it cannot disagree with the document) or is the row's own concurrency counter.
await db.exec(`
  create table case_file (
    id             text primary key generated always as (doc ->> 'id') stored,
    schema_version integer not null generated always as ((doc ->> 'schemaVersion')::integer) stored,
    -- the status of the current plan: plans are stored oldest first, so the last one
    plan_status    text generated always as (doc #>> '{plans,-1,status}') stored,
    revision       integer not null default 1,
    doc            jsonb not null
  );
  create index case_file_plan_status on case_file (plan_status);
  create index case_file_doc on case_file using gin (doc jsonb_path_ops);
`);

// ---- The repository: the only code that talks to the table. ---------------------------------

interface Loaded {
  readonly caseFile: CaseFile;
  readonly revision: number;
}

/** Inserts a new case. */
async function insertCase(caseFile: CaseFile): Promise<void> {
  // Serialise explicitly: some drivers turn a JavaScript array parameter into a PostgreSQL array.
  await db.query("insert into case_file (doc) values ($1::jsonb)", [JSON.stringify(caseFile)]);
}

/** Reads a case at whatever version it was stored, migrated to the current one. */
async function loadCase(id: string): Promise<Loaded> {
  const { rows } = await db.query<{ doc: unknown; revision: number }>("select doc, revision from case_file where id = $1", [id]);
  const row = rows[0];
  if (row === undefined) throw new Error(`no case ${id}`);
  return { caseFile: migrateCaseFile(row.doc), revision: row.revision };
}

/** Saves a case if nobody else saved it since it was read at `revision`; false when someone did. */
async function saveCase(caseFile: CaseFile, revision: number): Promise<boolean> {
  const { affectedRows } = await db.query(
    "update case_file set doc = $2::jsonb, revision = revision + 1 where id = $1 and revision = $3",
    [caseFile.id, JSON.stringify(caseFile), revision],
  );
  return affectedRows === 1;
}

/** Applies an audited command to the stored case, re-reading and re-applying it if someone saved in between. */
async function changeCase(id: string, command: CaseFileCommand, reason: string, at: string, by: string): Promise<CaseFile> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { caseFile, revision } = await loadCase(id);
    const { next } = applyCaseFileChange(caseFile, command, { at: isoDateTime(at), by: personId(by), reason });
    if (await saveCase(next, revision)) return next;
  }
  throw new Error(`case ${id} kept changing; try again later`);
}

// ---- A case is opened. -----------------------------------------------------------------------

const opened = createCaseFile({
  id: "case-2025-0412",
  childIds: ["amy"],
  people: [
    { id: "amy", name: "Amy", kind: "child", birthDate: "2017-09-02", householdId: "home", relationships: [] },
    { id: "kerry", name: "Kerry", kind: "adult", householdId: "home", relationships: [{ toId: "amy", kind: "mother" }] },
    { id: "gran", name: "Gran (Pat)", kind: "adult", householdId: "gran", relationships: [{ toId: "amy", kind: "grandparent" }] },
    { id: "sarah", name: "Sarah", kind: "adult", professional: { agency: "children-social-care", role: "social worker" }, relationships: [{ toId: "amy", kind: "professional" }] },
  ],
  maps: [
    {
      id: "map-1", version: 1, childIds: ["amy"], variant: "safety", date: "2025-03-20", authorId: "sarah", participants: [],
      harm: [], complicatingFactors: [], greyAreas: [], strengths: [], existingSafety: [], nextSteps: [], scales: [], childVoiceIds: [],
      dangers: [{ id: "d-alone", text: "Gran is worried that Amy may be left alone at night when Kerry works late, and that she could be frightened or hurt", worriedParties: ["Gran"], actorIds: ["kerry"], childIds: ["amy"], disputedBy: [], positions: [] }],
      goals: [{ id: "g-alone", dangerId: "d-alone", owner: "agency", text: "An adult the network trusts is always at home with Amy at night", who: ["Kerry", "Gran"], protectiveBehaviours: ["Gran stays over when Kerry works late"], sustainFor: { amount: 3, unit: "months" }, monitoredBy: ["Gran"] }],
    },
  ],
  plans: [{ id: "plan-1", version: 1, mapId: "map-1", status: "draft", statusHistory: [{ status: "draft", on: "2025-03-28" }], rules: [], reviews: [] }],
  // The host system's own data (its case reference, its team): stored, read back and kept by
  // every command like the rest of the document, and never read by kinsafe.
  extensions: { acme: { caseRef: "AC-0412", team: "North" } },
});
await insertCase(opened);

const stored = await loadCase(opened.id);
assert.equal(stored.revision, 1);
// PostgreSQL's jsonb keeps values, not key order: compare as data, never as JSON text.
assert.deepStrictEqual(stored.caseFile, opened, "the case file reads back as it was stored");
assert.deepStrictEqual(parseCaseFile(JSON.parse(JSON.stringify(stored.caseFile))), opened, "and it parses as a case file");

// ---- Two workers change the case at the same time. --------------------------------------------

// Sarah and the duty worker both open the case at revision 1.
const sarahRead = await loadCase(opened.id);
const dutyRead = await loadCase(opened.id);

const addRule: CaseFileCommand = {
  type: "plan-change",
  planId: "plan-1",
  change: {
    type: "add-rule",
    rule: {
      id: "r-night", kind: "safe-adult", text: "Gran stays the night whenever Kerry works a late shift", dangerIds: ["d-alone"], bottomLineIds: [], subjectIds: ["kerry"], responsibleIds: ["gran", "kerry"],
      monitors: [{ personId: "gran", as: "network" }], triggers: [], agreedBy: [{ personId: "kerry", on: "2025-03-28" }],
    },
  },
};
const sarahNext = applyCaseFileChange(sarahRead.caseFile, addRule, { at: isoDateTime("2025-03-28T16:00:00Z"), by: personId("sarah"), reason: "Network meeting" }).next;
assert.equal(await saveCase(sarahNext, sarahRead.revision), true, "Sarah saves first");

// The duty worker's save names revision 1, which is no longer current: nothing is overwritten.
const putOnTrial: CaseFileCommand = { type: "plan-change", planId: "plan-1", change: { type: "set-status", status: "trial", on: "2025-04-01" } };
const dutyNext = applyCaseFileChange(dutyRead.caseFile, putOnTrial, { at: isoDateTime("2025-04-01T09:00:00Z"), by: personId("sarah"), reason: "Plan on trial" }).next;
assert.equal(await saveCase(dutyNext, dutyRead.revision), false, "a stale save changes nothing");
assert.deepStrictEqual((await loadCase(opened.id)).caseFile, sarahNext, "Sarah's change is kept");
assert.deepStrictEqual((await loadCase(opened.id)).caseFile.extensions, { acme: { caseRef: "AC-0412", team: "North" } }, "and so is the host system's own data");

// Commands are data, so the duty worker's change is simply applied again to the current case.
const current = await changeCase(opened.id, putOnTrial, "Plan on trial", "2025-04-01T09:00:00Z", "sarah");
assert.deepStrictEqual(current.history.map((e) => e.reason), ["Network meeting", "Plan on trial"], "both changes are in the history");
const reloaded = await loadCase(opened.id);
assert.equal(reloaded.revision, 3);
assert.deepStrictEqual(reloaded.caseFile, current, "what is read back equals what was stored");

// ---- Queries over the stored documents. --------------------------------------------------------

await insertCase(createCaseFile({ id: "case-2025-0388", childIds: ["ben"], people: [{ id: "ben", name: "Ben", kind: "child", relationships: [] }] }));

// Generated columns: the plan status and the schema version, indexed like any column.
const onTrial = await db.query<{ id: string; plan_status: string }>("select id, plan_status from case_file where plan_status = 'trial'");
assert.deepStrictEqual(onTrial.rows, [{ id: "case-2025-0412", plan_status: "trial" }]);
const toMigrate = await db.query<{ n: number }>("select count(*)::integer as n from case_file where schema_version < $1", [CASE_FILE_SCHEMA_VERSION]);
assert.equal(toMigrate.rows[0]?.n, 0, "every stored case is at the current schema version");

// Containment (@>) uses the GIN index: the cases in which Gran is one of the people.
const withGran = await db.query<{ id: string }>("select id from case_file where doc @> $1::jsonb order by id", [JSON.stringify({ people: [{ id: "gran" }] })]);
assert.deepStrictEqual(withGran.rows.map((r) => r.id), ["case-2025-0412"]);

// The audit history is queryable too: who changed what, when and why.
const audit = await db.query<{ at: string; by: string; command: string; reason: string }>(`
  select e ->> 'at' as at, e ->> 'by' as by, e #>> '{command,change,type}' as command, e ->> 'reason' as reason
  from case_file, jsonb_array_elements(doc -> 'history') as e
  where id = $1 order by e ->> 'at'`, [opened.id]);
assert.deepStrictEqual(audit.rows, [
  { at: "2025-03-28T16:00:00Z", by: "sarah", command: "add-rule", reason: "Network meeting" },
  { at: "2025-04-01T09:00:00Z", by: "sarah", command: "set-status", reason: "Plan on trial" },
]);

// ---- What PostgreSQL itself refuses. -----------------------------------------------------------

// jsonb cannot hold the character U+0000 in a string; kinsafe's free text does not forbid it,
// so refuse or remove it at your boundary (or store the column as json, which keeps the text).
const withNul = createCaseFile({ id: "case-nul", childIds: ["cy"], people: [{ id: "cy", name: "C\u0000y", kind: "child", relationships: [] }] });
await assert.rejects(insertCase(withNul), /unsupported Unicode escape sequence/);

await db.close();
console.log(`Stored, changed and queried ${opened.id} in PostgreSQL (PGlite); the history:`);
for (const row of audit.rows) console.log(`  ${row.at} ${row.by}: ${row.command} (${row.reason})`);
console.log("All checks of the example passed.");
