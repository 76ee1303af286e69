// Shared internals of the statutory-return readers and writers. Not a public entry.
export { type ReaderInput, type ReadableStreamLike, type ReaderLimits, type ResolvedLimits, resolveLimits, textChunks, byteChunks, LimitError, checkReaderOptions } from "./ReaderInput";
export { createXmlScanner, createXmlByteScanner, XmlError, type XmlHandler, type XmlScanner, type XmlByteScanner, type XmlErrorKind } from "./xmlScanner";
export { isIsoDate, toIsoDate, toBoolean, toCount, toAmount, isUpn, isId, trimValue, escapeXml, csvCell, csvCellValue } from "./values";
export { fatalFinding, fatalError, type FatalSuffix } from "./fatal";
export { openNodeFile } from "./nodeFile";
export { createTreeHandler, type XmlNode } from "./xmlTree";
export { createCsvParser, CsvError, type CsvParser } from "./csv";
export { checkWriterObject, checkWriterRecords, checkWriterRecord } from "./writerArgs";
