export type { FindingCode } from "./FindingCode";
export { en } from "./en";
export { formatFinding } from "./formatFinding";
