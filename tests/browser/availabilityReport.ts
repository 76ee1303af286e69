// The HTML report of three years built by hand, with a figure of each status (not available,
// suppressed, incomplete history, events left out), written to stdout for the browser test:
// `node --import tsx tests/browser/availabilityReport.ts > report.html`.
import { renderHtmlReport } from "../../src/cli/report";
import { partialReturnsSeries } from "../cli/metricResults";

process.stdout.write(renderHtmlReport(partialReturnsSeries(), { title: "Partial returns", generatedAt: "2025-06-01" }));
