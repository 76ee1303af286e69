// What the SSDA903 reader offers the command line and not the package: the tables' columns and
// the XML header's blocks and fields.
export { TABLE_COLUMNS, XML_HEADER_BLOCKS, XML_HEADER_FIELDS } from "./ssda903Tables";
export { dobOf, fitsRecord, readSsda903With, recordOf, upnOf, type Ssda903ChildRead } from "./readSsda903";
