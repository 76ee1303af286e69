import type { XmlHandler } from "./xmlScanner";

/**

 * A small element tree, built for one record at a time.

 *

 * @internal

 */
export interface XmlNode {
  readonly name: string;
  text: string;
  readonly line: number;
  readonly column: number;
  readonly children: XmlNode[];
}

/**
 * A handler that builds the subtree of each child of the root element (a record: `CHILD` in
 * SSDA903 XML, `CSWWWorker` in the workforce census) and hands it over when it closes, so that
 * only one record is in memory at a time.
 *
 * @internal
 */
export function createTreeHandler(onRoot: (name: string, line: number, column: number) => void, onRecord: (node: XmlNode) => void): XmlHandler {
  const stack: XmlNode[] = [];
  let depth = 0;
  return {
    open(name, line, column): void {
      depth++;
      if (depth === 1) {
        onRoot(name, line, column);
        return;
      }
      const node: XmlNode = { name, text: "", line, column, children: [] };
      stack[stack.length - 1]?.children.push(node);
      stack.push(node);
    },
    text(t): void {
      const top = stack[stack.length - 1];
      if (top !== undefined) top.text += t;
    },
    close(): void {
      depth--;
      if (depth === 0) return;
      const node = stack.pop();
      if (node !== undefined) {
        node.text = node.text.trim();
        if (stack.length === 0) onRecord(node);
      }
    },
  };
}
