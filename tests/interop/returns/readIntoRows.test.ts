// The read threads write each child of a CIN census return straight into the columns of its
// part, with no record made (`readIntoRows`): the columns, findings and counts must be those of
// making each child's record and writing the record into the columns.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cinFileRecords, partOf, readIntoRows, type CinFileResult } from "../../../src/interop/returns/cinParts";
import { noProgress } from "../../../src/interop/returns/progress";
import { generateSyntheticAuthority } from "../../../src/synthetic";
import { writeCinCensus } from "../../../src/interop/cin-census";
import type { IsoDate } from "../../../src/core";
import { createReturnRowsWriter, type ReturnRows } from "../../../src/records/internal";
import { tempDir } from "../../cli/helpers";

const FIXTURES = join(__dirname, "../../fixtures");
const PARTS = 3;

async function direct(path: string): Promise<{ rows: (ReturnRows | undefined)[]; result: CinFileResult | undefined }> {
  const rows: (ReturnRows | undefined)[] = new Array<ReturnRows | undefined>(PARTS).fill(undefined);
  const result = await readIntoRows(path, "f.xml", PARTS, noProgress, (p, r) => (rows[p] = r));
  return { rows, result };
}

// Each record made, then written into the columns (the way before).
async function viaRecords(path: string): Promise<{ rows: (ReturnRows | undefined)[]; result: CinFileResult; taken: boolean }> {
  const result: CinFileResult = { findings: [], count: 0, header: undefined };
  const writers = Array.from({ length: PARTS }, () => createReturnRowsWriter());
  let seq = 0;
  let taken = true;
  for await (const record of cinFileRecords(path, "f.xml", noProgress, result)) taken = (writers[partOf(record, PARTS)]?.add(record, seq++) ?? false) && taken;
  return { rows: writers.map((w) => (w.size > 0 ? w.take() : undefined)), result, taken };
}

async function expectSame(path: string): Promise<number> {
  const a = await direct(path);
  const b = await viaRecords(path);
  expect(b.taken).toBe(true);
  expect(a.rows).toEqual(b.rows);
  expect(a.result).toEqual(b.result);
  return b.result.count;
}

// A return whose children hold what the reader reorders, drops or reports.
const AWKWARD = `<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header><Children>
<Child><ChildIdentifiers><LAchildID>Zoë 1</LAchildID><UPN>A12345678901B</UPN><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>F</Sex></ChildIdentifiers><ChildCharacteristics><Disabilities><Disability>HAND</Disability><Disability>HAND</Disability></Disabilities></ChildCharacteristics>
<CINdetails><CINreferralDate>2024-09-01</CINreferralDate><ReferralNFA>false</ReferralNFA><CINclosureDate>2024-08-01</CINclosureDate><ReasonForClosure>RC8</ReasonForClosure>
<Assessments><AssessmentActualStartDate>2024-10-05</AssessmentActualStartDate><FactorsIdentifiedAtAssessment><AssessmentFactors>2A</AssessmentFactors></FactorsIdentifiedAtAssessment></Assessments>
<Assessments><AssessmentActualStartDate>2024-09-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-09-20</AssessmentAuthorisationDate></Assessments>
<Assessments><AssessmentAuthorisationDate>2024-09-20</AssessmentAuthorisationDate></Assessments>
<Section47><S47ActualStartDate>2024-09-02</S47ActualStartDate><DateOfInitialCPC>2024-09-10</DateOfInitialCPC></Section47>
<ChildProtectionPlans><CPPstartDate>2024-09-12</CPPstartDate><NumberOfPreviousCPP>1</NumberOfPreviousCPP><Reviews><CPPreviewDate>2024-12-01</CPPreviewDate></Reviews></ChildProtectionPlans>
<ChildProtectionPlans><CPPstartDate>2024-09-11</CPPstartDate><CPPendDate>2024-09-30</CPPendDate><InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse></ChildProtectionPlans>
<PreProceedingsandFGDM><LBPSentDate>2024-10-01</LBPSentDate></PreProceedingsandFGDM>
<PreProceedingsandFGDM><CourtAppDate>2025-01-10</CourtAppDate></PreProceedingsandFGDM>
</CINdetails>
<CINdetails><CINreferralDate>2023-05-01</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>1</ReferralNFA><CINPlanDates><CINPlanStartDate>2023-06-01</CINPlanStartDate></CINPlanDates><CINPlanDates><CINPlanStartDate>2023-05-20</CINPlanStartDate><CINPlanEndDate>2023-07-01</CINPlanEndDate></CINPlanDates></CINdetails>
<CINdetails><CINreferralDate>2023-05-01</CINreferralDate><PreProceedingsandFGDM><PPStartDate>2023-06-01</PPStartDate></PreProceedingsandFGDM></CINdetails>
<CINdetails><ReferralNFA>false</ReferralNFA></CINdetails>
</Child>
<Child><ChildIdentifiers><LAchildID>B2</LAchildID></ChildIdentifiers></Child>
<Child><ChildIdentifiers><UPN>A12345678901B</UPN></ChildIdentifiers><CINdetails><CINreferralDate>2024-01-01</CINreferralDate></CINdetails></Child>
<Child><ChildIdentifiers><LAchildID>Zoë 1</LAchildID><Sex>M</Sex></ChildIdentifiers><CINdetails><CINreferralDate>2026-01-01</CINreferralDate><ReferralNFA>false</ReferralNFA></CINdetails></Child>
</Children></Message>`;

