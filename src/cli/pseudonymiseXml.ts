// Pseudonymising the XML returns (CIN census, SSDA903 XML, workforce census) with the readers'
// own scanner, so that CDATA, comments inside values, character and entity references, a byte
// order mark and the readers' limits are handled exactly as the readers handle them. The return
// is written again from what was read: only elements of the return's vocabulary, each value as
// plain escaped text; comments, processing instructions and attributes (which no return needs,
// and which could hold anything) are left out. Anything else is refused.
import { createXmlScanner, LimitError, resolveLimits, XmlError, type ResolvedLimits, type XmlHandler } from "../interop/internal";
import { CIN_CENSUS_CONTAINERS } from "../interop/cin-census/internal";
import { TABLE_COLUMNS, XML_HEADER_BLOCKS, XML_HEADER_FIELDS } from "../interop/ssda903/internal";
import { RefusedInput, replaceValue, type IdentifierKind, type Pseudonymiser, type ReplacedCounts } from "./pseudonymise";

/** The XML formats `kinsafe pseudonymise` reads. */
export type XmlFormat = "cin-census" | "ssda903-xml" | "workforce";

interface Vocabulary {
  readonly name: string;
  readonly root: string;
  /** Which elements each container may hold; every other element is a leaf (text only). */
  readonly containers: ReadonlyMap<string, ReadonlySet<string>>;
  /** Leaves whose values are replaced. */
  readonly replaced: ReadonlyMap<string, IdentifierKind>;
  /** The element of one child (or worker). */
  readonly record: string;
}

function vocabulary(name: string, root: string, record: string, containers: Record<string, readonly string[]>, replaced: Record<string, IdentifierKind>): Vocabulary {
  return {
    name,
    root,
    record,
    containers: new Map(Object.entries(containers).map(([k, v]) => [k, new Set(v)])),
    replaced: new Map(Object.entries(replaced)),
  };
}

// The CIN census vocabulary: the reader's own (its `#document` entry names no element).
const CIN = vocabulary(
  "a CIN census return",
  "Message",
  "Child",
  CIN_CENSUS_CONTAINERS,
  { LAchildID: "childId", UPN: "upn", FormerUPN: "upn", PersonBirthDate: "dateOfBirth", ExpectedPersonBirthDate: "dateOfBirth" },
);

// SSDA903 XML, from the reader's own tables (src/interop/ssda903/ssda903Tables.ts).
const SSDA903 = vocabulary(
  "an SSDA903 return",
  "EXPSSDA903",
  "CHILD",
  {
    EXPSSDA903: ["CHILD"],
    CHILD: ["HEADER", "EPISODE"],
    HEADER: [...Object.keys(XML_HEADER_FIELDS), ...Object.keys(XML_HEADER_BLOCKS)],
    ...Object.fromEntries(Object.entries(XML_HEADER_BLOCKS).map(([block, table]) => [block, TABLE_COLUMNS[table].filter((c) => c !== "CHILD" && c !== "DOB")])),
    EPISODE: [...TABLE_COLUMNS.episodes.filter((c) => c !== "CHILD" && c !== "PLACE"), "PL"],
  },
  { CHILDID: "childId", UPN: "upn", DOB: "dateOfBirth", MC_DOB: "dateOfBirth" },
);

// The workforce census (src/interop/workforce/readWorkforceCensus.ts).
const WORKFORCE = vocabulary(
  "a workforce census return",
  "Message",
  "CSWWWorker",
  {
    Message: ["Header", "LALevelVacancies", "CSWWWorker"],
    Header: ["CollectionDetails", "Source"],
    CollectionDetails: ["Collection", "Year", "ReferenceDate"],
    Source: ["SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"],
    LALevelVacancies: ["NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"],
    CSWWWorker: [
      "AgencyWorker", "SWENo", "FTE", "PersonBirthDate", "GenderCurrent", "Ethnicity", "QualInst", "QualLevel", "StepUpGrad", "OrgRole", "RoleStartDate",
      "StartOrigin", "RoleEndDate", "LeaverDestination", "ReasonLeave", "FTE30", "Cases30", "WorkingDaysLost", "ContractWeeks", "FrontlineGrad",
      "Absat30Sept", "ReasonAbsence", "CFKSSstatus",
    ],
  },
  { SWENo: "workerId", PersonBirthDate: "dateOfBirth" },
);

const VOCABULARIES: Readonly<Record<XmlFormat, Vocabulary>> = { "cin-census": CIN, "ssda903-xml": SSDA903, workforce: WORKFORCE };

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const SPECIALS = /[&<>\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text as XML character data: markup escaped, control characters (and CR) as character references. */
function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(SPECIALS, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `&#${String(c.charCodeAt(0))};`));
}

