// (Being written.)
import type { DocumentContext } from "../context";
import type { BuiltDocument } from "../renderFamilyDocument";

/** @internal */
export function buildSafetyPlanDocument(ctx: DocumentContext): BuiltDocument {
  return { title: ctx.t("documents.reader.family"), sections: [] };
}

/** @internal */
export function buildChildSafetyPlan(ctx: DocumentContext): BuiltDocument {
  return { title: ctx.t("documents.reader.family"), sections: [] };
}
