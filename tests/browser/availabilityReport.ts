// The HTML report of three years built by hand, with a figure of each status (not available,
// suppressed, incomplete history, events left out), written to stdout for the browser test:
// `node --import tsx tests/browser/availabilityReport.ts > report.html`. With the argument
// `four-years`: four years whose reasons are long, to check the tables fit 1,280 pixels. With
// `director`: the report a director is given (three years of the synthetic authority, the first
// without a CIN census, no workforce census, comparators by hand).
import { renderHtmlReport } from "../../src/cli/report";
import { fourYearsWithLongReasons, partialReturnsSeries } from "../cli/metricResults";
import { directorSeries, HAND_COMPARATORS } from "../cli/reportFixtures";

const kind = process.argv[2];
process.stdout.write(
  kind === "four-years"
    ? renderHtmlReport(fourYearsWithLongReasons(), { title: "Four years, long reasons", generatedAt: "2025-06-01" })
    : kind === "director"
      ? renderHtmlReport(directorSeries(), { title: "Northshire: core data set", subtitle: "Northshire (999)", comparators: HAND_COMPARATORS, generatedAt: "2025-06-01" })
      : renderHtmlReport(partialReturnsSeries(), { title: "Partial returns", generatedAt: "2025-06-01" }),
);
