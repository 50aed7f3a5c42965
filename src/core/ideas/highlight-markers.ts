/**
 * The markers around a matched word in a search snippet: control characters that the import strips
 * from every text, so they never occur in an idea. The store's ts_headline writes them; snippet.ts
 * turns them into `<mark>`.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';
