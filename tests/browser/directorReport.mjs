// The browser test of the report a director is given (`kinsafe metrics --format html`): three
// years of the synthetic authority, the first without a CIN census (a gap in the trend), no
// workforce census (the workforce measures are x in every year: no chart), and comparators
// written by hand (tests/cli/reportFixtures.ts), made by tests/browser/availabilityReport.ts.
// In headless Chromium: axe-core finds no WCAG 2.2 A/AA violation; the summary comes first
// and fits the first A4 page in print; every chart has its axis labelled (tick labels shown);
// the measure with no figure has a sentence and no chart; a missing year is a gap, not a point;
// the comparators stand beside their figures, England first; nothing is wider than 1,280
// pixels; in print each family starts a page, the folded sources are printed, and the PDF is A4.
// Screenshots at 1,280 pixels (screen) and at the A4 page's width (print media), full page, go
// to reports/screenshots/report/ for review.
//
// Called by tests/browser/run.mjs with its browser and its `check`; or alone (no build needed):
// `node tests/browser/directorReport.mjs`.
/* global window, document, getComputedStyle, axe */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { pdfPages } from "./familyDocuments.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const SHOTS = join(ROOT, "reports", "screenshots", "report");
const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };
/** The A4 page's content box in CSS pixels: A4 less the report's `@page` margins (14 mm top and bottom, 12 mm each side). */
const CONTENT = { width: ((210 - 24) / 25.4) * 96, height: ((297 - 28) / 25.4) * 96 };

/**
 * Runs the checks.
 *
 * @param {{ context?: import("playwright-core").BrowserContext, check?: (ok: boolean, message: string) => void }} [options]
 * @returns {Promise<{ passes: number, failures: number }>} The counts, when counted here.
 */
