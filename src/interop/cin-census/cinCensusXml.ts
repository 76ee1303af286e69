import type { ChildRecord } from "../../records";
import { KinsafeError } from "../../core";
import { checkWriterObject, checkWriterRecord, escapeXml } from "../internal";
import type { CinCensusFinding, CinCensusHeader } from "./CinCensus";

/**
 * Options of `writeCinCensus` and `writeCinCensusStream`.
 *
 * @category CIN census
 */
export interface WriteCinCensusOptions {
  /**
   * Which element carries the child's sex: `Sex` (M/F/U, from the 2024-25 census) or
   * `GenderCurrent` (1/2/0, up to 2023-24). Default: `Sex` when the reference date is on or after
   * 31 March 2025, else `GenderCurrent`.
   */
  readonly sexElement?: "Sex" | "GenderCurrent";
  /**
   * `all` (default) writes every episode of every record; `collection-year` writes only the
   * episodes open at some time in the year ending on the reference date, as a return does.
   */
  readonly scope?: "all" | "collection-year";
  /** Called for each child left out (`cin-census/child-not-written`: no CIN episode to write). */
  readonly onFinding?: (finding: CinCensusFinding) => void;
}

const GENDER: Readonly<Record<string, string>> = { M: "1", F: "2", U: "0" };

function el(out: string[], indent: string, name: string, value: string | number | undefined): void {
  if (value !== undefined) out.push(`${indent}<${name}>${typeof value === "number" ? String(value) : escapeXml(value)}</${name}>\n`);
}

/** A yes/no value as the return writes it; `undefined` (not recorded) leaves the element out, as the return has no code for a missing value. */
function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? "true" : "false";
}

/**

 * The XML declaration, header and the opening of `Children`.

 *

 * @internal

 */
export function cinCensusHead(header: CinCensusHeader): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<Message>\n  <Header>\n    <CollectionDetails>\n'];
  el(out, "      ", "Collection", "CIN");
  el(out, "      ", "Year", header.collectionYear ?? (header.referenceDate === undefined ? undefined : Number(header.referenceDate.slice(0, 4))));
  el(out, "      ", "ReferenceDate", header.referenceDate);
  out.push("    </CollectionDetails>\n    <Source>\n");
  el(out, "      ", "SourceLevel", "L");
  el(out, "      ", "LEA", header.la);
  el(out, "      ", "SoftwareCode", header.softwareCode);
  el(out, "      ", "Release", header.release);
  el(out, "      ", "SerialNo", header.serialNo);
  el(out, "      ", "DateTime", header.dateTime);
  out.push("    </Source>\n  </Header>\n  <Children>\n");
  return out.join("");
}

/**

 * The closing of `Children` and `Message`.

 *

 * @internal

 */
export const CIN_CENSUS_TAIL = "  </Children>\n</Message>\n";

/**

 * Resolved writer settings.

 *

 * @internal

 */
export interface CinWriteSettings {
  readonly sex: "Sex" | "GenderCurrent";
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly onFinding: ((finding: CinCensusFinding) => void) | undefined;
}

/**

 * Resolves the writer's options against the header.

 *

 * @internal

 */
