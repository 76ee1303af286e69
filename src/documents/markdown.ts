// Writes a document model as Markdown (CommonMark), for systems that render their own. Text
// is escaped so that the worker's and the family's words never become markup.
import type { DocumentBlock, DocumentModel } from "./tree";

/**
 * Escapes text so that CommonMark shows it as written, on one line.
 *
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#>+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

function cell(text: string): string {
  return escapeMarkdown(text);
}

function block(b: DocumentBlock): string {
  switch (b.type) {
    case "paragraph":
      return escapeMarkdown(b.text);
    case "subheading":
      return `### ${escapeMarkdown(b.text)}`;
    case "note":
      return `> **${escapeMarkdown(b.text)}**`;
    case "quote":
      return `> ${escapeMarkdown(b.text)}${b.by === undefined ? "" : `\n>\n> — ${escapeMarkdown(b.by)}`}`;
    case "list":
      return b.items
        .map((item, i) => {
          const marker = b.ordered === true ? `${String(i + 1)}.` : "-";
          const pad = " ".repeat(marker.length + 1);
          return `${marker} ${escapeMarkdown(item.text)}${(item.details ?? []).map((d) => `\n${pad}- ${escapeMarkdown(d)}`).join("")}`;
        })
        .join("\n");
    case "table":
      return [`**${escapeMarkdown(b.caption)}**`, "", `| ${b.head.map(cell).join(" | ")} |`, `| ${b.head.map(() => "---").join(" | ")} |`, ...b.rows.map((row) => `| ${row.map(cell).join(" | ")} |`)].join("\n");
    case "drawing":
      return `> ${escapeMarkdown(b.label)}${b.ref === undefined ? "" : ` (${escapeMarkdown(b.ref)})`}\n>\n> &nbsp;\n>\n> &nbsp;`;
  }
}

/**
 * Writes a document as Markdown.
 *
 * @internal
 */
export function toMarkdown(doc: DocumentModel): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`, ...doc.subtitle.map(escapeMarkdown)];
  for (const s of doc.sections) parts.push(`## ${escapeMarkdown(s.heading)}`, ...s.blocks.map(block));
  return `${parts.join("\n\n")}\n`;
}