export async function checkDirectorReport(options = {}) {
  let passes = 0;
  let failures = 0;
  const check =
    options.check ??
    ((condition, message) => {
      if (condition) passes++;
      else failures++;
      console.log(`  ${condition ? "ok  " : "FAIL"} ${message}`);
    });
  const made = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "tests/browser/availabilityReport.ts"), "director"], { encoding: "utf8", cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  if (made.status !== 0) throw new Error(`director report: availabilityReport.ts director failed (${String(made.status)}):\n${made.stderr}`);
  const html = made.stdout;
  const axeSource = readFileSync(AXE, "utf8");

  const server = createServer((req, res) => {
    const ok = new URL(req.url ?? "/", "http://127.0.0.1").pathname === "/director.html";
    res.writeHead(ok ? 200 : 404, { "content-type": `${ok ? "text/html" : "text/plain"}; charset=utf-8`, "cache-control": "no-store" });
    res.end(ok ? html : "not found");
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const url = `http://127.0.0.1:${String(typeof address === "object" && address !== null ? address.port : 0)}/director.html`;

  let own;
  let context = options.context;
  if (context === undefined) {
    const { chromium } = await import("playwright-core");
    const profile = mkdtempSync(join(tmpdir(), "kinsafe-chromium-"));
    const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
    context = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args });
    own = { context, profile };
  }
  mkdirSync(SHOTS, { recursive: true });

  console.log("The report a director is given");
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: "load" });
    const others = requests.filter((u) => u !== url && !u.endsWith("/favicon.ico"));
    check(others.length === 0 && errors.length === 0, `director report: makes no request besides the page, no script errors (${[...others, ...errors].join(", ")})`);

    // The summary first, with a row per headline figure.
    const first = await page.evaluate(() => {
      const main = document.querySelector("main");
      const afterHeader = main?.querySelector(":scope > header")?.nextElementSibling;
      const rows = [...document.querySelectorAll("#summary tr[data-headline]")].map((tr) => ({ id: tr.getAttribute("data-headline"), text: tr.innerText.replace(/\s+/g, " ") }));
      return { id: afterHeader?.id ?? "", rows };
    });
    check(first.id === "summary" && first.rows.length === 10, `director report: the summary comes first, a row per headline figure (${first.id}, ${String(first.rows.length)} rows)`);
    const vacancy = first.rows.find((r) => r.id === "workforce.vacancy-rate")?.text ?? "";
    check(/\bx\b/.test(vacancy) && vacancy.includes("no workforce census") && !/\d/.test(vacancy.replace(/\d{4}-\d{2}/g, "")), `director report: a headline the inputs cannot give is x with its reason, no number (${JSON.stringify(vacancy)})`);
    const reReferral = first.rows.find((r) => r.id === "activity.re-referral-rate")?.text ?? "";
    check(reReferral.indexOf("England") >= 0 && reReferral.indexOf("England") < reReferral.indexOf("North West") && reReferral.includes("percentage points"), `director report: comparators beside the figure, England first, the difference in words (${JSON.stringify(reReferral)})`);
    check(/(Up|Down) from|The same as/.test(reReferral), "director report: the trend is said in words, not by colour alone");

    // Accessibility: axe-core, WCAG 2.0, 2.1 and 2.2 A and AA. The report's Content-Security-Policy
    // forbids any script in the page, so axe is evaluated by the browser's devtools protocol,
    // which the policy does not govern (no request either way).
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
    const violations = result.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
    check(violations.length === 0 && result.passes.length > 0, `director report: axe-core finds no WCAG 2.2 A/AA violation (${String(result.passes.length)} rules passed)${violations.length === 0 ? "" : `\n         ${violations.join("\n         ")}`}`);

    // Every chart has its value axis labelled: tick labels drawn, and (a trend) the axis title.
    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((svg) => {
        const trend = svg.classList.contains("trend");
        const ticks = [...svg.querySelectorAll(trend ? "text.y-tick" : "text.x-tick")].filter((t) => t.getBoundingClientRect().width > 0 && (t.textContent ?? "").trim() !== "");
        return { name: svg.getAttribute("aria-label") ?? "", trend, ticks: ticks.map((t) => t.textContent), grid: svg.querySelectorAll("line.grid").length, axisTitle: svg.querySelector("text.axis-title")?.textContent ?? "", role: svg.getAttribute("role"), desc: svg.querySelector("desc")?.textContent ?? "" };
      }),
    );
    const unlabelled = charts.filter((c) => c.ticks.length < 2 || c.grid < 2 || c.role !== "img" || c.desc === "" || c.axisTitle === "");
    check(charts.length >= 8 && unlabelled.length === 0, `director report: every chart (${String(charts.length)}) has labelled ticks, gridlines, an axis title and a text alternative with its values (${unlabelled.map((c) => c.name).join(", ")})`);
    const referrals = charts.find((c) => c.trend && c.name === "Referrals");
    const reReferrals = charts.find((c) => c.trend && c.name === "Re-referrals within 12 months");
    check(referrals?.ticks[0] === "0" && reReferrals !== undefined && reReferrals.ticks[0] !== "0", `director report: counts are drawn from 0, percentages on their own scale (${JSON.stringify(referrals?.ticks)}, ${JSON.stringify(reReferrals?.ticks)})`);
    const gap = await page.$eval('svg.trend[aria-label="Referrals"]', (svg) => ({ points: svg.querySelectorAll("circle").length, gaps: [...svg.querySelectorAll("text.gap-mark")].map((t) => t.lastChild?.textContent ?? "") }));
    check(gap.points === 2 && gap.gaps.length === 1 && gap.gaps[0] === "x", `director report: the year without a CIN census is a gap with x, not a point (${JSON.stringify(gap)})`);

    // No chart for a measure with no figure in any period: a sentence instead.
    const noChart = await page.evaluate(() => ({
      chart: document.querySelectorAll('svg[aria-label="Social worker vacancy rate"]').length,
      sentence: document.querySelector('p.no-chart[data-no-chart="workforce.vacancy-rate"]')?.innerText ?? "",
    }));
    check(noChart.chart === 0 && noChart.sentence.includes("no chart is drawn") && noChart.sentence.includes("no workforce census"), `director report: no chart for a measure not available in any period, a sentence instead (${JSON.stringify(noChart)})`);

    const wide = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    check(wide.page <= wide.viewport, `director report: nothing wider than 1,280 pixels (${JSON.stringify(wide)})`);
    await page.screenshot({ path: join(SHOTS, "director-1280.png"), fullPage: true });

    // Print: the summary on the first page, each family (and what the figures were made from) starting a page, the folded sources printed.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.floor(CONTENT.width), height: Math.floor(CONTENT.height) });
    const print = await page.evaluate(() => {
      const summary = document.querySelector("#summary")?.getBoundingClientRect();
      const top = document.querySelector("main")?.getBoundingClientRect().top ?? 0;
      const sections = [...document.querySelectorAll("section.family, #about")];
      return {
        summaryBottom: (summary?.bottom ?? Infinity) - top,
        notOnNewPage: sections.filter((s) => getComputedStyle(s).breakBefore !== "page").length,
        sections: sections.length,
        sourcesShown: [...document.querySelectorAll("details.sources dl")].filter((dl) => dl.getBoundingClientRect().height > 0).length,
        details: document.querySelectorAll("details.sources").length,
        cut: [...document.querySelectorAll("figure, tr, li, p.no-chart")].filter((e) => getComputedStyle(e).breakInside !== "avoid").length,
        coloured: [...document.querySelectorAll(".sym")].filter((e) => getComputedStyle(e).color !== "rgb(11, 12, 12)").length,
        wide: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    check(print.summaryBottom <= CONTENT.height, `director report: in print, the header and summary fit the first A4 page (${String(Math.round(print.summaryBottom))} of ${String(Math.round(CONTENT.height))} pixels)`);
    // six families (activity, timeliness, plans, looked after, outcomes, workforce) and "About these figures"
    check(print.sections === 7 && print.notOnNewPage === 0, `director report: in print, each family and "About these figures" start a page (${String(print.notOnNewPage)} of ${String(print.sections)} do not)`);
    check(print.details > 0 && print.sourcesShown === print.details, `director report: in print, the folded sources are printed (${String(print.sourcesShown)} of ${String(print.details)})`);
    check(print.cut === 0, `director report: in print, no figure, row or list item is cut across pages (${String(print.cut)})`);
    check(print.coloured === 0, `director report: in print, the symbols are black, not told by colour (${String(print.coloured)} coloured)`);
    check(!print.wide, "director report: in print, nothing wider than the A4 page");
    await page.screenshot({ path: join(SHOTS, "director-print.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(pdf);
    check(pages.length >= 7 && pages.every((b) => b !== undefined && Math.abs(b.width - A4.width) <= 1 && Math.abs(b.height - A4.height) <= 1), `director report: prints on A4 (${String(pages.length)} pages)`);
    console.log(`  screenshots: ${SHOTS}`);
  } finally {
    await page.close();
    server.close();
    if (own !== undefined) {
      await own.context.close();
      rmSync(own.profile, { recursive: true, force: true });
    }
  }
  return { passes, failures };
}

// Alone: `node tests/browser/directorReport.mjs` (the counts are printed, not written).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { passes, failures } = await checkDirectorReport();
  console.log(`director report in the browser: ${String(passes)} passed, ${String(failures)} failed`);
  process.exit(failures === 0 ? 0 : 1);
}
