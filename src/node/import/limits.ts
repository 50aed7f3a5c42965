/** Limits that protect the importers from files too large or too strange to read safely. */

/** Largest file (or StatLine response page) read, in bytes: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Most data rows (or StatLine observations) in one table. */
export const MAX_DATA_ROWS = 200_000;

/** Most bytes an .xlsx may unpack to: 100 MB. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** Highest unpacked/packed ratio of one workbook part… */
export const MAX_ZIP_RATIO = 100;

/**
 * …checked only for parts that unpack to more than this (1 MB): small XML parts legitimately reach
 * high ratios, and they cannot hurt.
 */
export const ZIP_RATIO_FROM_BYTES = 1024 * 1024;

/** Excel's own sheet size: 1 048 576 rows × 16 384 columns (A…XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

/**
 * Most cells of a sheet's used rectangle (highest row × highest column). The spreadsheet reader fills
 * every row to the widest column, so a stray cell far away would cost memory without bound.
 */
export const MAX_SHEET_CELLS = 10_000_000;

/** Most pages followed through `@odata.nextLink`. */
export const MAX_STATLINE_PAGES = 1_000;

/**
 * Most columns of a CSV/TSV record or keys of a JSON file of ideas: 1 000. A long table has 6 columns,
 * an ideas file 7; a header of millions of columns would only cost time and memory.
 */
export const MAX_COLUMNS = 1_000;

/** Uploads larger than this (1 MB) are read in a worker thread, so readers keep being served. */
export const WORKER_FROM_BYTES = 1024 * 1024;
