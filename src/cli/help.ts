// The help of every command, with examples. docs/cli.md says the same at more length.
import type { CommandName } from "./args";

const EXIT_CODES = `Exit codes:
  0   done
  1   kinsafe check: a bottom line is not met
  2   usage error (no arguments, unknown command or option, bad value, an output that would
      replace an input); never for what a file holds
  3   input or output error (missing file, unknown kind of file, unreadable or unsafe content;
      an output that cannot be written: nothing is left half-written)
  70  internal error (a bug: KINSAFE_DEBUG=1 shows where)`;

const COMMON = `  -q, --quiet          no progress bar and no finding summary on stderr
  -h, --help           this help`;

/** The general help: every command, one line each. */
export const GENERAL_HELP = `kinsafe: children's social care data and practice records, from the command line.

Usage: kinsafe <command> [options] [files...]

Commands:
  metrics FILES...        the core data set from CIN census, SSDA903, workforce and kinsafe JSON files
  check CASEFILE          every finding and the bottom-line report of a case file
  synth                   a synthetic local authority in CIN census, SSDA903 or JSONL format
  pseudonymise FILES...   replace child identifiers with keyed pseudonyms, dates of birth with their month
  tables FILES...         the records as tidy CSV tables (children, episodes, assessments, ...)
  sql --dialect D         the core data set's definitions as SQL over those tables (DuckDB, PostgreSQL, SQL Server, Spark)
  schema [NAME]           the JSON Schemas of kinsafe's documents
  demo                    try it: a synthetic authority, its core data set and an HTML report

Run "kinsafe <command> --help" for a command's options and examples.

Examples:
  kinsafe demo
  kinsafe metrics cin_2024.xml cin_2025.xml episodes.csv header.csv --format html --out report.html
  kinsafe check case.json --as-of 2025-06-01

${EXIT_CODES}
`;

