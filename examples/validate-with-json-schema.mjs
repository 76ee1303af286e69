// A system that does not run TypeScript checks kinsafe documents with the JSON Schemas in the
// package: plain JavaScript, ajv (draft 2020-12, strict mode), every schema loaded from
// kinsafe/schemas/index.json and fetched by its $id. A document that passes its schema is then
// parsed by kinsafe where it is used, which also checks what a JSON Schema cannot: that every
// id it names exists.
//
// Run with: node examples/validate-with-json-schema.mjs  (against the built package: npm run build)
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { safeParseCaseFile } from "kinsafe";

const require = createRequire(import.meta.url);

// Every schema kinsafe ships, in one validator, each under its $id.
const index = require("kinsafe/schemas/index.json");
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const entry of index) ajv.addSchema(require(`kinsafe/schemas/${entry.file}`));
assert.ok(index.some((entry) => entry.$id === "urn:kinsafe:schema:case-file"), "the index lists the case file");

const validateCaseFile = ajv.getSchema("urn:kinsafe:schema:case-file");
assert.ok(validateCaseFile, "the case-file schema is found by its $id");

// A case file as another system might send it: plain JSON.
const caseFile = {
  schemaVersion: 2,
  id: "case-2025-0412",
  childIds: ["amy"],
  people: [
    { id: "amy", name: "Amy", kind: "child", birthDate: "2017-09-02", relationships: [] },
    { id: "kerry", name: "Kerry", kind: "adult", relationships: [{ toId: "amy", kind: "mother" }] },
  ],
  maps: [],
  childVoice: [],
  plans: [],
  monitoring: [],
  bottomLines: [],
  history: [],
};
assert.equal(validateCaseFile(caseFile), true, "a valid case file passes its schema");
assert.equal(safeParseCaseFile(caseFile).ok, true, "and kinsafe parses it");

// A buggy integration: an impossible date, an unknown kind of person, a missing field.
const broken = {
  ...caseFile,
  people: [
    { id: "amy", name: "Amy", kind: "child", birthDate: "2017-02-30", relationships: [] },
    { id: "kerry", name: "Kerry", kind: "grown-up", relationships: [{ toId: "amy", kind: "mother" }] },
  ],
};
delete broken.history;
assert.equal(validateCaseFile(broken), false);
const problems = [...new Set(validateCaseFile.errors.map((e) => `${e.instancePath || "/"} ${e.keyword}`))].sort();
console.log("The schema refuses the broken case file:");
for (const problem of problems) console.log(`  ${problem}`);
assert.deepEqual(problems, ["/ required", "/people/0/birthDate format", "/people/0/birthDate pattern", "/people/1/kind enum"]);

// kinsafe refuses the same document, naming the same places.
const parsed = safeParseCaseFile(broken);
assert.equal(parsed.ok, false);
assert.deepEqual([...new Set(parsed.error.issues.map((i) => i.path.join(".")))].sort(), ["history", "people.0.birthDate", "people.1.kind"]);

// What a JSON Schema cannot check: a child of the case who is not one of its people. The schema
// accepts it; kinsafe's parser refuses it and names the rule.
const dangling = { ...caseFile, childIds: ["amy", "ben"] };
assert.equal(validateCaseFile(dangling), true, "the schema cannot see that ben is not in the case");
const refused = safeParseCaseFile(dangling);
assert.equal(refused.ok, false);
console.log(`kinsafe refuses the dangling reference: ${refused.error.issues.map((i) => `${i.path.join(".")} (${i.rule})`).join(", ")}`);
assert.ok(refused.error.issues.some((i) => i.path.join(".") === "childIds.1" && i.rule === "reference/unknown-person"));

console.log("All checks of the example passed.");
