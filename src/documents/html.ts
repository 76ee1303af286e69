// Writes a document model as one self-contained, semantic HTML file: `lang`, one h1, a heading
// per section, lists for lists and tables only for tables; large type that reads on a phone;
// a print stylesheet for A4 with each section on a new page and nothing cut across pages.
import type { DocumentBlock, DocumentModel } from "./tree";

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values.
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * The document's stylesheet: screen first (phone up), then A4 print.
 *
 * @internal
 */
export const DOCUMENT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 1.25rem; line-height: 1.6; color: #0b0c0c; background: #ffffff; }
main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
header { border-bottom: 4px solid #1d70b8; margin-bottom: 1.5rem; padding-bottom: 0.5rem; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0.5rem 0; }
h2 { font-size: 1.6rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
header p { margin: 0.25rem 0; color: #3b3b3b; }
p, li { max-width: 38rem; overflow-wrap: anywhere; }
ul, ol { padding-left: 1.5rem; }
li { margin-bottom: 0.75rem; }
li ul { list-style: none; padding-left: 0; margin-top: 0.25rem; }
li li { margin-bottom: 0.1rem; color: #3b3b3b; }
blockquote { margin: 1rem 0; padding: 0.5rem 1rem; border-left: 6px solid #b1b4b6; }
blockquote p { margin: 0; }
blockquote footer { font-size: 1.05rem; color: #3b3b3b; }
.note { padding: 0.5rem 1rem; border: 2px solid #1d70b8; background: #f3f8fc; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 1.1rem; }
caption { text-align: left; font-weight: bold; margin-bottom: 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid #b1b4b6; }
.table-wrap { overflow-x: auto; }
figure.drawing { margin: 1rem 0; }
figure.drawing .space { min-height: 14rem; border: 3px dashed #505a5f; border-radius: 0.5rem; }
figure.drawing figcaption { font-size: 1.05rem; color: #3b3b3b; }
@media (max-width: 30rem) { body { font-size: 1.15rem; } h1 { font-size: 1.7rem; } h2 { font-size: 1.4rem; } main { padding: 0.75rem; } }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { font-size: 13pt; }
  main { max-width: none; padding: 0; }
  section + section { break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  p, li, blockquote, tr, figure, .note, caption { break-inside: avoid; }
  figure.drawing .space { min-height: 9cm; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
}
`.trim();

function block(b: DocumentBlock): string {
  switch (b.type) {
    case "paragraph":
      return `<p>${escapeHtml(b.text)}</p>`;
    case "subheading":
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case "note":
      return `<p class="note">${escapeHtml(b.text)}</p>`;
    case "quote":
      return `<blockquote><p>${escapeHtml(b.text)}</p>${b.by === undefined ? "" : `<footer>${escapeHtml(b.by)}</footer>`}</blockquote>`;
    case "list": {
      const tag = b.ordered === true ? "ol" : "ul";
      const items = b.items.map((item) => `<li>${escapeHtml(item.text)}${item.details === undefined || item.details.length === 0 ? "" : `<ul>${item.details.map((d) => `<li>${escapeHtml(d)}</li>`).join("")}</ul>`}</li>`);
      return `<${tag}>${items.join("")}</${tag}>`;
    }
    case "table":
      return `<div class="table-wrap"><table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${b.rows
        .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join("")}</tr>`)
        .join("")}</tbody></table></div>`;
    case "drawing":
      return `<figure class="drawing"><div class="space" role="img" aria-label="${escapeHtml(b.label)}"></div><figcaption>${escapeHtml(b.label)}${b.ref === undefined ? "" : ` (${escapeHtml(b.ref)})`}</figcaption></figure>`;
  }
}

/**
 * Writes a document as one self-contained HTML file (no scripts, no external resources).
 *
 * @internal
 */
export function toHtml(doc: DocumentModel): string {
  const sections = doc.sections.map((s, i) => `<section aria-labelledby="s${String(i + 1)}"><h2 id="s${String(i + 1)}">${escapeHtml(s.heading)}</h2>${s.blocks.map(block).join("\n")}</section>`);
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(doc.lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${DOCUMENT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<header><h1>${escapeHtml(doc.title)}</h1>${doc.subtitle.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</header>`,
    ...sections,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
