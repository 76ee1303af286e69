// What the cohort builder offers the command line and not the package.
export { compareEpisodeFindings, createCohortBuilderWith } from "./createCohortBuilder";
