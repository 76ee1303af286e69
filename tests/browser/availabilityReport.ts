// The HTML report of three years built by hand, with a figure of each status (not available,
// suppressed, incomplete history, events left out), written to stdout for the browser test:
// `node --import tsx tests/browser/availabilityReport.ts > report.html`. With the argument
// `four-years`: four years whose reasons are long, to check the tables fit 1,280 pixels.
import { renderHtmlReport } from "../../src/cli/report";
import { fourYearsWithLongReasons, partialReturnsSeries } from "../cli/metricResults";

process.stdout.write(
  process.argv[2] === "four-years"
    ? renderHtmlReport(fourYearsWithLongReasons(), { title: "Four years, long reasons", generatedAt: "2025-06-01" })
    : renderHtmlReport(partialReturnsSeries(), { title: "Partial returns", generatedAt: "2025-06-01" }),
);