const INDENT: readonly string[] = Array.from({ length: 64 }, (_, i) => "  ".repeat(i));

/** A streaming XML pseudonymiser: `write` each text chunk (BOM dropped), then `end`; each returns the output ready so far. */
export interface XmlPseudonymiser {
  write(chunk: string): string;
  end(): string;
}

/**
 * Makes a streaming pseudonymiser of one XML return: identifiers, UPNs and dates of birth are
 * replaced; every element must belong to the return's vocabulary, containers may hold no text
 * and values no elements, and a problem the readers would stop on (malformed or unsafe XML, a
 * limit) stops it too. Buffering is linear: each chunk is scanned once and the output written
 * as it is made.
 *
 * @param format - The kind of return.
 * @param p - The pseudonymiser.
 * @param counts - The counts of this file, filled in as it is read.
 * @param limits - The readers' limits (their defaults when not given).
 * @returns The pseudonymiser of the file.
 * @throws {@link RefusedInput} from `write` and `end` for anything it cannot account for.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#xml}
 */
export function createXmlPseudonymiser(format: XmlFormat, p: Pseudonymiser, counts: ReplacedCounts, limits: ResolvedLimits = resolveLimits(undefined)): XmlPseudonymiser {
  const v = VOCABULARIES[format];
  // The open containers, and where each starts; a leaf holds no element, so at most one is open.
  const stack: string[] = [];
  const lines: number[] = [];
  const columns: number[] = [];
  let leaf: string | undefined;
  let leafText = "";
  let leafLine = 0;
  let leafColumn = 0;
  // The output so far, as one string: `+=` makes a rope that is flattened once, when handed out.
  let out = '<?xml version="1.0" encoding="UTF-8"?>\n';
  // The indented start tag of each element at each depth, made once.
  const starts: Map<string, string>[] = [];
  const start = (name: string): string => {
    const depth = stack.length;
    const byName = (starts[depth] ??= new Map<string, string>());
    let tag = byName.get(name);
    if (tag === undefined) {
      tag = `${INDENT[depth] ?? "  ".repeat(depth)}<${name}`;
      byName.set(name, tag);
    }
    return tag;
  };
  const handler: XmlHandler = {
    open(name, line, column) {
      if (leaf !== undefined) throw new RefusedInput(`<${leaf}> holds an element <${name}>: its value cannot be read`, line, column);
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        if (name !== v.root) throw new RefusedInput(`the root element <${name}> is not that of ${v.name} (<${v.root}>)`, line, column);
      } else if (v.containers.get(parent)?.has(name) !== true) {
        throw new RefusedInput(`<${name}> inside <${parent}> is not an element of ${v.name}: it could hold anything, so it is not copied`, line, column);
      }
      if (v.containers.has(name)) {
        out += start(name) + ">\n";
        stack.push(name);
        lines.push(line);
        columns.push(column);
      } else {
        leaf = name;
        leafText = "";
        leafLine = line;
        leafColumn = column;
      }
    },
    text(text) {
      if (leaf !== undefined) {
        leafText += text;
        return;
      }
      if (text.trim() === "") return;
      throw new RefusedInput(`<${stack[stack.length - 1] ?? ""}> holds text: only its elements are expected`, lines[lines.length - 1], columns[columns.length - 1]);
    },
    close(name) {
      if (leaf === undefined) {
        stack.pop();
        lines.pop();
        columns.pop();
        out += `${INDENT[stack.length] ?? "  ".repeat(stack.length)}</${name}>\n`;
        if (name === v.record) counts.records++;
        return;
      }
      leaf = undefined;
      const kind = v.replaced.get(name);
      let value = leafText;
      leafText = "";
      if (kind !== undefined) {
        try {
          value = replaceValue(p, kind, value, counts);
        } catch (error) {
          if (error instanceof RefusedInput) throw new RefusedInput(`<${name}>: ${error.message}`, leafLine, leafColumn);
          throw error;
        }
      }
      out += value === "" ? start(name) + "/>\n" : start(name) + ">" + xmlText(value) + "</" + name + ">\n";
    },
  };
  const scanner = createXmlScanner(handler, limits);
  const run = (f: () => void): string => {
    try {
      f();
    } catch (error) {
      if (error instanceof XmlError) throw new RefusedInput(`not ${v.name} that can be read (${error.kind}): ${error.message}`, error.line, error.column);
      if (error instanceof LimitError) throw new RefusedInput(error.message);
      throw error;
    }
    const text = out;
    out = "";
    return text;
  };
  return {
    write: (chunk) => run(() => scanner.write(chunk)),
    end: () => run(() => scanner.end()),
  };
}
