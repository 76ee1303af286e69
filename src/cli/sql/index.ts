// The core data set's definitions as SQL over kinsafe's tidy tables (`kinsafe sql`). Not loaded
// by the main entry: the command uses it.
export { SQL_DIALECTS, type SqlDialect } from "./dialects";
export { renderSql, type RenderSqlOptions } from "./renderSql";
export type { SqlPeriod } from "./relations";
export { SQL_METRICS, type SqlFigure, type SqlMetricSpec, type SqlUnsupported } from "./specs";
export { SQL_TABLES } from "./relations";
