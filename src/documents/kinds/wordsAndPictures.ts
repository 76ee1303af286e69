// (Being written.)
import type { DocumentContext } from "../context";
import type { BuiltDocument } from "../renderFamilyDocument";

/** @internal */
export function buildWordsAndPictures(ctx: DocumentContext): BuiltDocument {
  return { title: ctx.t("documents.reader.family"), sections: [] };
}