/** The help of each command. */
export const COMMAND_HELP: Readonly<Record<CommandName, string>> = {
  metrics: `Usage: kinsafe metrics FILES... [options]

Computes the core data set (activity, timeliness, plans, outcomes, workforce) from any mix of:
CIN census XML, SSDA903 CSV tables or XML, workforce census XML, kinsafe child records (JSON
array or JSON Lines), and kinsafe's tidy tables (with coverage.csv). The kind and the
collection year of each file are found from its content (a name that states another year is a
warning). Returns of several years are merged child by child; without --period, each
collection year found in the files is a period, and several periods give a trend. A figure the files cannot tell is "x", never 0; re-referral rates
need the previous year's return too.

Options:
  --period P           START/END (2024-04-01/2025-03-31) or a collection year (2025); repeat for a trend
  --population N       children aged 0-17 in the area, for rates per 10,000 (needs --population-vintage)
  --population-vintage TEXT   the estimate used, e.g. "ONS mid-2024"
  --suppress N         show counts from 1 to N (and rates built on them) as "c", as DfE does (DfE: 5)
  -f, --format F       table (default), json, csv (tidy), csv-wide (a column per period), html or xlsx (a sheet per family; needs --out)
  -o, --out PATH       write to PATH instead of stdout (owner-only; never over an input)
  --match-by M         child-id (default) or upn: how children are matched across returns
  --max-findings N     how many reader findings to print on stderr (default 20)
  --threads N          threads that read CIN census returns (default: 1 under 256 MB of them, else the processors, at most 4)
  --title TEXT         the report's title (html, xlsx; default "Core data set")
  --authority TEXT     the local authority's name, under the title (html), in the JSON and the xlsx
  --authority-code NNN   the authority's three-digit DfE code, beside its name
  --comparators FILE   figures to set beside the authority's (statistical neighbours, a region): a CSV
                       of metric_id, period, area, area_code, value, symbol, source; repeatable
  --no-england         leave out England's published figures (added by default for the years they cover)
${COMMON}

Examples:
  kinsafe metrics cin_2024.xml cin_2025.xml --period 2025
  kinsafe metrics cin_2024.xml cin_2025.xml header.csv episodes.csv --population 61200 --population-vintage "ONS mid-2024" --suppress 5
  kinsafe metrics records.jsonl --period 2024-04-01/2025-03-31 --format json --out cds.json
  kinsafe metrics returns/*.xml --format html --out report.html --authority "Anytown" --authority-code 999
  kinsafe metrics returns/*.xml returns/*.csv --suppress 5 --format xlsx --out cds.xlsx
  kinsafe metrics returns/*.xml --comparators neighbours.csv --format csv-wide --out cds.csv

${EXIT_CODES}
`,
  check: `Usage: kinsafe check CASEFILE [options]

Checks a case file (JSON): the assessment maps, child-voice records, safety network and safety
plans, then evaluates the bottom lines (the case file's own, or those of a policy file).

Options:
  --bottom-lines FILE  a local authority's bottom-line policy (JSON), or a JSON array of bottom lines
  --as-of DATE         the day to check as of (YYYY-MM-DD; default today)
  -f, --format F       text (default) or json
${COMMON}

Examples:
  kinsafe check case.json
  kinsafe check case.json --bottom-lines northshire-policy.json --as-of 2025-06-01
  kinsafe check case.json --format json > findings.json

Exit status 1 when a bottom line is not met; the checks' findings do not change it.

${EXIT_CODES}
`,
  synth: `Usage: kinsafe synth --children N --years Y --seed S --format F --out DIR

Writes a realistic synthetic local authority: every child who had contact with children's
social care over the years, in the statutory formats. The same options always give the same files.

Options:
  --children N         children aged 0-17 living in the authority (default 10000)
  --years Y            collection years, ending with --end-year (default 1, at most 20)
  --seed S             the seed, a whole number (default 1)
  --end-year YEAR      the year of the 31 March that ends the last year (default 2025)
  --la CODE            the authority's three-digit code (default 999)
  -f, --format F       cin-census (one XML per year), ssda903 (CSV tables per year) or jsonl (default)
  -o, --out DIR        the directory to write to (required; files owner-only, never over an input)
${COMMON}

Examples:
  kinsafe synth --children 60000 --years 3 --seed 7 --format cin-census --out synthetic/
  kinsafe synth --children 20000 --format jsonl --out .

${EXIT_CODES}
`,
  pseudonymise: `Usage: kinsafe pseudonymise FILES... --key-file PATH --out DIR

Replaces child identifiers (LAchildID, SSDA903 CHILD/CHILDID, UPN, FormerUPN; SWENo in the
workforce census) with keyed pseudonyms (HMAC-SHA-256 with the key in PATH) that fit each
format's length rules, and dates of birth with the first day of their month, in CIN census,
SSDA903, workforce census and kinsafe child-record JSON files. Anything it cannot fully account
for (an unknown element or column, a case file, free text) is refused and nothing is written.
The same identifier gets the same pseudonym in every file and every run with the same key, so
that files can still be joined. Each file is written to DIR under its own name.

Options:
  --key-file PATH      the secret key: a regular file of 32 to 4,096 bytes, not a repeated pattern
                       (e.g. openssl rand -hex 32 > key; chmod 600 key)
  -o, --out DIR        the directory to write to (required; must not hold the inputs)
${COMMON}

Examples:
  openssl rand -hex 32 > project.key
  kinsafe pseudonymise cin_2025.xml header.csv episodes.csv --key-file project.key --out shared/

${EXIT_CODES}
`,
  tables: `Usage: kinsafe tables FILES... --out DIR

Writes the child records read from the files as tidy CSV tables, one row per item, to load into
R, pandas or DuckDB: children.csv, episodes.csv, assessments.csv, cin_plans.csv,
section47_enquiries.csv, cp_plans.csv, looked_after_episodes.csv, early_help_episodes.csv,
looked_after_reviews.csv, missing_incidents.csv, visits.csv, care_proceedings.csv,
proceedings_extensions.csv, looked_after_outcomes.csv (OC2), care_leaver_outcomes.csv (OC3),
adoptions.csv (AD1), adoption_decisions.csv (PlacedAdoption), and coverage.csv (the dates
they cover). Cells that a spreadsheet
would run as a formula are made safe with a leading apostrophe. kinsafe metrics and kinsafe
tables read the tables back (kinsafe metrics tables/*.csv).

Options:
  -o, --out DIR        the directory to write to (required; files owner-only, never over an input)
  --match-by M         child-id (default) or upn
  --max-findings N     how many reader findings to print on stderr (default 20)
${COMMON}

Examples:
  kinsafe tables cin_2024.xml cin_2025.xml episodes.csv --out tables/
  duckdb -c "select count(*) from 'tables/episodes.csv'"
  kinsafe metrics tables/*.csv --period 2025

${EXIT_CODES}
`,
  sql: `Usage: kinsafe sql --dialect D [--period P]... [--tables DIR] [--load-from PATH] [--population N --population-vintage TEXT] [--out FILE]

Writes the core data set's definitions as one SQL script over the tidy tables kinsafe tables
writes, for a database where kinsafe cannot run: the periods, the working-day calendar as a
table (bank holidays of England and Wales; a working-day difference is a subtraction), a table
per kind of event, and the view ks_metrics: metric_id, period_start, period_end, value,
numerator, denominator, status. The same rules, code lists and limits as kinsafe metrics, and
the same availability from the tables' coverage.csv: a figure they cannot tell is unavailable
(NULL), never 0. The metrics it does not compute (and why) are listed at the top of the script.

Options:
  --dialect D          duckdb, postgres, tsql (SQL Server 2017 or later) or spark (Spark SQL 3)
  --period P           START/END (2024-04-01/2025-03-31) or a collection year (2025); repeatable;
                       default: the years DIR/coverage.csv covers (needs --tables)
  --tables DIR         the script reads DIR/<table>.csv and DIR/coverage.csv itself (DuckDB read_csv,
                       PostgreSQL COPY, SQL Server BULK INSERT, a Spark CSV view); without it the
                       tables (coverage among them) must exist
  --load-from PATH     the tables' directory as the database sees it (another machine, s3://...),
                       in the script instead of DIR's path here
  --population N       children aged 0-17 in the area, for rates per 10,000 (needs --population-vintage)
  --population-vintage TEXT   the estimate used, e.g. "ONS mid-2024"
  -o, --out FILE       write to FILE instead of stdout (owner-only; never over one of the tables)
${COMMON}

Examples:
  kinsafe tables cin_2024.xml cin_2025.xml episodes.csv --out tables/
  kinsafe sql --dialect duckdb --tables tables/ --out metrics.sql
  duckdb -c ".read metrics.sql"
  kinsafe sql --dialect tsql --period 2025 --out metrics.sql

${EXIT_CODES}
`,
  schema: `Usage: kinsafe schema [NAME]

Prints the JSON Schema (draft 2020-12) of a kinsafe document, or the list of names.

Examples:
  kinsafe schema
  kinsafe schema child-record > child-record.schema.json

${EXIT_CODES}
`,
  demo: `Usage: kinsafe demo [--out DIR]

Generates a synthetic local authority (seeded, about 3 years), computes its core data set,
prints the table and writes an HTML report (report.html) and the figures (core-data-set.json).
No input files, nothing leaves the machine.

Options:
  -o, --out DIR        where to write the report (default kinsafe-demo)
  --children N         children aged 0-17 (default 20000)
  --years Y            collection years (default 3)
  --seed S             the seed (default 2025)
  -f, --format F       how to print the figures: table (default) or json
${COMMON}

Examples:
  kinsafe demo
  kinsafe demo --out /tmp/demo --children 60000

${EXIT_CODES}
`,
};
