// `kinsafe metrics` on the shared fixtures, checked against figures computed here from the raw
// files with small independent parsers (regular expressions over the XML, a split over the CSV)
// and the England and Wales bank holidays written out below, not with kinsafe's readers,
// calendar or engine.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, FIXTURES, spawnCli } from "./helpers";

const CIN_FILES = ["csc-validator-be-cin/fake_CIN_data.xml", "csc-validator-be-cin/CIN_Census_2024.xml"];
const SSDA903_FILES = ["csc-validator-be-903/header.csv", "csc-validator-be-903/episodes.csv"];
// The periods each input covers: the fake CIN census (reference date 2022-07-21) covers the year
// to its reference date; the SSDA903 files are the 2017-18 return. A period no return of a kind
// covers has those figures unavailable (not 0).
const CIN_PERIOD = { start: "2021-07-22", end: "2022-07-21" };
const LAC_PERIOD = { start: "2017-04-01", end: "2018-03-31" };
const UNCOVERED_PERIOD = { start: "2019-04-01", end: "2020-03-31" };
const PERIODS = [LAC_PERIOD, UNCOVERED_PERIOD, CIN_PERIOD];

// England and Wales bank holidays (gov.uk), for the working days of conference timeliness.
const BANK_HOLIDAYS = new Set([
  "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
  "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
  "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
  "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
  "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
  "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
  "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26",
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
]);

// --- Independent reading of the raw files -------------------------------------------------

interface RawChild {
  readonly id: string;
  readonly referrals: string[];
  readonly s47: { start: string; icpc?: string; referral?: string }[];
  readonly cpPlans: { start: string; end?: string }[];
}

function all(block: string, tag: string): string[] {
  return [...block.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => (m[1] ?? "").trim());
}

function one(block: string, tag: string): string | undefined {
  return all(block, tag)[0];
}

function readCin(path: string): RawChild[] {
  const xml = readFileSync(path, "utf8");
  return all(xml, "Child").map((child) => {
    const r: RawChild = { id: one(child, "LAchildID") ?? "", referrals: [], s47: [], cpPlans: [] };
    for (const d of all(child, "CINdetails")) {
      const referral = one(d, "CINreferralDate");
      if (referral !== undefined) r.referrals.push(referral);
      for (const s of all(d, "Section47")) {
        const start = one(s, "S47ActualStartDate");
        const icpc = one(s, "DateOfInitialCPC");
        if (start !== undefined) r.s47.push({ start, ...(icpc === undefined ? {} : { icpc }), ...(referral === undefined ? {} : { referral }) });
      }
      for (const p of all(d, "ChildProtectionPlans")) {
        const start = one(p, "CPPstartDate");
        const end = one(p, "CPPendDate");
        if (start !== undefined) r.cpPlans.push(end === undefined ? { start } : { start, end });
      }
    }
    return r;
  });
}

function dmyToIso(d: string): string {
  const [dd, mm, yyyy] = d.split("/");
  return `${yyyy ?? ""}-${(mm ?? "").padStart(2, "0")}-${(dd ?? "").padStart(2, "0")}`;
}

function readEpisodes(path: string): { child: string; decom: string; dec?: string; ls: string }[] {
  const [header, ...lines] = readFileSync(path, "utf8").replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  const cols = (header ?? "").split(",");
  const at = (name: string): number => cols.indexOf(name);
  return lines.map((l) => {
    const cells = l.split(",");
    const dec = cells[at("DEC")] ?? "";
    return { child: cells[at("CHILD")] ?? "", decom: dmyToIso(cells[at("DECOM")] ?? ""), ls: cells[at("LS")] ?? "", ...(dec === "" ? {} : { dec: dmyToIso(dec) }) };
  });
}

// --- Independent definitions ----------------------------------------------------------------