export function cinWriteSettings(header: CinCensusHeader, options: WriteCinCensusOptions): CinWriteSettings {
  checkWriterObject(header, "The header of a CIN census return");
  checkWriterObject(options, "The options");
  const h = header as unknown as Record<string, unknown>;
  if (h["referenceDate"] !== undefined && typeof h["referenceDate"] !== "string") throw new KinsafeError("invalid-argument", `The header's referenceDate must be a date as text (YYYY-MM-DD); received ${typeof h["referenceDate"]}.`);
  if (options.onFinding !== undefined && typeof options.onFinding !== "function") throw new KinsafeError("invalid-argument", "The option onFinding must be a function.");
  const ref = header.referenceDate;
  const sex = options.sexElement ?? (ref !== undefined && ref >= "2025-03-31" ? "Sex" : "GenderCurrent");
  let from: string | undefined;
  let to: string | undefined;
  if (options.scope === "collection-year" && ref !== undefined) {
    to = ref;
    // The year starts the day after the same date a year earlier.
    const prev = `${String(Number(ref.slice(0, 4)) - 1)}${ref.slice(4)}`;
    const d = new Date(`${prev}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1);
    from = d.toISOString().slice(0, 10);
  }
  return { sex, from, to, onFinding: options.onFinding };
}

/**
 * One `Child` element, or `undefined` when the child has no CIN episode to write.
 *
 * @internal
 */
export function cinChildXml(record: ChildRecord, s: CinWriteSettings): string | undefined {
  checkWriterRecord(record, ["cinEpisodes", "careProceedings"]);
  const episodes = s.from === undefined ? record.cinEpisodes : record.cinEpisodes.filter((e) => e.referralDate <= (s.to ?? "") && (e.closureDate === undefined || e.closureDate >= (s.from ?? "")));
  const c = record.child;
  if (episodes.length === 0) {
    s.onFinding?.({ code: "cin-census/child-not-written", severity: "info", path: [], params: { childId: c.childId, element: "Child" } });
    return undefined;
  }
  const out: string[] = ["    <Child>\n      <ChildIdentifiers>\n"];
  const i3 = "        ";
  el(out, i3, "LAchildID", c.childId);
  el(out, i3, "UPN", c.upn);
  el(out, i3, "PersonBirthDate", c.dob);
  el(out, i3, "ExpectedPersonBirthDate", c.expectedDob);
  el(out, i3, s.sex, c.sex === undefined ? undefined : s.sex === "Sex" ? c.sex : GENDER[c.sex]);
  el(out, i3, "PersonDeathDate", c.deathDate);
  out.push("      </ChildIdentifiers>\n      <ChildCharacteristics>\n");
  el(out, i3, "Ethnicity", c.ethnicity);
  if (c.disabilities.length > 0) {
    out.push(`${i3}<Disabilities>\n`);
    for (const d of c.disabilities) el(out, `${i3}  `, "Disability", d);
    out.push(`${i3}</Disabilities>\n`);
  }
  out.push("      </ChildCharacteristics>\n");

  // Care proceedings go back into the episode they were read from (their id starts with the
  // episode's id), else into the episode open when they started, else the one open when the
  // application was issued, else the last episode referred before they started, else the first.
  // The episode is looked for among all the child's episodes, and the proceedings are written
  // only when it is written: a return for one year does not carry the proceedings of an episode
  // outside the year (putting them into another episode would report them again in every later
  // return, each time as new proceedings).
  const proceedings = new Map<string, (typeof record.careProceedings)[number][]>();
  const openOn = (day: string | undefined): (typeof record.cinEpisodes)[number] | undefined => {
    let found: (typeof record.cinEpisodes)[number] | undefined;
    if (day !== undefined) for (const e of record.cinEpisodes) if (e.referralDate <= day && (e.closureDate === undefined || e.closureDate >= day)) found = e;
    return found;
  };
  for (const p of record.careProceedings) {
    const start = p.preProceedingsStart ?? p.issueDate;
    if (start === undefined) continue;
    let home = record.cinEpisodes.find((e) => p.id.startsWith(`${e.id}/`)) ?? openOn(start) ?? openOn(p.issueDate);
    if (home === undefined) {
      for (const e of record.cinEpisodes) if (e.referralDate <= start) home = e;
    }
    home ??= record.cinEpisodes[0];
    if (home === undefined || !episodes.includes(home)) continue;
    const list = proceedings.get(home.id) ?? [];
    list.push(p);
    proceedings.set(home.id, list);
  }

  const i4 = "        ";
  const i5 = "          ";
  const i6 = "            ";
  for (const e of episodes) {
    out.push("      <CINdetails>\n");
    el(out, i4, "CINreferralDate", e.referralDate);
    el(out, i4, "ReferralSource", e.referralSource);
    el(out, i4, "PrimaryNeedCode", e.primaryNeed);
    el(out, i4, "CINclosureDate", e.closureDate);
    el(out, i4, "ReasonForClosure", e.closureReason);
    el(out, i4, "DateOfInitialCPC", e.episodeIcpcDate);
    for (const a of e.assessments) {
      out.push(`${i4}<Assessments>\n`);
      el(out, i5, "AssessmentActualStartDate", a.startDate);
      el(out, i5, "AssessmentAuthorisationDate", a.authorisationDate);
      if (a.factors.length > 0) {
        out.push(`${i5}<FactorsIdentifiedAtAssessment>\n`);
        for (const f of a.factors) el(out, i6, "AssessmentFactors", f);
        out.push(`${i5}</FactorsIdentifiedAtAssessment>\n`);
      }
      out.push(`${i4}</Assessments>\n`);
    }
    for (const p of e.cinPlans) {
      out.push(`${i4}<CINPlanDates>\n`);
      el(out, i5, "CINPlanStartDate", p.startDate);
      el(out, i5, "CINPlanEndDate", p.endDate);
      out.push(`${i4}</CINPlanDates>\n`);
    }
    for (const q of e.section47s) {
      out.push(`${i4}<Section47>\n`);
      el(out, i5, "S47ActualStartDate", q.startDate);
      el(out, i5, "InitialCPCtarget", q.icpcTargetDate);
      el(out, i5, "DateOfInitialCPC", q.icpcDate);
      el(out, i5, "ICPCnotRequired", yesNo(q.icpcNotRequired));
      out.push(`${i4}</Section47>\n`);
    }
    el(out, i4, "ReferralNFA", yesNo(e.referralNfa));
    for (const p of e.cpPlans) {
      out.push(`${i4}<ChildProtectionPlans>\n`);
      el(out, i5, "CPPstartDate", p.startDate);
      el(out, i5, "CPPendDate", p.endDate);
      el(out, i5, "InitialCategoryOfAbuse", p.initialCategory);
      el(out, i5, "LatestCategoryOfAbuse", p.latestCategory);
      el(out, i5, "NumberOfPreviousCPP", p.numberOfPreviousCpp);
      if (p.reviewDates.length > 0) {
        out.push(`${i5}<Reviews>\n`);
        for (const d of p.reviewDates) el(out, i6, "CPPreviewDate", d);
        out.push(`${i5}</Reviews>\n`);
      }
      out.push(`${i4}</ChildProtectionPlans>\n`);
    }
    for (const p of proceedings.get(e.id) ?? []) {
      out.push(`${i4}<PreProceedingsandFGDM>\n`);
      el(out, i5, "PPStartDate", p.preProceedingsStart);
      el(out, i5, "CourtAppDate", p.issueDate);
      out.push(`${i4}</PreProceedingsandFGDM>\n`);
    }
    out.push("      </CINdetails>\n");
  }
  out.push("    </Child>\n");
  return out.join("");
}
