/**
 * The `snippet` of a search result: HTML-safe text in which only `<mark>…</mark>` is markup. The
 * database builds the headline from the HTML-escaped text and marks matches with control characters
 * (see search-query.ts); here those become `<mark>` tags. Anything else that looks like markup cannot
 * survive, because `<` and `>` were escaped before the headline was made — and are escaped again here
 * should one slip through.
 */
import { escapeHtml } from '../text/escape-html.js';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './highlight-markers.js';

export { escapeHtml };

/** Words shown when there is no query (or the headline is empty). */
export const PLAIN_SNIPPET_WORDS = 30;
const ELLIPSIS = '…';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Without punctuation at either end: a headline drops a final full stop. */
function bare(text: string): string {
  return text.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/**
 * The first words of the text (not escaped: for a view that escapes), with an ellipsis when cut: an
 * idea in a list is cut as the search list cuts it, its link leads to the whole (audit 6, finding 15).
 */
export function firstWords(text: string, maxWords = PLAIN_SNIPPET_WORDS): string {
  const words = squash(text).split(' ');
  const cut = words.length > maxWords;
  return words.slice(0, maxWords).join(' ') + (cut ? ` ${ELLIPSIS}` : '');
}

/** The first words of the text, escaped, with an ellipsis when cut. */
export function plainSnippet(text: string, maxWords = PLAIN_SNIPPET_WORDS): string {
  return escapeHtml(firstWords(text, maxWords));
}

/** Turns a database headline of the escaped `text` into the snippet; ellipses where the text was cut. */
export function snippetFromHeadline(headline: string | null, text: string): string {
  if (!headline || !headline.includes(HIGHLIGHT_START)) return plainSnippet(text);
  // The database escapes all but the apostrophe (`&#39;` would split `collega's` into words before the
  // headline is made); it is escaped here, so a snippet is escaped alike with or without marks.
  const safe = headline
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;')
    .replace(/'/g, '&#39;');
  const marked = squash(safe).split(HIGHLIGHT_START).join('<mark>').split(HIGHLIGHT_STOP).join('</mark>');
  const plain = squash(headline.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_STOP).join(''));
  const whole = squash(escapeHtml(text).replace(/&#39;/g, "'"));
  const fragments = plain.split(` ${ELLIPSIS} `);
  const before = bare(whole).startsWith(bare(fragments[0] ?? '')) ? '' : `${ELLIPSIS} `;
  const after = bare(whole).endsWith(bare(fragments[fragments.length - 1] ?? '')) ? '' : ` ${ELLIPSIS}`;
  return `${before}${marked}${after}`;
}

/**
 * The whole text, escaped, with `<mark>` around each word `marked` accepts (words: runs of letters and
 * digits, with the combining marks of accents, as analyzer/fold.ts `tokenize` reads them, so an accent
 * written as a mark, `Oude\u0301ren`, stays in its word): the static export's snippet, where no database makes a headline. Marked words stand apart,
 * as in the server's headline (`<mark>a</mark> <mark>b</mark>`).
 */
export function markedSnippet(text: string, marked: (word: string) => boolean): string {
  let out = '';
  let last = 0;
  for (const match of squash(text).matchAll(/[\p{L}\p{Nd}\p{Nl}\p{M}]+/gu)) {
    if (!marked(match[0])) continue;
    out += `${escapeHtml(squash(text).slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return out + escapeHtml(squash(text).slice(last));
}
