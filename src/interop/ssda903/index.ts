// The `kinsafe/ssda903` entry: read and write the DfE SSDA903 children looked after return (CSV and XML).
export { SSDA903_FINDING_CODES, type Ssda903FindingCode } from "./findingCodes";
export { enSsda903 } from "./messages.en";
export { type MessageCatalogue } from "../../messages";
export {
  SSDA903_TABLES,
  type Ssda903Table,
  type Ssda903File,
  type Ssda903Row,
  type Ssda903Finding,
  type ReadSsda903Options,
  type Ssda903Read,
} from "./Ssda903";
export { readSsda903 } from "./readSsda903";
export { toPeriodsOfCare, type PeriodOfCare } from "./toPeriodsOfCare";
export { writeSsda903, type WriteSsda903Options, type Ssda903Csv } from "./writeSsda903";
export { mergeCohorts, createCohortBuilder, type CohortSource, type CohortReturn, type CohortOptions, type Cohort, type CohortBuilder, type CohortFinding, type CohortFindingCode } from "../../records";
export { type ReaderInput, type ReadableStreamLike, type ReaderLimits } from "../internal";
