// Child records checked and turned into columns in batches: what the read threads of
// `readReturns` hand back instead of the records themselves, and what the metrics engine adds
// as if it had been given the records one by one.
import { safeParseWith, type InputIssue } from "../core";
import { ChildRecordSchema } from "./ChildRecord";
import { ALL_PARTS, ColumnsBuilder, type ColumnData } from "./columnData";
import { isValidChildRecord } from "./validateChildRecord";

/**
 * A record found invalid: its place among the records of its part, its child's id when
 * readable, and zod's issues (the shape of the metrics' `RecordError`).
 *
 * @internal
 */
export interface ColumnPartError {
  readonly index: number;
  readonly childId?: string;
  readonly issues: readonly InputIssue[];
}

/**
 * Children as columns, with what checking their records found: `read` records were given, of
 * which `skipped` were invalid and are not in `data`; `errors` are the first of them.
 *
 * @internal
 */
export interface ColumnPart {
  readonly data: ColumnData;
  readonly read: number;
  readonly skipped: number;
  readonly errors: readonly ColumnPartError[];
}

/**
 * Turns records into {@link ColumnPart}s: `add` checks each record (the engine's check, then
 * zod's for the issues of an invalid one) and appends the valid ones; `take` hands out the part
 * so far (owning its buffers, so it can be transferred to another thread) and starts the next.
 *
 * @internal
 */
export interface ColumnPartBuilder {
  add(record: unknown): void;
  /** Adds a child written straight into the columns by `append` (a reader's, checked as a record would be). */
  addWith(append: (columns: ColumnsBuilder) => void): void;
  readonly size: number;
  take(): ColumnPart;
}

/**
 * Creates a {@link ColumnPartBuilder}.
 *
 * @param maxErrors - The most errors a part keeps (the rest are only counted).
 * @returns The builder.
 * @internal
 */
export function createColumnPartBuilder(maxErrors: number = 1000): ColumnPartBuilder {
  const builder = new ColumnsBuilder(ALL_PARTS);
  let read = 0;
  let skipped = 0;
  let errors: ColumnPartError[] = [];
  return {
    add(record: unknown): void {
      const index = read++;
      if (isValidChildRecord(record)) {
        builder.append(record);
        return;
      }
      const parsed = safeParseWith(ChildRecordSchema, record, `child record #${String(index)}`);
      if (parsed.ok) {
        builder.append(parsed.value);
        return;
      }
      skipped++;
      if (errors.length < maxErrors) {
        const childId = childIdOf(record);
        errors.push(childId === undefined ? { index, issues: parsed.error.issues } : { index, childId, issues: parsed.error.issues });
      }
    },
    addWith(append): void {
      append(builder);
      read++;
    },
    get size(): number {
      return read;
    },
    take(): ColumnPart {
      const part: ColumnPart = { data: builder.data(true), read, skipped, errors };
      builder.reset();
      read = 0;
      skipped = 0;
      errors = [];
      return part;
    },
  };
}

/**
 * The child id of what may be a child record, when it has one.
 *
 * @internal
 */
export function childIdOf(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const child = (record as { child?: unknown }).child;
  if (typeof child !== "object" || child === null) return undefined;
  const id = (child as { childId?: unknown }).childId;
  return typeof id === "string" ? id : undefined;
}
