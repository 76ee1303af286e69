// A workbook (metricsWorkbook.ts) as the bytes of an .xlsx file, written by write-excel-file.
// Loaded only for `kinsafe metrics --format xlsx` (a dynamic import), so that every other run
// of the command starts without it.
import { unzipSync, zipSync, type Zippable } from "fflate";
import writeExcelFile, { type Cell } from "write-excel-file/node";
import type { Workbook, WorkbookCell, WorkbookSheet } from "./metricsWorkbook";

/** write-excel-file's types for its Node entry (those of its last overload: several sheets). */
type Write = Parameters<typeof writeExcelFile>;
type NodeSheet = Write[0][number];
type NodeFeature = NonNullable<NonNullable<Write[1]>["features"]>[number];

/**
 * The time stamped on every part of the file: 1 January 1980 00:00, the earliest a zip file can
 * hold. The zip writer would otherwise stamp the clock's time, and the same inputs would not give
 * the same bytes.
 */
const FIXED_TIME = { year: 1980, month: 0, day: 1 } as const;

function cell(c: WorkbookCell): Cell {
  if (c === null) return null;
  if (c.type === "number") return { type: Number, value: c.value, format: c.format };
  return {
    type: String,
    value: c.value,
    ...(c.bold === true ? { fontWeight: "bold" as const } : {}),
    ...(c.indent === undefined || c.indent === 0 ? {} : { indent: c.indent }),
    ...(c.wrap === true ? { wrap: true, alignVertical: "top" as const } : {}),
    ...(c.right === true ? { align: "right" as const } : {}),
  };
}

function sheet(s: WorkbookSheet): NodeSheet {
  return {
    sheet: s.name,
    data: s.rows.map((row) => row.map(cell)),
    columns: s.widths.map((width) => ({ width })),
    ...(s.frozenRows > 0 ? { stickyRowsCount: s.frozenRows } : {}),
    ...(s.frozenColumns > 0 ? { stickyColumnsCount: s.frozenColumns } : {}),
  };
}

/**
 * The "Normal" cell style, which Excel writes in every workbook and write-excel-file leaves out
 * (openpyxl, and so pandas `read_excel`, warn "Workbook contains no default style" without it):
 * added to xl/styles.xml where the order of its elements requires, unless it is there already or
 * the file is not shaped as expected (then it is left as it is).
 */
const NORMAL_STYLE: NodeFeature = {
  files: {
    transform: {
      "xl/styles.xml": {
        transform: (xml) => {
          if (xml.includes("<cellStyles") || xml.includes("<cellStyleXfs") || !xml.includes("<cellXfs") || !xml.includes("</cellXfs>")) return xml;
          return xml
            .replace("<cellXfs", '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs')
            .replace("</cellXfs>", '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>');
        },
      },
    },
  },
};

/**
 * Re-packs a zip file with every entry's time set to {@link FIXED_TIME}, in the same order and
 * with the same contents (only the zip's time stamps change, not the workbook's XML).
 */
function withFixedTimes(zip: Uint8Array): Uint8Array {
  const entries = unzipSync(zip);
  // A Date from local fields: a zip stores local fields, so they are the same in every time zone.
  const mtime = new Date(FIXED_TIME.year, FIXED_TIME.month, FIXED_TIME.day);
  const files: Zippable = {};
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { mtime }];
  return zipSync(files, { level: 6 });
}

/**
 * Writes a workbook as an .xlsx file (Office Open XML, read by Excel, LibreOffice, pandas
 * `read_excel` and R `readxl`), with write-excel-file: numbers as numeric cells with their
 * number formats, text as shared strings, bold headings, frozen header rows and columns, and
 * column widths, and the "Normal" cell style. The file has no document properties (no author, no time of writing) and every
 * part is time-stamped 1 January 1980, so the same workbook gives the same bytes.
 *
 * @param workbook - The workbook, from {@link metricsWorkbook}.
 * @returns The bytes of the file.
 *
 * @example
 * {@includeCode ../../tests/cli/metricsXlsx.test.ts#xlsx-bytes}
 */
export async function xlsxBytes(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await writeExcelFile(workbook.sheets.map(sheet), { fontFamily: "Calibri", fontSize: 11, features: [NORMAL_STYLE] }).toBuffer();
  return withFixedTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
