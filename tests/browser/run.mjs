// The browser test: opens the HTML report (of the demo; of figures of each status built by
// hand: x, c, the history mark, no chart point where there is no figure; and of the reports
// `kinsafe metrics` makes from real partial returns: CIN census only, SSDA903 only, one return) and a page that imports
// the ESM build of the main entry in headless Chromium (Debian's chromium, driven by
// playwright-core), and checks that the charts render and that checkAssessmentMap and
// computeCoreDataSet run in the page and give the same results as on Node. Run after the build: `npm run build && node tests/browser/run.mjs`.
//
/* global window, document, getComputedStyle */
// Everything is served from a tiny HTTP server on 127.0.0.1; the report must make no request
// at all. CHROMIUM_PATH overrides /usr/bin/chromium. At the end, the family documents
// (tests/browser/familyDocuments.mjs): accessibility, print to A4, phone and desktop widths; and
// the report a director is given (tests/browser/directorReport.mjs): accessibility, axes, print.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { checkDirectorReport } from "./directorReport.mjs";
import { checkFamilyDocuments } from "./familyDocuments.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let failures = 0;
let passes = 0;
function check(condition, message) {
  if (condition) {
    passes++;
    console.log(`  ok   ${message}`);
  } else {
    failures++;
    console.log(`  FAIL ${message}`);
  }
}

