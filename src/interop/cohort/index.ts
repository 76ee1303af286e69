// Merging child records from many returns into one cohort (used by the CIN census and SSDA903 entries).
export { type CohortSource, type CohortReturn, type CohortOptions, type Cohort, type CohortBuilder, type CohortFinding, type CohortFindingCode } from "./Cohort";
export { createCohortBuilder } from "./createCohortBuilder";
export { mergeCohorts } from "./mergeCohorts";
