// The `kinsafe/cin-census` entry: read and write the DfE Children in Need census (XML).
export { CIN_CENSUS_FINDING_CODES, type CinCensusFindingCode } from "./findingCodes";
export { enCinCensus } from "./messages.en";
export { type MessageCatalogue } from "../../messages";
export { type CinCensusHeader, type CinCensusFinding, type ReadCinCensusOptions, type CinCensusSummary, type CinCensusRead } from "./CinCensus";
export { type WriteCinCensusOptions } from "./cinCensusXml";
export { readCinCensus } from "./readCinCensus";
export { streamCinCensus } from "./streamCinCensus";
export { readCinCensusFile } from "./readCinCensusFile";
export { writeCinCensus } from "./writeCinCensus";
export { writeCinCensusStream } from "./writeCinCensusStream";
export { mergeCohorts, createCohortBuilder, type CohortSource, type CohortReturn, type CohortOptions, type Cohort, type CohortBuilder, type CohortFinding, type CohortFindingCode } from "../../records";
export { type ReaderInput, type ReadableStreamLike, type ReaderLimits } from "../internal";
