/** Survey table importers: long CSV/TSV/xlsx, the CBS wide xlsx and StatLine OData v4 observations. */
export { importSurveyFile } from './survey-file.js';
export { importSurveyBytes, type SurveyImportOptions } from './survey-bytes.js';
export { MAX_DATA_ROWS, MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO } from './limits.js';
