// The browser test of family documents: every document of the worked case
// (examples/data/worked-case.json), for the family, Amy, Gran (a network member) and a
// professional, built with the ESM build (dist/documents.js, dist/index.js) and opened in
// headless Chromium. For each: axe-core finds no WCAG 2.2 A/AA violation; the page makes no
// request and does not scroll sideways on a phone; in print, every paragraph, list item, row,
// quote, figure and note avoids being cut across pages and every section after the first starts
// a page; the PDF Chromium prints is A4 (MediaBox 595.28 × 841.89 pt), with a page per section
// (or more, for a section longer than a page). Screenshots at phone (390 × 844) and desktop
// (1280 × 800) widths, full page, go to reports/screenshots/documents/ for review.
//
// Called by tests/browser/run.mjs at its end, with its browser and its `check` (so the counts
// go into reports/browser.json); or alone, after the build: `node tests/browser/familyDocuments.mjs`.
// KINSAFE_DOCS_IMAGES=docs/images also writes the first phone screen of a few documents there,
// for docs/family-documents.md.
/* global window, document, getComputedStyle, axe */
import { Buffer } from "node:buffer";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "reports", "screenshots", "documents");
const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const AS_OF = "2025-06-01";
/** A4 in PDF points, as `@page { size: A4 }` gives it (210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };
/** The page's content box in CSS pixels: A4 less the `@page` margins (18 mm top and bottom, 16 mm each side). */
const CONTENT = { width: ((210 - 32) / 25.4) * 96, height: ((297 - 36) / 25.4) * 96 };

/** The readers of the browser test. */
export const READERS = [
  { name: "family", audience: { kind: "family" } },
  { name: "amy", audience: { kind: "child", childId: "amy" } },
  { name: "gran-pat", audience: { kind: "network-member", personId: "gran-pat" } },
  { name: "professional", audience: { kind: "professional" } },
];

/** The first phone screens shown in docs/family-documents.md. */
const DOCS_IMAGES = [
  ["safety-plan", "family"],
  ["child-safety-plan", "amy"],
  ["network-briefing", "gran-pat"],
  ["words-and-pictures", "amy"],
];

/**
 * Every document of the worked case for each reader of {@link READERS}, rendered on Node with
 * the ESM build.
 */
export async function renderWorkedCaseDocuments() {
  const kinsafe = await import(pathToFileURL(join(DIST, "index.js")).href);
  const documents = await import(pathToFileURL(join(DIST, "documents.js")).href);
  const caseFile = kinsafe.parseCaseFile(JSON.parse(readFileSync(join(ROOT, "examples", "data", "worked-case.json"), "utf8")));
  // The worked case's custom bottom line ("seen alone every four weeks"): the host's own
  // predicate; here, Amy and Ben were both seen alone on 22 May.
  const customPredicates = { "seen-alone": () => ({ verdict: "met", evidence: { seenOn: "2025-05-22" } }) };
  const out = [];
  for (const kind of documents.FAMILY_DOCUMENT_KINDS) {
    for (const { name, audience } of READERS) {
      const doc = documents.renderFamilyDocument(caseFile, { kind, audience, asOf: AS_OF, childId: "amy", authority: { name: "Northshire Council" }, customPredicates });
      out.push({ kind, reader: name, file: `${kind}-${name}`, doc });
    }
  }
  return out;
}

/** The pages of a PDF and each page's MediaBox (inherited from the page tree where a page has none). */
export function pdfPages(bytes) {
  const text = Buffer.from(bytes).toString("latin1");
  const box = (s) => {
    const m = /\/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]/.exec(s);
    return m === null ? undefined : { width: Number(m[3]) - Number(m[1]), height: Number(m[4]) - Number(m[2]) };
  };
  const objects = [...text.matchAll(/\d+\s+\d+\s+obj\b([\s\S]*?)\bendobj/g)].map((m) => m[1]);
  const tree = objects.find((o) => /\/Type\s*\/Pages\b/.test(o));
  const inherited = tree === undefined ? undefined : box(tree);
  const pages = objects.filter((o) => /\/Type\s*\/Page(?![a-zA-Z])/.test(o)).map((o) => box(o) ?? inherited);
  return pages;
}

/** Whether a MediaBox is A4 portrait, to a point. */
const isA4 = (b) => b !== undefined && Math.abs(b.width - A4.width) <= 1 && Math.abs(b.height - A4.height) <= 1;

/**
 * Runs the checks.
 *
 * @param {{ context?: import("playwright-core").BrowserContext, check?: (ok: boolean, message: string) => void }} [options]
 *   The browser context to open pages in and the check to count with (run.mjs's); by default a
 *   Chromium of its own and a check that counts here.
 * @returns {Promise<{ passes: number, failures: number }>} The counts, when counted here.
 */
