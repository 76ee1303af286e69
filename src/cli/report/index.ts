// The HTML report of the core data set (used by `kinsafe metrics --format html` and `kinsafe demo`).
export { renderHtmlReport, type HtmlReportOptions } from "./renderHtmlReport";
export { HEADLINE_FIGURES, type HeadlineFigure } from "./summary";
export { comparatorValue, comparisonWords, type Comparator } from "./comparator";
export { barChart, lineChart, sparkline, escapeHtml, type Bar, type Series, type ValueAxis } from "./svg";
export { axisScale, niceStep, tickText, type AxisScale, type AxisScaleOptions } from "./scale";
export { METRIC_DEFINITIONS, FAMILY_TEXT } from "./definitions";
