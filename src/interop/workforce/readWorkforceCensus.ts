import type { IsoDate } from "../../core";
import type { WorkforceWorker } from "../../metrics";
import { checkReaderOptions, createTreeHandler, createXmlByteScanner, fatalFinding, isId, isIsoDate, resolveLimits, byteChunks, toAmount, toBoolean, toCount, type ReaderInput, type XmlNode } from "../internal";
import type { WorkforceFindingCode } from "./findingCodes";
import type { ReadWorkforceCensusOptions, WorkforceCensusHeader, WorkforceCensusRead, WorkforceFinding } from "./WorkforceCensus";

const WORKER_ELEMENTS = new Set([
  "AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "GenderCurrent", "Ethnicity", "QualInst", "QualLevel", "StepUpGrad", "OrgRole", "RoleStartDate",
  "StartOrigin", "RoleEndDate", "LeaverDestination", "ReasonLeave", "FTE30", "Cases30", "WorkingDaysLost", "ContractWeeks", "FrontlineGrad",
  "Absat30Sept", "ReasonAbsence", "CFKSSstatus",
]);
// Elements that may be given more than once in a worker (a worker can hold several qualifications).
const REPEATABLE = new Set(["QualInst"]);
// Codes from a closed list, with the codes each allows (Children's Social Work Workforce census
// specification 2023 to 2025; data standards 4).
const CODES: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ["GenderCurrent", new Set(["0", "1", "2", "9"])],
  ["QualLevel", new Set(["1", "2", "3"])],
  ["OrgRole", new Set(["1", "2", "3", "4", "5", "6"])],
  ["StartOrigin", new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])],
  ["LeaverDestination", new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])],
  ["ReasonLeave", new Set(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"])],
  ["ReasonAbsence", new Set(["MAT", "OTH", "PUB", "SIC", "TRN", "UNA", "UNP"])],
  ["CFKSSstatus", new Set(["1", "2", "3", "4"])],
]);

/**
 * Reads a Children's Social Work Workforce census return (XML, reference date 30 September)
 * into the workforce input of the metrics engine, every element the 2023 to 2025 specifications
 * define: one worker per `CSWWWorker` (id `SWENo`, agency or employee, FTE, start and end in
 * role, cases held at 30 September, sickness days, and the characteristics, qualifications,
 * role, origin, destination and absence items), the vacancies (`NumberOfVacancies`) and the
 * agency workers covering them (`NoAgencyFTE`, `NoAgencyHeadcount`). Values it cannot read are
 * left out with a finding naming the worker, the element and its line; it never throws for bad
 * input.
 *
 * @param input - The XML: a string, bytes, a Node or web stream, or an (async) iterable of chunks.
 * @param options - A file name for findings, a fallback reference date, limits.
 * @returns The header with the authority's counts, the metrics input and the findings.
 * @throws `KinsafeError` (exported by `kinsafe`) with code `invalid-argument` when `input` is not text,
 *   bytes, a stream or an iterable of text or byte chunks, or an option is of the wrong kind (a
 *   programmer error; bad content is reported as findings). A value given twice where one is
 *   expected (`SWENo`, `FTE`, a header value) is reported and the last kept.
 *
 * @example
 * {@includeCode ../../../tests/interop/workforce.test.ts#docs-example}
 *
 * @category Workforce
 */
