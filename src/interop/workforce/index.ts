// The `kinsafe/workforce` entry: read the DfE Children's Social Work Workforce census (XML).
export { WORKFORCE_FINDING_CODES, type WorkforceFindingCode } from "./findingCodes";
export { enWorkforce } from "./messages.en";
export { type MessageCatalogue } from "../../messages";
export { type WorkforceCensusHeader, type WorkforceFinding, type ReadWorkforceCensusOptions, type WorkforceCensusRead } from "./WorkforceCensus";
export { readWorkforceCensus } from "./readWorkforceCensus";
export { readWorkforceCensusFile } from "./readWorkforceCensusFile";
export { type ReaderInput, type ReadableStreamLike, type ReaderLimits } from "../internal";
