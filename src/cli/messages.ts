// The messages of the findings `kinsafe` itself makes (codes `cli/…`), in the form of the
// library's catalogue (`src/messages`): a template per code, `{placeholders}` filled from the
// finding's params. The library's own codes keep their templates there.

/** Every finding code the command line makes. */
export const CLI_FINDING_CODES = ["cli/empty-period", "cli/not-in-tables"] as const;

/** A finding code the command line makes. */
export type CliFindingCode = (typeof CLI_FINDING_CODES)[number];

/** The English message of each {@link CliFindingCode}. */
export const CLI_MESSAGES: Readonly<Record<CliFindingCode, string>> = {
  "cli/empty-period": "No file holds records of {start} to {end}: the figures of that period say nothing about it.",
  "cli/not-in-tables": "The tidy tables have no place for {items}: they were read but are not in the tables.",
};
