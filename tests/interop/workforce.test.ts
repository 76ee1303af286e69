import { describe, expect, it } from "vitest";
import { agencyRate, WorkforceInputSchema } from "../../src/metrics";
import { readWorkforceCensus, readWorkforceCensusFile } from "../../src/interop/workforce";
import { countElements, fixture, fixturePath } from "./helpers";

describe("readWorkforceCensus", () => {
  it("shows the documented example", async () => {
    // #region docs-example
    const xml = `<Message>
  <Header><CollectionDetails><Collection>CSWW</Collection><Year>2024</Year><ReferenceDate>2024-09-30</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header>
  <LALevelVacancies><NumberOfVacancies>4.5</NumberOfVacancies><NoAgencyFTE>2</NoAgencyFTE><NoAgencyHeadcount>2</NoAgencyHeadcount></LALevelVacancies>
  <CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW123</SWENo><FTE>1</FTE><RoleStartDate>2020-01-06</RoleStartDate><Cases30>17</Cases30><WorkingDaysLost>3</WorkingDaysLost></CSWWWorker>
  <CSWWWorker><AgencyWorker>1</AgencyWorker><SWENo>SW456</SWENo><FTE>abc</FTE></CSWWWorker>
</Message>`;
    const { header, input, findings } = await readWorkforceCensus(xml);
    header.la; // "201"
    input?.kind === "workers" ? input.workers : []; // [{ id: "SW123", employment: "employee", fte: 1, startDate: "2020-01-06", cases: 17, caseHolder: true, sicknessDays: 3 }]
    findings.map((f) => [f.code, f.params?.["workerId"], f.params?.["line"]]);
    // [["workforce/invalid-value", "SW456", 5], ["workforce/worker-dropped", "SW456", 5],
    //  ["workforce/agency-cover-exceeds", undefined, 3]]: 2 FTE covering vacancies, no agency worker left in post
    // #endregion docs-example
    expect(header.la).toBe("201");
    expect(input).toEqual({
      kind: "workers",
      referenceDate: "2024-09-30",
      vacancyFte: 4.5,
      agencyCoverFte: 2,
      agencyCoverHeadcount: 2,
      workers: [{ id: "SW123", employment: "employee", fte: 1, startDate: "2020-01-06", cases: 17, caseHolder: true, sicknessDays: 3 }],
    });
    expect(findings.map((f) => [f.code, f.params?.["workerId"], f.params?.["line"]])).toEqual([
      ["workforce/invalid-value", "SW456", 5],
      ["workforce/worker-dropped", "SW456", 5],
      ["workforce/agency-cover-exceeds", undefined, 3],
    ]);
  });

  it("reads the liia-tools sample with every worker accounted for", async () => {
    const name = "liia-tools/social_work_workforce_2022.xml";
    // #region file
    const read = await readWorkforceCensusFile(fixturePath(name));
    read.header.referenceDate; // "2022-09-30"
    // #endregion file
    expect(read.header).toMatchObject({ la: "301", referenceDate: "2022-09-30", vacancyFte: 79.68, agencyCoverFte: 59.82, agencyCoverHeadcount: 71, agencyFte: 59.82, agencyHeadcount: 71 });
    const dropped = read.findings.filter((f) => f.code === "workforce/worker-dropped").length;
    expect(read.workersInFile).toBe(countElements(fixture(name), "CSWWWorker"));
    expect(read.workersRead + dropped).toBe(read.workersInFile);
    expect(WorkforceInputSchema.safeParse(read.input).success).toBe(true);
    expect(read.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("warns when NoAgencyFTE is more than the agency workers in post or the vacancies, naming the file and both values", async () => {
    const name = "liia-tools/social_work_workforce_2022.xml";
    const read = await readWorkforceCensusFile(fixturePath(name));
    const over = read.findings.filter((f) => f.code === "workforce/agency-cover-exceeds");
    // 59.82 FTE covering vacancies, 2.34 agency FTE in post at 30 September 2022 (the engine's
    // agency numerator); 79.68 vacancies is enough.
    const inPost = read.input === undefined ? Number.NaN : (agencyRate(read.input).numerator ?? Number.NaN);
    expect(inPost).toBeCloseTo(2.34, 2);
    expect(over).toEqual([
      {
        code: "workforce/agency-cover-exceeds",
        severity: "warning",
        path: ["LALevelVacancies", "NoAgencyFTE"],
        params: { file: fixturePath(name), element: "NoAgencyFTE", value: 59.82, limit: inPost, compared: "the FTE of agency workers in post at the reference date", line: 17, column: expect.any(Number) as number },
      },
    ]);
    const vacancies = await readWorkforceCensus(fixture(name).replace("<NumberOfVacancies>79.68<", "<NumberOfVacancies>12.5<"));
    expect(vacancies.findings.filter((f) => f.code === "workforce/agency-cover-exceeds").map((f) => [f.params?.["value"], f.params?.["limit"]])).toEqual([
      [59.82, inPost],
      [59.82, 12.5],
    ]);
    // a cover within both is not reported
    const within = await readWorkforceCensus(fixture(name).replace("<NoAgencyFTE>59.82<", "<NoAgencyFTE>2.33<"));
    expect(within.findings.filter((f) => f.code === "workforce/agency-cover-exceeds")).toEqual([]);
  });

  it("keeps every element of a worker and the agency cover the census gives, with nothing left unread", async () => {
    const name = "liia-tools/social_work_workforce_2022.xml";
    const read = await readWorkforceCensusFile(fixturePath(name));
    // Every element of the census has a place: no element is reported as not kept, none unknown.
    expect(read.findings.filter((f) => f.code === "workforce/elements-not-kept" || f.code === "workforce/unknown-element")).toEqual([]);
    expect(read.input).toMatchObject({ agencyCoverFte: 59.82, agencyCoverHeadcount: 71 });
    const first = read.input?.kind === "workers" ? read.input.workers[0] : undefined;
    // The first worker of the sample, element by element.
    expect(first).toEqual({
      id: "Oz2054309383",
      employment: "agency",
      fte: 0.521371,
      birthDate: "1967-01-04",
      gender: "1",
      ethnicity: "REFU",
      qualificationInstitutions: ["Institution Name"],
      stepUpGraduate: false,
      startDate: "1988-04-07",
      startOrigin: "9",
      cases: 72,
      caseHolder: true,
      sicknessDays: 15.31,
      contractWeeks: 288.7,
      frontlineGraduate: true,
      absentAt30September: false,
      reasonAbsence: "TRN",
      cfkssStatus: "1",
    });
  });

  it("reports a code outside its list, naming the worker and element, and keeps the worker", async () => {
    const xml = `<Message><Header><CollectionDetails><Collection>CSWW</Collection><ReferenceDate>2024-09-30</ReferenceDate></CollectionDetails></Header>
<CSWWWorker><AgencyWorker>0</AgencyWorker><SWENo>SW1</SWENo><FTE>1</FTE><OrgRole>7</OrgRole><QualInst>A</QualInst><QualInst>B</QualInst></CSWWWorker></Message>`;
    const read = await readWorkforceCensus(xml, { file: "csww.xml" });
    expect(read.findings.map((f) => [f.code, f.params?.["workerId"], f.params?.["element"], f.params?.["line"]])).toEqual([["workforce/invalid-value", "SW1", "OrgRole", 2]]);
    expect(read.input?.kind === "workers" ? read.input.workers : []).toEqual([{ id: "SW1", employment: "employee", fte: 1, qualificationInstitutions: ["A", "B"] }]);
  });
});
