// What src/assessment offers the other folders of src/ and not the package: the placement of a
// map command's paths, which the case file's commands use to report in the case file's paths.
export { placeMapCommand } from "./placeMapCommand";