export async function readWorkforceCensus(input: ReaderInput, options: ReadWorkforceCensusOptions = {}): Promise<WorkforceCensusRead> {
  checkReaderOptions(options);
  const limits = resolveLimits(options.limits);
  const base: Record<string, string> = options.file === undefined ? {} : { file: options.file };
  const findings: WorkforceFinding[] = [];
  const header: { -readonly [K in keyof WorkforceCensusHeader]: WorkforceCensusHeader[K] } = {};
  const workers: WorkforceWorker[] = [];
  let workersInFile = 0;
  let agencyCoverLeaf: XmlNode | undefined;

  function report(code: WorkforceFindingCode, severity: WorkforceFinding["severity"], path: (string | number)[], node: XmlNode, params: Record<string, string | number>): void {
    findings.push({ code, severity, path, params: { ...base, element: node.name, ...params, line: node.line, column: node.column } });
  }

  // Header and vacancy values read so far, to report one given twice (the last is kept).
  const headerSeen = new Set<string>();
  function headerOnce(path: (string | number)[], leaf: XmlNode): void {
    if (leaf.text === "") return;
    if (headerSeen.has(leaf.name)) report("workforce/repeated-element", "warning", path, leaf, { parent: path[path.length - 2] ?? "" });
    headerSeen.add(leaf.name);
  }

  function onHeader(node: XmlNode): void {
    if (headerSeen.has("Header")) report("workforce/repeated-element", "warning", ["Header"], node, { parent: "Message" });
    headerSeen.add("Header");
    for (const group of node.children) {
      for (const leaf of group.children) {
        const v = leaf.text;
        headerOnce(["Header", group.name, leaf.name], leaf);
        if (leaf.name === "Collection" && v !== "CSWW") report("workforce/not-workforce-census", "warning", ["Header", group.name, leaf.name], leaf, { value: v, expected: "CSWW" });
        else if (leaf.name === "Year" && /^\d{4}$/.test(v)) header.collectionYear = Number(v);
        else if (leaf.name === "ReferenceDate") {
          if (isIsoDate(v)) header.referenceDate = v as IsoDate;
          else report("workforce/invalid-value", "error", ["Header", group.name, leaf.name], leaf, { value: v, expected: "a date YYYY-MM-DD" });
        } else if (leaf.name === "LEA") {
          if (/^\d{3}$/.test(v)) header.la = v;
          else report("workforce/invalid-value", "error", ["Header", group.name, leaf.name], leaf, { value: v, expected: "a three-digit local authority code" });
        }
      }
    }
  }

  function onVacancies(node: XmlNode): void {
    for (const leaf of node.children) {
      const v = leaf.text;
      const path = ["LALevelVacancies", leaf.name];
      if (leaf.name === "NumberOfVacancies" || leaf.name === "NoAgencyFTE" || leaf.name === "NoAgencyHeadcount") headerOnce(path, leaf);
      if (leaf.name === "NumberOfVacancies" || leaf.name === "NoAgencyFTE") {
        const n = toAmount(v);
        if (n === undefined) report("workforce/invalid-value", "error", path, leaf, { value: v, expected: "a number of FTE from 0" });
        else if (leaf.name === "NumberOfVacancies") header.vacancyFte = n;
        else {
          header.agencyCoverFte = header.agencyFte = n;
          agencyCoverLeaf = leaf;
        }
      } else if (leaf.name === "NoAgencyHeadcount") {
        const n = toCount(v);
        if (n === undefined) report("workforce/invalid-value", "error", path, leaf, { value: v, expected: "a whole number from 0" });
        else header.agencyCoverHeadcount = header.agencyHeadcount = n;
      } else report("workforce/unknown-element", "warning", path, leaf, { parent: "LALevelVacancies" });
    }
  }

  function onWorker(node: XmlNode): void {
    const index = workersInFile++;
    const values = new Map<string, XmlNode>();
    const lists = new Map<string, XmlNode[]>();
    let repeats: XmlNode[] | undefined;
    for (const leaf of node.children) {
      if (!WORKER_ELEMENTS.has(leaf.name)) {
        report("workforce/unknown-element", "warning", ["CSWWWorker", index, leaf.name], leaf, { parent: "CSWWWorker" });
        continue;
      }
      if (leaf.text === "") continue;
      if (REPEATABLE.has(leaf.name)) {
        const list = lists.get(leaf.name);
        if (list === undefined) lists.set(leaf.name, [leaf]);
        else list.push(leaf);
        continue;
      }
      const before = values.get(leaf.name);
      if (before !== undefined) (repeats ??= []).push(leaf);
      values.set(leaf.name, leaf);
    }
    let idNode = values.get("SWENo");
    const badId = idNode !== undefined && !isId(idNode.text) ? idNode : undefined;
    if (badId !== undefined) idNode = undefined;
    const workerId = idNode?.text ?? `worker-${String(index + 1)}`;
    const problems: WorkforceFinding[] = [];
    // An element given twice in one worker: the last is kept.
    for (const leaf of repeats ?? []) problems.push({ code: "workforce/repeated-element", severity: "warning", path: ["CSWWWorker", index, leaf.name], params: { ...base, workerId, element: leaf.name, parent: "CSWWWorker", line: leaf.line, column: leaf.column } });
    if (badId !== undefined) {
      problems.push({ code: "workforce/invalid-value", severity: "error", path: ["CSWWWorker", index, "SWENo"], params: { ...base, workerId, element: "SWENo", value: badId.text, expected: "an id of 1 to 200 characters, with no control character and no white space at either end", line: badId.line, column: badId.column } });
    }
    const bad = (leaf: XmlNode, expected: string): undefined => {
      problems.push({ code: "workforce/invalid-value", severity: "error", path: ["CSWWWorker", index, leaf.name], params: { ...base, workerId, element: leaf.name, value: leaf.text, expected, line: leaf.line, column: leaf.column } });
      return undefined;
    };
    const num = (name: string, parse: (s: string) => number | undefined, expected: string): number | undefined => {
      const leaf = values.get(name);
      if (leaf === undefined) return undefined;
      return parse(leaf.text) ?? bad(leaf, expected);
    };
    const day = (name: string): string | undefined => {
      const leaf = values.get(name);
      if (leaf === undefined) return undefined;
      return isIsoDate(leaf.text) ? leaf.text : bad(leaf, "a date YYYY-MM-DD");
    };
    if (idNode === undefined) {
      problems.push({ code: "workforce/worker-without-id", severity: "warning", path: ["CSWWWorker", index], params: { ...base, workerId, element: "SWENo", line: node.line, column: node.column } });
    }
    const agencyNode = values.get("AgencyWorker");
    const agency = agencyNode === undefined ? undefined : (toBoolean(agencyNode.text) ?? bad(agencyNode, "0 or 1"));
    const fte = num("FTE", toAmount, "a number of FTE from 0");
    const startDate = day("RoleStartDate");
    const leavingDate = day("RoleEndDate");
    const cases = num("Cases30", toCount, "a whole number from 0");
    const sicknessDays = num("WorkingDaysLost", toAmount, "a number of days from 0");
    const flag = (name: string): boolean | undefined => {
      const leaf = values.get(name);
      return leaf === undefined ? undefined : (toBoolean(leaf.text) ?? bad(leaf, "0 or 1"));
    };
    const codeOf = (name: string): string | undefined => {
      const leaf = values.get(name);
      if (leaf === undefined) return undefined;
      const allowed = CODES.get(name);
      if (allowed !== undefined && !allowed.has(leaf.text)) return bad(leaf, `one of ${[...allowed].join(", ")}`);
      return isId(leaf.text) ? leaf.text : bad(leaf, "a code");
    };
    const extra: Partial<Record<keyof WorkforceWorker, unknown>> = {
      birthDate: day("PersonBirthDate"),
      gender: codeOf("GenderCurrent"),
      ethnicity: codeOf("Ethnicity"),
      qualificationLevel: codeOf("QualLevel"),
      stepUpGraduate: flag("StepUpGrad"),
      frontlineGraduate: flag("FrontlineGrad"),
      orgRole: codeOf("OrgRole"),
      startOrigin: codeOf("StartOrigin"),
      leaverDestination: codeOf("LeaverDestination"),
      reasonLeave: codeOf("ReasonLeave"),
      fteAt30September: num("FTE30", toAmount, "a number of FTE from 0"),
      contractWeeks: num("ContractWeeks", toAmount, "a number of weeks from 0"),
      absentAt30September: flag("Absat30Sept"),
      reasonAbsence: codeOf("ReasonAbsence"),
      cfkssStatus: codeOf("CFKSSstatus"),
    };
    const institutions = (lists.get("QualInst") ?? []).filter((leaf) => isId(leaf.text) || bad(leaf, "an institution's name of 1 to 200 characters") !== undefined).map((leaf) => leaf.text);
    for (const p of problems) findings.push(p);
    if (fte === undefined) {
      findings.push({ code: "workforce/worker-dropped", severity: "error", path: ["CSWWWorker", index], params: { ...base, workerId, element: "FTE", line: node.line, column: node.column } });
      return;
    }
    const worker: { -readonly [K in keyof WorkforceWorker]: WorkforceWorker[K] } = { id: workerId, employment: agency === true ? "agency" : "employee", fte };
    if (startDate !== undefined) worker.startDate = startDate as IsoDate;
    if (leavingDate !== undefined) worker.leavingDate = leavingDate as IsoDate;
    if (cases !== undefined) {
      worker.cases = cases;
      worker.caseHolder = cases > 0;
    }
    if (sicknessDays !== undefined) worker.sicknessDays = sicknessDays;
    for (const [key, value] of Object.entries(extra)) if (value !== undefined) Object.assign(worker, { [key]: value });
    if (institutions.length > 0) worker.qualificationInstitutions = institutions;
    workers.push(worker);
  }

  // Agency workers covering vacancies (NoAgencyFTE) cannot be more than the agency workers in
  // post at the reference date, nor more than the vacancies: a share over 100% would follow.
  // The input keeps both values; the engine gives those shares as unavailable.
  function checkAgencyCover(referenceDate: string): void {
    const cover = header.agencyCoverFte;
    if (cover === undefined || agencyCoverLeaf === undefined) return;
    let agencyInPost = 0;
    for (const x of workers) {
      if (x.employment !== "agency") continue;
      if (x.startDate !== undefined && x.startDate > referenceDate) continue;
      if (x.leavingDate !== undefined && x.leavingDate <= referenceDate) continue;
      agencyInPost += x.fte;
    }
    agencyInPost = Math.round(agencyInPost * 1e6) / 1e6;
    const vacancies = header.vacancyFte ?? 0;
    const path = ["LALevelVacancies", "NoAgencyFTE"];
    if (cover > agencyInPost) report("workforce/agency-cover-exceeds", "warning", path, agencyCoverLeaf, { value: cover, limit: agencyInPost, compared: "the FTE of agency workers in post at the reference date" });
    if (cover > vacancies) report("workforce/agency-cover-exceeds", "warning", path, agencyCoverLeaf, { value: cover, limit: vacancies, compared: "the FTE of vacancies (NumberOfVacancies)" });
  }

  const handler = createTreeHandler(
    (name, line, column) => {
      if (name !== "Message") findings.push({ code: "workforce/not-workforce-census", severity: "error", path: [], params: { ...base, element: name, expected: "Message", line, column } });
    },
    (node) => {
      if (node.name === "Header") onHeader(node);
      else if (node.name === "LALevelVacancies") onVacancies(node);
      else if (node.name === "CSWWWorker") onWorker(node);
      else report("workforce/unknown-element", "warning", [node.name], node, { parent: "Message" });
    },
  );
  const scanner = createXmlByteScanner(handler, limits);
  try {
    for await (const chunk of byteChunks(input, limits)) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    const finding = fatalFinding("workforce", error, options.file);
    if (finding === undefined) throw error;
    findings.push(finding);
  }
  const referenceDate = header.referenceDate ?? options.referenceDate;
  if (referenceDate === undefined) {
    findings.push({ code: "workforce/missing-reference-date", severity: "error", path: ["Header"], params: { ...base, element: "ReferenceDate" } });
    return { header, findings, workersInFile, workersRead: workers.length };
  }
  checkAgencyCover(referenceDate);
  return {
    header,
    input: {
      kind: "workers",
      referenceDate,
      workers,
      vacancyFte: header.vacancyFte ?? 0,
      ...(header.agencyCoverFte === undefined ? {} : { agencyCoverFte: header.agencyCoverFte }),
      ...(header.agencyCoverHeadcount === undefined ? {} : { agencyCoverHeadcount: header.agencyCoverHeadcount }),
    },
    findings,
    workersInFile,
    workersRead: workers.length,
  };
}
