// The HTML report of the core data set (used by `kinsafe metrics --format html` and `kinsafe demo`).
export { renderHtmlReport, type HtmlReportOptions } from "./renderHtmlReport";
export { barChart, lineChart, escapeHtml, type Bar, type Series } from "./svg";
export { METRIC_DEFINITIONS, FAMILY_TEXT } from "./definitions";
