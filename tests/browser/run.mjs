// The browser test: opens the HTML report and a page that imports the ESM build of the main
// entry in headless Chromium (Debian's chromium, driven by playwright-core), and checks that the
// charts render and that checkAssessmentMap and computeCoreDataSet run in the page and give the
// same results as on Node. Run after the build: `npm run build && node tests/browser/run.mjs`.
//
/* global window */
// Everything is served from a tiny HTTP server on 127.0.0.1; the report must make no request
// at all. CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

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

for (const file of ["index.js", "synthetic.js", "cli.js"]) {
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

const IMPORT_MAP = {
  imports: {
    zod: "/node_modules/zod/index.js",
    immer: "/node_modules/immer/dist/immer.production.mjs",
    "date-fns": "/node_modules/date-fns/index.js",
  },
};
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kinsafe in the browser</title>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script>
<script type="module">
  import * as kinsafe from "/dist/index.js";
  import * as synthetic from "/dist/synthetic.js";
  window.kinsafe = kinsafe;
  window.synthetic = synthetic;
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
  const tables = await page.$$eval("section table", (t) => t.length);
  check(tables === 5, `a table per metric family (${String(tables)})`);
  const suppressed = await page.$$eval("span.sym", (s) => s.filter((e) => e.textContent === "c").length);
  check(suppressed > 0, `suppressed values are shown as c (${String(suppressed)})`);
  await page.close();

  // 2. The ESM build of the main entry, imported by a page with an import map.
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
  check(JSON.stringify(fromJson) === JSON.stringify([1, 1, 11]), `a record written in the page gives 1 referral, 1 enquiry, 11 working days to the conference (6 May 2024 is a bank holiday) (${JSON.stringify(fromJson)})`);
  await app.close();
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