export async function checkFamilyDocuments(options = {}) {
  let passes = 0;
  let failures = 0;
  const check =
    options.check ??
    ((condition, message) => {
      if (condition) passes++;
      else failures++;
      console.log(`  ${condition ? "ok  " : "FAIL"} ${message}`);
    });
  for (const file of ["index.js", "documents.js"]) {
    if (!existsSync(join(DIST, file))) throw new Error(`family documents: dist/${file} is missing: run "npm run build" first.`);
  }
  const axeSource = readFileSync(AXE, "utf8");
  const docs = await renderWorkedCaseDocuments();
  const byPath = new Map(docs.map((d) => [`/${d.file}.html`, d.doc.html]));

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const html = byPath.get(path);
    res.writeHead(html === undefined ? 404 : 200, { "content-type": `${html === undefined ? "text/plain" : "text/html"}; charset=utf-8`, "cache-control": "no-store" });
    res.end(html ?? "not found");
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const base = `http://127.0.0.1:${String(typeof address === "object" && address !== null ? address.port : 0)}`;

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
  const images = process.env.KINSAFE_DOCS_IMAGES;
  if (images !== undefined) mkdirSync(images, { recursive: true });

  console.log("Family documents in the browser");
  // One page opens every document in turn (a new page costs a second on a small machine).
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    for (const { kind, reader, file } of docs) {
      const label = `${kind} for ${reader}`;
      requests.length = 0;
      errors.length = 0;
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${base}/${file}.html`, { waitUntil: "load" });
      const others = requests.filter((u) => u !== `${base}/${file}.html` && !u.endsWith("/favicon.ico"));
      check(others.length === 0 && errors.length === 0, `${label}: makes no request besides the page, no script errors (${[...others, ...errors].join(", ")})`);

      // Phone: no sideways scroll.
      const phone = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      check(phone.scrollWidth <= phone.innerWidth, `${label}: no horizontal scroll at 390 pixels (${String(phone.scrollWidth)} ≤ ${String(phone.innerWidth)})`);
      if (images !== undefined && DOCS_IMAGES.some(([k, r]) => k === kind && r === reader)) await page.screenshot({ path: join(images, `family-documents-${file}.png`) });
      await page.screenshot({ path: join(SHOTS, `${file}-390.png`), fullPage: true });

      // Accessibility: axe-core, WCAG 2.0, 2.1 and 2.2 A and AA (injected inline: no request).
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
      const violations = result.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`);
      check(violations.length === 0 && result.passes.length > 0, `${label}: axe-core finds no WCAG 2.2 A/AA violation (${String(result.passes.length)} rules passed)${violations.length === 0 ? "" : `\n         ${violations.join("\n         ")}`}`);

      // Desktop.
      await page.setViewportSize({ width: 1280, height: 800 });
      const desktop = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      check(desktop, `${label}: no horizontal scroll at 1,280 pixels`);
      await page.screenshot({ path: join(SHOTS, `${file}-1280.png`), fullPage: true });

      // Print: nothing cut across pages, each section on a page of its own. Laid out at the
      // width of the A4 page's content box, to measure how tall each section prints.
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: Math.floor(CONTENT.width), height: Math.floor(CONTENT.height) });
      const print = await page.evaluate(() => {
        const cut = [...document.querySelectorAll("li, tr, p, blockquote, figure, .note")].filter((e) => getComputedStyle(e).breakInside !== "avoid").map((e) => e.tagName.toLowerCase());
        const sections = [...document.querySelectorAll("main > section")];
        const notOnNewPage = sections.slice(1).filter((s) => getComputedStyle(s).breakBefore !== "page").length;
        const top = document.querySelector("main")?.getBoundingClientRect().top ?? 0;
        // How tall each page's worth is: the header with the first section, then each section.
        const heights = sections.map((s, i) => s.getBoundingClientRect().bottom - (i === 0 ? top : s.getBoundingClientRect().top));
        return { cut, sections: sections.length, notOnNewPage, heights };
      });
      check(print.cut.length === 0, `${label}: in print, every paragraph, list item, row, quote, figure and note avoids a page break inside it (${print.cut.slice(0, 5).join(", ")})`);
      check(print.notOnNewPage === 0, `${label}: in print, every section after the first starts a new page (${String(print.notOnNewPage)} do not)`);

      const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
      const pages = pdfPages(pdf);
      check(pages.length > 0 && pages.every(isA4), `${label}: prints on A4 (${pages.map((b) => (b === undefined ? "no MediaBox" : `${b.width.toFixed(2)} × ${b.height.toFixed(2)}`)).filter((v, i, a) => a.indexOf(v) === i).join(", ")} pt)`);
      // A page per section when each fits a page; a section longer than a page takes more,
      // but never more than its height needs (with room for what a page break moves on).
      const fits = print.heights.every((h) => h <= CONTENT.height * 0.9);
      const most = print.heights.reduce((n, h) => n + Math.max(1, Math.ceil(h / (CONTENT.height * 0.75))), 0);
      check(
        fits ? pages.length === print.sections : pages.length >= print.sections && pages.length <= most,
        `${label}: ${String(pages.length)} printed pages for ${String(print.sections)} sections, each starting a page (${fits ? "each fits one page" : `some run over: at most ${String(most)}`})`,
      );
    }
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

// Alone: `node tests/browser/familyDocuments.mjs` (the counts are printed, not written).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { passes, failures } = await checkFamilyDocuments();
  console.log(`family documents in the browser: ${String(passes)} passed, ${String(failures)} failed`);
  process.exit(failures === 0 ? 0 : 1);
}