for (const file of ["index.js", "synthetic.js", "documents.js", "cli.js"]) {
  if (!existsSync(join(DIST, file))) {
    console.error(`browser test: dist/${file} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

// The report, made by the built command.
const work = mkdtempSync(join(tmpdir(), "kinsafe-browser-"));
const demo = spawnSync(process.execPath, [join(DIST, "cli.js"), "demo", "--out", work, "--children", "5000", "--years", "3", "--quiet"], { encoding: "utf8" });
if (demo.status !== 0) {
  console.error(`browser test: kinsafe demo failed (${String(demo.status)}):\n${demo.stderr}`);
  process.exit(1);
}
const report = readFileSync(join(work, "report.html"));
// A report of figures built by hand, of each status (the engine's results need not have them all).
const partial = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "tests/browser/availabilityReport.ts")], { encoding: "utf8", cwd: ROOT });
if (partial.status !== 0) {
  console.error(`browser test: tests/browser/availabilityReport.ts failed (${String(partial.status)}):\n${partial.stderr}`);
  process.exit(1);
}
const partialReport = partial.stdout;
// Four years whose reasons are long ("no visit records or early help records"): the tables must
// fit 1,280 pixels, the reasons wrapping under the x.
const fourYears = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "tests/browser/availabilityReport.ts"), "four-years"], { encoding: "utf8", cwd: ROOT });
if (fourYears.status !== 0) {
  console.error(`browser test: tests/browser/availabilityReport.ts four-years failed (${String(fourYears.status)}):\n${fourYears.stderr}`);
  process.exit(1);
}
const fourYearsReport = fourYears.stdout;
// Reports of real partial returns, made by the built command from the synthetic authority's
// returns: (a) CIN census only (two years), (b) SSDA903 only (two years), (c) one CIN census
// return without the year before it.
const kinsafe = (args) => {
  const r = spawnSync(process.execPath, [join(DIST, "cli.js"), ...args], { encoding: "utf8", cwd: work });
  if (r.status !== 0) {
    console.error(`browser test: kinsafe ${args.join(" ")} failed (${String(r.status)}):\n${r.stderr}`);
    process.exit(1);
  }
};
kinsafe(["synth", "--children", "3000", "--years", "2", "--seed", "3", "--format", "cin-census", "--out", "cin", "--quiet"]);
kinsafe(["synth", "--children", "3000", "--years", "2", "--seed", "3", "--format", "ssda903", "--out", "ssda903", "--quiet"]);
const ssda903Files = readdirSync(join(work, "ssda903")).map((f) => join("ssda903", f));
kinsafe(["metrics", "cin/cin_census_2024.xml", "cin/cin_census_2025.xml", "--format", "html", "--out", "cin-only.html", "--quiet"]);
kinsafe(["metrics", ...ssda903Files, "--format", "html", "--out", "ssda903-only.html", "--quiet"]);
kinsafe(["metrics", "cin/cin_census_2025.xml", "--format", "html", "--out", "one-return.html", "--quiet"]);
const returnReports = Object.fromEntries(["cin-only", "ssda903-only", "one-return"].map((name) => [`/${name}.html`, readFileSync(join(work, `${name}.html`))]));

// The library imports each date-fns function by its own path (`date-fns/parseISO`), which a
// bundler resolves through date-fns' exports; a page's import map names each one.
const dateFnsPaths = new Set(
  readdirSync(join(ROOT, "dist"))
    .filter((f) => f.endsWith(".js"))
    .flatMap((f) => [...readFileSync(join(ROOT, "dist", f), "utf8").matchAll(/from\s*["'](date-fns\/[A-Za-z]+)["']/g)].map((m) => m[1])),
);
const IMPORT_MAP = {
  imports: {
    zod: "/node_modules/zod/index.js",
    immer: "/node_modules/immer/dist/immer.production.mjs",
    ...Object.fromEntries([...dateFnsPaths].map((p) => [p, `/node_modules/${p}.js`])),
  },
};
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kinsafe in the browser</title>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">
  import * as kinsafe from "/dist/index.js";
  import * as synthetic from "/dist/synthetic.js";
  import * as documents from "/dist/documents.js";
  window.kinsafe = kinsafe;
  window.synthetic = synthetic;
  window.documents = documents;
  window.kinsafeReady = true;
</script>
</head><body><p>kinsafe ESM build</p></body></html>`;

const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".cjs": "text/javascript", ".json": "application/json", ".html": "text/html", ".map": "application/json" };
const requests = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  requests.push(url.pathname);
  const send = (status, body, type = "text/plain") => {
    res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
    res.end(body);
  };
  if (url.pathname === "/report.html") return send(200, report, "text/html");
  if (url.pathname === "/partial.html") return send(200, partialReport, "text/html");
  if (url.pathname === "/four-years.html") return send(200, fourYearsReport, "text/html");
  if (Object.hasOwn(returnReports, url.pathname)) return send(200, returnReports[url.pathname], "text/html");
  if (url.pathname === "/page.html") return send(200, PAGE, "text/html");
  if (url.pathname === "/favicon.ico") return send(204, "");
  const served = [
    ["/dist/", DIST],
    ["/node_modules/zod/", join(ROOT, "node_modules/zod")],
    ["/node_modules/immer/", join(ROOT, "node_modules/immer")],
    ["/node_modules/date-fns/", join(ROOT, "node_modules/date-fns")],
  ].find(([prefix]) => url.pathname.startsWith(prefix));
  if (served === undefined) return send(404, "not found");
  const [prefix, dir] = served;
  const path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
  if (!path.startsWith(dir + sep)) return send(403, "forbidden");
  readFile(path).then(
    (body) => send(200, body, TYPES[extname(path)] ?? "application/octet-stream"),
    () => send(404, "not found"),
  );
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const address = server.address();
const base = `http://127.0.0.1:${String(typeof address === "object" && address !== null ? address.port : 0)}`;

const profile = mkdtempSync(join(tmpdir(), "kinsafe-chromium-"));
const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  // 1. The HTML report: self-contained, charts drawn at their size.
  console.log("The HTML report");
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const seen = [];
  page.on("request", (r) => seen.push(r.url()));
  requests.length = 0;
  await page.goto(`${base}/report.html`, { waitUntil: "load" });
  check(errors.length === 0, `no script errors (${errors.join("; ")})`);
  const others = seen.filter((u) => u !== `${base}/report.html` && !u.endsWith("/favicon.ico"));
  check(others.length === 0, `makes no request besides the page itself (${others.join(", ")})`);
  const charts = await page.$$eval("svg.chart", (svgs) => svgs.map((s) => ({ kind: s.getAttribute("class"), ...s.getBoundingClientRect().toJSON() })));
  check(charts.length >= 8, `has the charts (${String(charts.length)} SVG charts)`);
  check(charts.every((c) => c.width > 0 && c.height > 0), "every chart has a non-zero size");
  for (const kind of ["rates", "histogram", "durations", "trend"]) check(charts.some((c) => c.kind?.includes(kind)), `has a ${kind} chart`);
  const bars = await page.$$eval("svg.chart rect.bar", (rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => ({ w: b.width, h: b.height })));
  check(bars.length > 20 && bars.filter((b) => b.w > 0 && b.h > 0).length > 20, `bars are drawn (${String(bars.length)})`);
  const lines = await page.$$eval("svg.trend path.line", (paths) => paths.map((p) => p.getTotalLength()));
  check(lines.length > 0 && lines.every((l) => l > 0), `trend lines are drawn (${String(lines.length)})`);
  const tables = await page.$$eval("section.family table", (t) => t.length);
  // activity, timeliness, plans, looked after, outcomes, workforce
  check(tables === 6, `a table per metric family (${String(tables)})`);
  const summaryRows = await page.$$eval("#summary tr[data-headline]", (t) => t.length);
  check(summaryRows === 10, `the summary has a row per headline figure (${String(summaryRows)})`);
  const suppressed = await page.$$eval("span.sym", (s) => s.filter((e) => e.textContent === "c").length);
  check(suppressed > 0, `suppressed values are shown as c (${String(suppressed)})`);
  // axe-core, evaluated through the devtools protocol (the report's policy forbids any script in the page).
  await page.evaluate(readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  const axeResult = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
  const axeViolations = axeResult.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  check(axeViolations.length === 0, `the demo's report: axe-core finds no WCAG 2.2 A/AA violation${axeViolations.length === 0 ? "" : `\n         ${axeViolations.join("\n         ")}`}`);
  await page.close();

  // 2. Figures that are not available, suppressed or computed with incomplete history: x with
  // the reason in words, c, the history mark, and no chart point where there is no figure.
  console.log("The HTML report of partial returns");
  const partialPage = await context.newPage();
  await partialPage.setViewportSize({ width: 1280, height: 900 });
  const partialSeen = [];
  partialPage.on("request", (r) => partialSeen.push(r.url()));
  await partialPage.goto(`${base}/partial.html`, { waitUntil: "load" });
  check(partialSeen.every((u) => u === `${base}/partial.html` || u.endsWith("/favicon.ico")), "makes no request besides the page itself");
  const cellOf = (id, column) =>
    partialPage.$eval(`tr[data-metric="${id}"]`, (tr, i) => {
      const td = tr.querySelectorAll("td.num")[i];
      const visible = (e) => e !== null && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility !== "hidden";
      return { text: td?.innerText ?? "", sym: td?.querySelector(".sym")?.textContent ?? "", symVisible: visible(td?.querySelector(".sym") ?? null), why: td?.querySelector(".why")?.innerText ?? "", whyVisible: visible(td?.querySelector(".why") ?? null), mark: td?.querySelector(".mark")?.textContent ?? "", markVisible: visible(td?.querySelector(".mark") ?? null) };
    }, column);
  const referrals2023 = await cellOf("activity.referrals", 0);
  check(referrals2023.sym === "x" && referrals2023.symVisible && !/\d/.test(referrals2023.text), `an unavailable figure shows x, no number (${JSON.stringify(referrals2023.text)})`);
  check(referrals2023.why === "no CIN census" && referrals2023.whyVisible, `with the reason in words, visible (${JSON.stringify(referrals2023.why)})`);
  const lookedAfter = await cellOf("plans.open/lac", 1);
  check(lookedAfter.sym === "x" && lookedAfter.why === "SSDA903 episodes unusable", `an unavailable breakdown entry shows x and why (${JSON.stringify(lookedAfter.text)})`);
  const notes = await partialPage.$eval(`tr[data-metric="activity.referrals"] ul.notes`, (ul) => ul.innerText);
  check(notes.includes("2022-23: No input holds CIN census episodes"), `the metric's notes give the reason in full (${JSON.stringify(notes)})`);
  const s47 = await cellOf("activity.s47-enquiries", 1);
  check(s47.sym === "c" && s47.symVisible && !/\d/.test(s47.text), `a suppressed figure shows c (${JSON.stringify(s47.text)})`);
  const reReferral = await cellOf("activity.re-referral-rate", 1);
  check(reReferral.mark === "\u2020" && reReferral.markVisible && reReferral.why === "0 of 12 months' history" && reReferral.whyVisible, `a figure with incomplete history is marked \u2020 with how much history it had (${JSON.stringify(reReferral.text)})`);
  const trend = (title) =>
    partialPage.$eval(`svg.trend[aria-label="${title}"]`, (svg) => ({
      points: [...svg.querySelectorAll("circle")].map((c) => ({ period: c.querySelector("title")?.textContent?.split(":")[0] ?? "", hollow: c.classList.contains("hollow"), fill: getComputedStyle(c).fill, stroke: getComputedStyle(c).stroke, r: c.getBoundingClientRect().width })),
      gaps: [...svg.querySelectorAll("text.gap-mark")].map((t) => ({ text: t.textContent?.replace(/^.*\)/, "") ?? "", visible: t.getBoundingClientRect().width > 0 })),
      line: svg.querySelector("path.line")?.getAttribute("d") ?? "",
      caption: svg.closest("figure")?.querySelector("figcaption")?.innerText ?? "",
    }));
  const referralTrend = await trend("Referrals");
  check(referralTrend.points.length === 2 && !referralTrend.points.some((p) => p.period === "2022-23"), `no chart point for an unavailable figure (${referralTrend.points.map((p) => p.period).join(", ")})`);
  check(referralTrend.gaps.length === 1 && referralTrend.gaps[0].visible && referralTrend.line.split("M").length === 2, "the line starts after the gap, an x stands in its place");
  check(referralTrend.caption.includes("2022-23: not available (no CIN census); no point plotted."), `the chart says why (${JSON.stringify(referralTrend.caption)})`);
  const s47Trend = await trend("Section 47 enquiries");
  check(s47Trend.points.length === 2 && !s47Trend.points.some((p) => p.period === "2023-24") && s47Trend.line === "", "no chart point for a suppressed figure, and no line across the gap");
  const reReferralTrend = await trend("Re-referrals within 12 months");
  const hollow = reReferralTrend.points.find((p) => p.period === "2023-24");
  check(hollow?.hollow === true && hollow.fill === "rgb(255, 255, 255)" && hollow.stroke !== "none" && hollow.r > 0, `a point with incomplete history is drawn hollow (${JSON.stringify(hollow)})`);
  check(reReferralTrend.points.filter((p) => !p.hollow).length === 1 && reReferralTrend.points.filter((p) => p.hollow).length === 1, "the complete point is drawn solid");
  // A table wider than its box scrolls inside it (.table-wrap): the page is no wider, but the
  // last column is cut off at the right edge. Count the tables too.
  const layoutOf = (p) =>
    p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      overflowing: [...document.querySelectorAll("td, figcaption, th, .table-wrap")].filter((e) => e.scrollWidth > e.clientWidth + 1).length,
      metricColumn: Math.min(...[...document.querySelectorAll("section.family table thead th:first-child")].map((th) => th.getBoundingClientRect().width)),
    }));
  const layout = await layoutOf(partialPage);
  check(layout.page <= layout.viewport && layout.overflowing === 0, `nothing overflows its box at 1,280 pixels (${JSON.stringify(layout)})`);
  await partialPage.close();
  const fourPage = await context.newPage();
  await fourPage.setViewportSize({ width: 1280, height: 900 });
  await fourPage.goto(`${base}/four-years.html`, { waitUntil: "load" });
  const fourLayout = await layoutOf(fourPage);
  check(fourLayout.page <= fourLayout.viewport && fourLayout.overflowing === 0, `four years with long reasons: no table is cut off at 1,280 pixels (${JSON.stringify(fourLayout)})`);
  check(fourLayout.metricColumn >= 300, `four years with long reasons: the Metric column keeps its width (${String(Math.round(fourLayout.metricColumn))} pixels)`);
  const longWhy = await fourPage.$eval(`tr[data-metric="plans.seen-per-plan/early-help"] td.num .why`, (e) => ({ text: e.innerText, height: Math.round(e.getBoundingClientRect().height) }));
  check(longWhy.text.replace(/\s+/g, " ") === "no visit records or early help records", `four years with long reasons: the reason is given whole, wrapped (${JSON.stringify(longWhy)})`);
  if (process.env.KINSAFE_SCREENSHOTS !== undefined) await fourPage.screenshot({ path: join(process.env.KINSAFE_SCREENSHOTS, "four-years.png"), fullPage: true });
  await fourPage.close();

  // 3. Reports the command made from real partial returns: x (with the reason) where the returns
  // hold nothing, no chart point for it, and the history mark where the year before is missing.
  console.log("The HTML reports of CIN census only, SSDA903 only and one return");
  const returnCell = (p, id, column) =>
    p.$eval(`tr[data-metric="${id}"]`, (tr, i) => {
      const td = tr.querySelectorAll("td.num")[i];
      const visible = (e) => e !== null && e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== "hidden";
      return { text: td?.innerText ?? "", sym: td?.querySelector(".sym")?.textContent ?? "", symVisible: visible(td?.querySelector(".sym") ?? null), why: td?.querySelector(".why")?.innerText ?? "", mark: td?.querySelector(".mark")?.textContent ?? "", markVisible: visible(td?.querySelector(".mark") ?? null) };
    }, column);
  const returnTrend = (p, title) =>
    p.$$eval(`svg.trend[aria-label="${title}"]`, (svgs) =>
      svgs.map((svg) => ({
        points: [...svg.querySelectorAll("circle")].map((c) => ({ period: c.querySelector("title")?.textContent?.split(":")[0] ?? "", hollow: c.classList.contains("hollow") })),
        gaps: [...svg.querySelectorAll("text.gap-mark")].length,
        caption: svg.closest("figure")?.querySelector("figcaption")?.innerText ?? "",
      })),
    );
  const xIn = (cellValue) => cellValue.sym === "x" && cellValue.symVisible && !/\d/.test(cellValue.text.replace(cellValue.why, ""));
  const openReport = async (name) => {
    const p = await context.newPage();
    await p.setViewportSize({ width: 1280, height: 900 });
    const pageErrors = [];
    p.on("pageerror", (e) => pageErrors.push(String(e)));
    const pageSeen = [];
    p.on("request", (r) => pageSeen.push(r.url()));
    await p.goto(`${base}/${name}.html`, { waitUntil: "load" });
    check(pageErrors.length === 0 && pageSeen.every((u) => u === `${base}/${name}.html` || u.endsWith("/favicon.ico")), `${name}: no script errors, no request besides the page`);
    return p;
  };
  // (a) CIN census only, two years
  const cinOnly = await openReport("cin-only");
  for (const [id, what] of [
    ["plans.open/lac", "looked after"],
    ["plans.seen-per-plan", "children seen as often as their plan requires (visits)"],
    ["workforce.vacancy-rate", "social worker vacancy rate (workforce)"],
    ["workforce.agency-rate", "agency rate (workforce)"],
  ]) {
    const cells = [await returnCell(cinOnly, id, 0), await returnCell(cinOnly, id, 1)];
    check(cells.every(xIn), `CIN census only: ${what} shows x in both years (${cells.map((c) => JSON.stringify(c.text)).join(", ")})`);
  }
  const cinReferrals = await returnCell(cinOnly, "activity.referrals", 1);
  check(cinReferrals.sym === "" && /\d/.test(cinReferrals.text), `CIN census only: referrals are a number (${JSON.stringify(cinReferrals.text)})`);
  for (const title of ["Looked after at the snapshot", "Social worker vacancy rate"]) {
    const [chart] = await returnTrend(cinOnly, title);
    check(chart === undefined || (chart.points.length === 0 && chart.gaps === 2), `CIN census only: no chart point for "${title}" (${JSON.stringify(chart)})`);
  }
  const [cinReReferrals] = await returnTrend(cinOnly, "Re-referrals within 12 months");
  check(cinReReferrals?.points.some((pt) => pt.hollow) === true && cinReReferrals.points.some((pt) => !pt.hollow), `CIN census only: the first year's re-referral rate is a hollow point, the second's solid (${JSON.stringify(cinReReferrals?.points)})`);
  // KINSAFE_SCREENSHOTS=DIR keeps a screenshot of each report of real returns, to look at.
  const shots = process.env.KINSAFE_SCREENSHOTS;
  if (shots !== undefined) await cinOnly.screenshot({ path: join(shots, "cin-only.png"), fullPage: true });
  await cinOnly.close();
  // (b) SSDA903 only, two years
  const ssda903Only = await openReport("ssda903-only");
  for (const [id, what] of [
    ["activity.referrals", "referrals"],
    ["activity.assessments", "assessments"],
    ["activity.s47-enquiries", "section 47 enquiries"],
    ["activity.re-referral-rate", "re-referral rate"],
    ["plans.open", "children in need"],
  ]) {
    const cells = [await returnCell(ssda903Only, id, 0), await returnCell(ssda903Only, id, 1)];
    check(cells.every(xIn) && cells.every((c) => c.why !== ""), `SSDA903 only: ${what} shows x with its reason in both years (${cells.map((c) => JSON.stringify(c.text)).join(", ")})`);
  }
  const lookedAfterCells = [await returnCell(ssda903Only, "plans.open/lac", 0), await returnCell(ssda903Only, "plans.open/lac", 1)];
  check(lookedAfterCells.every((c) => c.sym === "" && /\d/.test(c.text)), `SSDA903 only: looked after is a number (${lookedAfterCells.map((c) => JSON.stringify(c.text)).join(", ")})`);
  for (const [id, title] of [["activity.referrals", "Referrals"], ["activity.s47-enquiries", "Section 47 enquiries"], ["plans.open", "Children in need at the snapshot"]]) {
    const [chart] = await returnTrend(ssda903Only, title);
    const sentence = await ssda903Only.$eval(`p.no-chart[data-no-chart="${id}"]`, (p) => p.innerText).catch(() => "");
    check(chart === undefined && sentence.includes("not available in any period") && sentence.includes("no chart is drawn"), `SSDA903 only: no chart for "${title}", a sentence saying why instead (${JSON.stringify(sentence)})`);
  }
  const [lookedAfterTrend] = await returnTrend(ssda903Only, "Looked after at the snapshot");
  check(lookedAfterTrend?.points.length === 2, `SSDA903 only: looked after is plotted for both years (${String(lookedAfterTrend?.points.length)})`);
  if (shots !== undefined) await ssda903Only.screenshot({ path: join(shots, "ssda903-only.png"), fullPage: true });
  await ssda903Only.close();
  // (c) one CIN census return, without the year before
  const oneReturn = await openReport("one-return");
  const oneReReferral = await returnCell(oneReturn, "activity.re-referral-rate", 0);
  check(oneReReferral.mark === "\u2020" && oneReReferral.markVisible && /\d/.test(oneReReferral.text) && /of 12 months' history/.test(oneReReferral.why), `one return: the re-referral rate is marked \u2020 with the history it had (${JSON.stringify(oneReReferral.text)})`);
  const oneNotes = await oneReturn.$eval(`tr[data-metric="activity.re-referral-rate"] ul.notes`, (ul) => ul.innerText).catch(() => "");
  check(/\u2020/.test(oneNotes) && /12 months/.test(oneNotes), `one return: the re-referral notes say why (${JSON.stringify(oneNotes.slice(0, 120))})`);
  const oneReferrals = await returnCell(oneReturn, "activity.referrals", 0);
  check(oneReferrals.mark === "" && /\d/.test(oneReferrals.text), `one return: referrals need no history and carry no mark (${JSON.stringify(oneReferrals.text)})`);
  const oneLayout = await oneReturn.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  check(oneLayout, "one return: nothing wider than 1,280 pixels");
  if (shots !== undefined) await oneReturn.screenshot({ path: join(shots, "one-return.png"), fullPage: true });
  await oneReturn.close();

  // 4. The ESM build of the main entry, imported by a page with an import map.
  console.log("The main entry in the page");
  const app = await context.newPage();
  const appErrors = [];
  app.on("pageerror", (e) => appErrors.push(String(e)));
  app.on("console", (m) => {
    if (m.type() === "error") appErrors.push(m.text());
  });
  const missing = [];
  app.on("response", (r) => {
    if (r.status() >= 400) missing.push(`${String(r.status())} ${r.url()}`);
  });
  await app.goto(`${base}/page.html`, { waitUntil: "load" });
  await app.waitForFunction(() => window.kinsafeReady === true, undefined, { timeout: 20_000 }).catch(() => undefined);
  check(appErrors.length === 0, `imports without errors (${[...appErrors, ...missing].join("; ")})`);
  check(await app.evaluate(() => typeof window.kinsafe?.computeCoreDataSet === "function"), "dist/index.js loads in the page");
  check(await app.evaluate(() => typeof window.documents?.renderFamilyDocument === "function"), "dist/documents.js loads in the page");

  const kinsafe = await import(pathToFileURL(join(DIST, "index.js")).href);
  const synthetic = await import(pathToFileURL(join(DIST, "synthetic.js")).href);
  const caseFile = JSON.parse(readFileSync(join(ROOT, "tests/case-file/stored/case-file-v1.json"), "utf8"));
  const map = caseFile.maps[0];
  const inPage = await app.evaluate((m) => window.kinsafe.checkAssessmentMap(m, { asOf: "2025-06-01" }), map);
  const onNode = kinsafe.checkAssessmentMap(map, { asOf: "2025-06-01" });
  check(Array.isArray(inPage) && inPage.length > 0, `checkAssessmentMap runs in the page (${String(inPage?.length)} findings)`);
  check(JSON.stringify(inPage) === JSON.stringify(onNode), "checkAssessmentMap gives the same findings as on Node");
  const empty = await app.evaluate(() => {
    const k = window.kinsafe;
    const m = k.createAssessmentMap({ id: "map-1", childIds: [k.personId("amy")], date: k.isoDate("2025-03-03"), authorId: k.personId("worker-sam") });
    return k.checkAssessmentMap(m).map((f) => f.code);
  });
  check(empty.includes("assessment/map-without-scale"), "an empty map built in the page is reported without a scale");

  const options = { seed: 42, children0to17: 3000, years: 2 };
  const cds = { period: { year: 2025 }, population: { children0to17: 3000, vintage: "synthetic" }, suppress: { threshold: 6 } };
  const pageResult = await app.evaluate(([o, c]) => window.kinsafe.computeCoreDataSet(window.synthetic.generateSyntheticAuthority(o), c), [options, cds]);
  const nodeResult = kinsafe.computeCoreDataSet(synthetic.generateSyntheticAuthority(options), cds);
  check(pageResult?.records?.read > 0 && typeof pageResult.metrics["activity.referrals"]?.value === "number", `computeCoreDataSet runs in the page (${String(pageResult?.records?.read)} records, ${String(pageResult?.metrics?.["activity.referrals"]?.value)} referrals)`);
  check(JSON.stringify(pageResult) === JSON.stringify(nodeResult), "computeCoreDataSet gives the same result as on Node");
  const fromJson = await app.evaluate(() => {
    const k = window.kinsafe;
    const record = { child: { childId: "c1", disabilities: [] }, cinEpisodes: [{ id: "e1", referralDate: "2024-05-01", referralNfa: false, assessments: [], cinPlans: [], section47s: [{ id: "s1", startDate: "2024-05-02", icpcDate: "2024-05-20", icpcNotRequired: false }], cpPlans: [] }], earlyHelpEpisodes: [], lookedAfterEpisodes: [], lookedAfterReviews: [], missing: [], visits: [], careProceedings: [] };
    const r = k.computeCoreDataSet([record], { period: { year: 2025 } });
    return [r.metrics["activity.referrals"].value, r.metrics["activity.s47-enquiries"].value, r.metrics["timeliness.icpc"].value];
  });
  // A family document written in the page, as on Node.
  const documents = await import(pathToFileURL(join(DIST, "documents.js")).href);
  const planOptions = { kind: "safety-plan", audience: { kind: "network-member", personId: "gran-pat" }, asOf: "2025-06-01" };
  const inPageDoc = await app.evaluate(([c, o]) => window.documents.renderFamilyDocument(window.kinsafe.migrateCaseFile(c), o), [caseFile, planOptions]);
  const onNodeDoc = documents.renderFamilyDocument(kinsafe.migrateCaseFile(caseFile), planOptions);
  check(typeof inPageDoc?.html === "string" && inPageDoc.html.includes("</html>"), `renderFamilyDocument runs in the page (${String(inPageDoc?.title)})`);
  check(JSON.stringify(inPageDoc) === JSON.stringify(onNodeDoc), "renderFamilyDocument gives the same document and findings as on Node");
  check(JSON.stringify(fromJson) === JSON.stringify([1, 1, 11]), `a record written in the page gives 1 referral, 1 enquiry, 11 working days to the conference (6 May 2024 is a bank holiday) (${JSON.stringify(fromJson)})`);
  await app.close();

  // 5. Family documents: accessibility, print to A4, phone and desktop widths, screenshots.
  await checkFamilyDocuments({ context, check });

  // 6. The report a director is given: accessibility, axes, no chart for a measure with no
  // figure, print on A4, screenshots.
  await checkDirectorReport({ context, check });
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}

console.log(`browser: ${String(passes)} passed, ${String(failures)} failed`);
// Counted with the vitest reports in CI's closing line.
mkdirSync("reports", { recursive: true });
writeFileSync("reports/browser.json", JSON.stringify({ numPassedTests: passes, numFailedTests: failures }));
process.exit(failures === 0 ? 0 : 1);
