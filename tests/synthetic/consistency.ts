// What "the same facts" means for two versions of a child's record, one known at an earlier date
// than the other: every fact the earlier version states is stated the same way by the later one,
// except the few facts that a later date may rightly change. Shared by the generator's and the
// returns' consistency tests.

/** Facts that a later date may change: the latest CP category (after a review) and whether an ICPC was not required (once the enquiry ends). */
const MAY_CHANGE = new Set(["latestCategory", "icpcNotRequired"]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The first place where `early` states a fact that `late` does not state the same way, or
 * `undefined` when every fact of `early` is in `late`. Objects: every key of `early` (but
 * {@link MAY_CHANGE}) has a consistent value in `late` (keys only in `late` are facts learned
 * later: an end date, a reason). Arrays of objects with an `id`: matched by id; other arrays:
 * `early` is a prefix of `late` (later reviews, later extensions). `ignore` names keys compared
 * by neither (e.g. `id` where ids are made by a reader).
 */
export function inconsistency(early: unknown, late: unknown, path = "", ignore: ReadonlySet<string> = new Set()): string | undefined {
  if (Array.isArray(early)) {
    if (!Array.isArray(late)) return `${path}: an array became ${JSON.stringify(late)}`;
    const byId = early.every((x) => isObject(x) && typeof x["id"] === "string") && !ignore.has("id");
    if (byId) {
      const later = new Map(late.map((x) => [(x as { id: string }).id, x]));
      for (const item of early as { id: string }[]) {
        if (!later.has(item.id)) return `${path}[${item.id}]: missing later`;
        const bad = inconsistency(item, later.get(item.id), `${path}[${item.id}]`, ignore);
        if (bad !== undefined) return bad;
      }
      return undefined;
    }
    if (early.length > late.length) return `${path}: ${String(early.length)} items, later ${String(late.length)}`;
    for (let i = 0; i < early.length; i++) {
      const bad = inconsistency(early[i], late[i], `${path}[${String(i)}]`, ignore);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  if (isObject(early)) {
    if (!isObject(late)) return `${path}: an object became ${JSON.stringify(late)}`;
    for (const [k, v] of Object.entries(early)) {
      if (v === undefined || MAY_CHANGE.has(k) || ignore.has(k)) continue;
      const bad = inconsistency(v, late[k], `${path}.${k}`, ignore);
      if (bad !== undefined) return bad;
    }
    return undefined;
  }
  return early === late ? undefined : `${path}: ${JSON.stringify(early)} then ${JSON.stringify(late)}`;
}
