export { type MessageCatalogue, isCatalogue } from "./catalogue";
export { fillTemplate, templateParams } from "./template";
export { formatFindingWith, formatTextWith, type FormatFindingOptions } from "./formatFinding";
export { createNameResolver, type Named, type NameResolver, type NameResolverOptions, type NameSource } from "./names";
