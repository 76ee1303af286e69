// Pseudonymising SSDA903 CSV tables with the readers' own CSV parser: quotes, CRLF or LF, blank
// lines (also before the header) and the readers' cell limit are handled as the readers handle
// them. The header must name only SSDA903 columns; every row is written again as plain CSV.
import { CsvError, createCsvParser, resolveLimits, type ResolvedLimits } from "../interop/internal";
import { TABLE_COLUMNS } from "../interop/ssda903/internal";
import { csvRow } from "./csv";
import { RefusedInput, replaceValue, type IdentifierKind, type Pseudonymiser, type ReplacedCounts } from "./pseudonymise";

/** The columns of any SSDA903 table, and `YEAR` (added by some exports). */
const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...Object.values(TABLE_COLUMNS).flat(), "YEAR"]);

/** What each SSDA903 column holds that is replaced. */
const REPLACED: ReadonlyMap<string, IdentifierKind> = new Map<string, IdentifierKind>([
  ["CHILD", "childId"],
  ["SW_ID", "workerId"],
  ["UPN", "upn"],
  ["DOB", "dateOfBirth"],
  ["MC_DOB", "dateOfBirth"],
]);

/** A streaming CSV pseudonymiser: `write` each text chunk (BOM dropped), then `end`; each returns the output ready so far. */
export interface CsvPseudonymiser {
  write(chunk: string): string;
  end(): string;
}

/**
 * Makes a streaming pseudonymiser of one SSDA903 CSV table. The header is the first line that is
 * not blank; it must have a `CHILD` column, only SSDA903 columns (in any case), and no column
 * twice. `CHILD`, `SW_ID`, `UPN`, `DOB` and `MC_DOB` are replaced in every row; a row with more
 * cells than the header is refused unless the extra cells are empty.
 *
 * @param p - The pseudonymiser.
 * @param counts - The counts of this file (each row is one record).
 * @param limits - The readers' limits (their defaults when not given).
 * @returns The pseudonymiser of the file.
 * @throws {@link RefusedInput} from `write` and `end` for anything it cannot account for.
 *
 * @example
 * {@includeCode ../../tests/cli/pseudonymise.test.ts#csv}
 */
export function createCsvPseudonymiser(p: Pseudonymiser, counts: ReplacedCounts, limits: ResolvedLimits = resolveLimits(undefined)): CsvPseudonymiser {
  let kinds: (IdentifierKind | undefined)[] | undefined;
  let named: boolean[] = [];
  let out: string[] = [];
  const parser = createCsvParser((cells, line) => {
    if (kinds === undefined) {
      const columns = cells.map((c) => c.trim().toUpperCase());
      if (!columns.includes("CHILD")) throw new RefusedInput("cannot find the header: the first line that is not blank has no CHILD column", line, 1);
      const seen = new Set<string>();
      columns.forEach((c, i) => {
        if (c === "") return;
        if (!KNOWN_COLUMNS.has(c)) throw new RefusedInput(`the column ${JSON.stringify(c.slice(0, 40))} (column ${String(i + 1)}) is not an SSDA903 column: it could hold anything, so it is not copied`, line, 1);
        if (seen.has(c)) throw new RefusedInput(`the column ${c} is there twice`, line, 1);
        seen.add(c);
      });
      kinds = columns.map((c) => REPLACED.get(c));
      // A column without a name (a trailing comma) may only be empty.
      named = columns.map((c) => c !== "");
      out.push(csvRow(cells.map((c) => c.trim()), false));
      return;
    }
    counts.records++;
    const row = cells.map((cell, i) => {
      const kind = kinds?.[i];
      if (named[i] !== true) {
        if (cell.trim() !== "") throw new RefusedInput(`row has a value in column ${String(i + 1)}, which has no name in the header`, line, 1);
        return cell;
      }
      if (kind === undefined) return cell;
      try {
        return replaceValue(p, kind, cell, counts);
      } catch (error) {
        if (error instanceof RefusedInput) throw new RefusedInput(`column ${String(i + 1)}: ${error.message}`, line, 1);
        throw error;
      }
    });
    out.push(csvRow(row, false));
  }, limits);
  const run = (f: () => void): string => {
    try {
      f();
    } catch (error) {
      if (error instanceof CsvError) throw new RefusedInput(`not a CSV file that can be read: ${error.message}`, error.line, 1);
      throw error;
    }
    const text = out.join("");
    out = [];
    return text;
  };
  return {
    write: (chunk) => run(() => parser.write(chunk)),
    end: () =>
      run(() => {
        parser.end();
        if (kinds === undefined) throw new RefusedInput("cannot find the header: the file has no line that is not blank");
      }),
  };
}
