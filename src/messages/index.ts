export { type FindingCode, type MessageCatalogue } from "./catalogue";
export { en } from "./en";
export { formatFinding, type FormatFindingOptions } from "./formatFinding";
