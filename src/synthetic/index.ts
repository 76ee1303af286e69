// The `kinsafe/synthetic` entry: synthetic local authorities for tests, examples and benchmarks.
export { generateSyntheticAuthority } from "./generateSyntheticAuthority";
export { generateSyntheticAuthorityStream } from "./generateSyntheticAuthorityStream";
export type { SyntheticAuthorityOptions } from "./SyntheticAuthorityOptions";
