import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { METRIC_DEFINITIONS } from "../../src/cli/report/definitions";

const ROOT = resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, ext: readonly string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return ext.some((e) => name.endsWith(e)) ? [path] : [];
  });
}

describe("the definitions the report and the docs give", () => {
  it("counts re-referrals forward from the previous referral, as the statutory phrase reads", () => {
    const text = METRIC_DEFINITIONS["activity.re-referral-rate"];
    expect(text).toMatch(/within 12 months of a previous referral/);
    expect(text).toMatch(/counted forward from the previous one/);
    expect(text).not.toMatch(/12 months before|year earlier/);
  });

  it("gives the looked-after visits of reg 28(2): a visit after every placement, three months only for a placement intended to last until 18", () => {
    const text = METRIC_DEFINITIONS["plans.seen-per-plan"];
    expect(text).toMatch(/reg 28\(2\)/);
    expect(text).toMatch(/within a week of the start of every placement/);
    expect(text).toMatch(/three months only where the placement is intended to last until 18, six weeks otherwise/);
  });

  it("leaves no text in src/ or docs/ that counts 'within 12 months' back from the new date, or gives 3 months after the first year for every placement", () => {
    // The wordings the definitions had before the forward rule and reg 28(2) were applied.
    const old = [
      /on or after the same date a year earlier/i,
      /within the 12 months before (it|the referral)/i,
      /this date minus 12\s+months/i,
      /\[referralDate - 12 months, referralDate\)/,
      /6 months for long-term placements/i,
      /6 weeks then 3 months/i,
    ];
    const hits = [...filesUnder(join(ROOT, "src"), [".ts"]), ...filesUnder(join(ROOT, "docs"), [".md"])].flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return old.filter((re) => re.test(text)).map((re) => `${relative(ROOT, file)}: ${String(re)}`);
    });
    expect(hits).toEqual([]);
  });
});