describe("readIntoRows", () => {
  it("gives the columns, findings and counts of making each record, for every CIN census fixture", async () => {
    let children = 0;
    for (const name of ["csc-validator-be-cin/CIN_Census_2021.xml", "csc-validator-be-cin/CIN_Census_2024.xml", "csc-validator-be-cin/CIN_Census_2026.xml", "csc-validator-be-cin/fake_CIN_data.xml", "liia-tools/cin-2022.xml"]) {
      children += await expectSame(join(FIXTURES, name));
    }
    expect(children).toBeGreaterThan(20);
  });

  it("gives them for a return whose episodes and items are out of order, dropped, repeated or reported", async () => {
    const path = join(tempDir(), "awkward.xml");
    writeFileSync(path, AWKWARD);
    expect(await expectSame(path)).toBe(3);
    const { result } = await direct(path);
    const codes = new Set(result?.findings.map((f) => f.code));
    for (const code of ["cin-census/record-dropped", "cin-census/date-before-referral", "cin-census/date-after-reference-date", "cin-census/missing-value", "cin-census/duplicate-child", "cin-census/child-without-id"]) expect(codes).toContain(code);
  });

  it("gives them for a synthetic authority's returns", async () => {
    const dir = tempDir();
    const records = generateSyntheticAuthority({ seed: 5, children0to17: 3000, years: 2, endYear: 2025 });
    for (const year of [2024, 2025]) {
      const path = join(dir, `cin-${String(year)}.xml`);
      writeFileSync(path, writeCinCensus(records, { collectionYear: year, referenceDate: `${String(year)}-03-31` as IsoDate, la: "201" }));
      expect(await expectSame(path)).toBeGreaterThan(100);
    }
  });

  it("gives them, or says the returns must be merged as records exactly when a record would not be valid, for returns with values broken anywhere", async () => {
    // Every text value of the awkward return is a place a broken value can go.
    const places = [...AWKWARD.matchAll(/>([^<>]+)</g)].map((m) => ({ at: (m.index ?? 0) + 1, length: (m[1] ?? "").length }));
    const value = fc.oneof(
      fc.constantFrom("", " ", "x".repeat(199), "y".repeat(201), "&#1;", "&#x2028;", "Zoë", "2024-02-30", "2024-2-3", "0000-01-01", "9999-12-31", "rc8", "RC8 ", "00012", "-1", "1e3", "999999999", "true", "TRUE", "0", "N0", "A1234567890B", "2A"),
      fc.string({ maxLength: 12 }).map((t) => t.replace(/[<>&]/g, "")),
    );
    const dir = tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(places.length - 1), value), { minLength: 1, maxLength: 6 }), async (edits) => {
        let xml = AWKWARD;
        // Applied from the end, so that the earlier places stay where they are.
        const sorted = [...new Map(edits.map(([i, v]) => [i, v])).entries()].sort((a, b) => b[0] - a[0]);
        for (const [i, v] of sorted) {
          const p = places[i] as { at: number; length: number };
          xml = `${xml.slice(0, p.at)}${v}${xml.slice(p.at + p.length)}`;
        }
        const path = join(dir, `broken-${String(run++)}.xml`);
        writeFileSync(path, xml);
        const a = await direct(path);
        const b = await viaRecords(path);
        if (!b.taken) {
          expect(a.result).toBeUndefined();
          return;
        }
        expect(a.rows).toEqual(b.rows);
        expect(a.result).toEqual(b.result);
      }),
      { numRuns: 150 },
    );
  });

  it("makes the record of a child with a list longer than a record may hold, and says the returns must be merged as records", async () => {
    const path = join(tempDir(), "long.xml");
    const reviews = Array.from({ length: 10_001 }, () => "<CPPreviewDate>2024-12-01</CPPreviewDate>").join("");
    writeFileSync(path, AWKWARD.replace("<Reviews><CPPreviewDate>2024-12-01</CPPreviewDate></Reviews>", `<Reviews>${reviews}</Reviews>`));
    expect(readFileSync(path, "utf8").length).toBeGreaterThan(400_000);
    const { result } = await direct(path);
    expect(result).toBeUndefined();
    expect((await viaRecords(path)).taken).toBe(false);
  });
});