/** The same day a year later (29 February goes to 28 February). */
function yearAfter(date: string): string {
  const y = Number(date.slice(0, 4)) + 1;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y)}-${md === "02-29" && !leap ? "02-28" : md}`;
}

/** Working days after `from` up to and including `to`, skipping weekends and bank holidays. */
function workingDays(from: string, to: string): number {
  let n = 0;
  const d = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    const iso = d.toISOString().slice(0, 10);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6 && !BANK_HOLIDAYS.has(iso)) n++;
  }
  return n;
}

/** R's type 7 quantile. */
function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return (s[lo] ?? 0) + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? 0) - (s[lo] ?? 0));
}

interface Expected {
  referrals: number;
  reReferrals: number;
  s47: number;
  icpcDurations: number[];
  /** Conferences in the period whose section 47 starts before its referral (DfE rule 2889). */
  icpcBeforeReferral: number;
  cpOpen: number;
  lacOpen: number;
}

function expected(children: readonly RawChild[], episodes: ReturnType<typeof readEpisodes>, period: { start: string; end: string }): Expected {
  const { start, end } = period;
  const inPeriod = (d: string): boolean => d >= start && d <= end;
  let referrals = 0;
  let reReferrals = 0;
  let s47 = 0;
  const icpcDurations: number[] = [];
  let icpcBeforeReferral = 0;
  let cpOpen = 0;
  for (const c of children) {
    for (const d of c.referrals.filter(inPeriod)) {
      referrals++;
      // Within 12 months of a previous referral, counted forward from the previous one.
      if (c.referrals.some((o) => o < d && d <= yearAfter(o))) reReferrals++;
    }
    for (const s of c.s47) {
      if (inPeriod(s.start)) s47++;
      // A section 47 that starts before its referral cannot be right (DfE CIN census validation
      // rule 2889): its conference is not timed from it.
      if (s.icpc !== undefined && inPeriod(s.icpc)) {
        if (s.referral !== undefined && s.start < s.referral) icpcBeforeReferral++;
        else icpcDurations.push(workingDays(s.start, s.icpc));
      }
    }
    if (c.cpPlans.some((p) => p.start <= end && (p.end === undefined || p.end > end))) cpOpen++;
  }
  const lac = new Set(episodes.filter((e) => e.ls !== "V3" && e.ls !== "V4" && e.decom <= end && (e.dec === undefined || e.dec > end)).map((e) => e.child));
  return { referrals, reReferrals, s47, icpcDurations, icpcBeforeReferral, cpOpen, lacOpen: lac.size };
}

// --- The test ---------------------------------------------------------------------------------

interface Metric {
  value: number | null;
  status?: string;
  numerator: number | null;
  denominator: number | null;
  breakdown?: Record<string, Metric>;
  excluded?: { count: number; reason: string }[];
}
interface Output {
  inputs: { file: string; kind: string }[];
  results: { period: { start: string; end: string }; metrics: Record<string, Metric> }[];
}

describe("kinsafe metrics on the fixtures", () => {
  let cli = "";
  beforeAll(async () => {
    cli = await buildCli();
  }, 60_000);

  it("agrees with figures computed independently from the raw files", () => {
    const files = [...CIN_FILES, ...SSDA903_FILES].map((f) => join(FIXTURES, f));
    const run = spawnCli(cli, ["metrics", ...files, ...PERIODS.flatMap((p) => ["--period", `${p.start}/${p.end}`]), "--format", "json", "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.inputs.map((i) => i.kind)).toEqual(["cin-census", "cin-census", "ssda903-csv", "ssda903-csv"]);

    const children = CIN_FILES.flatMap((f) => readCin(join(FIXTURES, f)));
    const episodes = readEpisodes(join(FIXTURES, "csc-validator-be-903/episodes.csv"));
    const metricsOf = (i: number): Record<string, Metric> => {
      expect(output.results[i]?.period).toEqual(PERIODS[i]);
      return output.results[i]?.metrics ?? {};
    };

    // The CIN census covers this period: its figures agree with the independent count.
    const m = metricsOf(PERIODS.indexOf(CIN_PERIOD));
    const want = expected(children, episodes, CIN_PERIOD);
    expect(m["activity.referrals"]?.value, "referrals").toBe(want.referrals);
    expect(m["activity.re-referral-rate"]?.numerator, "re-referrals").toBe(want.reReferrals);
    expect(m["activity.re-referral-rate"]?.denominator).toBe(want.referrals);
    // One return: less than the 12 months of history a re-referral looks back over.
    expect(m["activity.re-referral-rate"]?.status).toBe("incomplete-history");
    expect(m["activity.s47-enquiries"]?.value, "section 47").toBe(want.s47);
    const icpc = m["timeliness.icpc"];
    expect(icpc?.denominator, "conferences timed").toBe(want.icpcDurations.length);
    expect(icpc?.excluded?.find((e) => e.reason.includes("rule 2889"))?.count ?? 0, "conferences not timed: section 47 before the referral").toBe(want.icpcBeforeReferral);
    expect(icpc?.value ?? null, "ICPC median").toBe(quantile(want.icpcDurations, 0.5));
    expect(icpc?.breakdown?.["within-15"]?.numerator ?? 0).toBe(want.icpcDurations.filter((d) => d <= 15).length);
    expect(m["plans.open"]?.breakdown?.["cp"]?.value, "CP plans at the period end").toBe(want.cpOpen);
    // No SSDA903 return covers it: looked-after figures are unavailable, not 0.
    expect(m["plans.open"]?.breakdown?.["lac"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "not-covered" } });

    // The SSDA903 return covers 2017-18: looked after at 31 March agrees; the CIN figures are unavailable.
    const lac = metricsOf(PERIODS.indexOf(LAC_PERIOD));
    expect(lac["plans.open"]?.breakdown?.["lac"]?.value, "looked after at 31 March 2018").toBe(expected(children, episodes, LAC_PERIOD).lacOpen);
    expect(lac["activity.referrals"]).toMatchObject({ value: null, status: "unavailable", unavailable: { reason: "not-covered" } });

    // A period no return covers: nothing is 0, everything is unavailable.
    const none = metricsOf(PERIODS.indexOf(UNCOVERED_PERIOD));
    for (const id of ["activity.referrals", "activity.s47-enquiries", "plans.open"]) {
      expect(none[id], id).toMatchObject({ value: null, status: "unavailable" });
    }

    // The fixtures exercise something in each measure (not only zeros).
    expect(want.referrals).toBeGreaterThan(20);
    expect(want.reReferrals).toBeGreaterThan(0);
    expect(want.s47 > 0 && want.icpcDurations.length + want.icpcBeforeReferral > 0).toBe(true);
    expect(want.cpOpen).toBeGreaterThan(0);
    expect(expected(children, episodes, LAC_PERIOD).lacOpen).toBeGreaterThan(100);
  }, 60_000);
});
