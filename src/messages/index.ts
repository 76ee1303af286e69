export { type FindingCode, type MessageCatalogue } from "./catalogue";
export { en } from "./en";
export { formatFinding, type FormatFindingOptions } from "./formatFinding";
export { createNameResolver, type Named, type NameResolver, type NameResolverOptions, type NameSource } from "./names";
