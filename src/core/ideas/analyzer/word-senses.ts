/**
 * Words the Dutch stemmer merges although they mean different things to a care worker: `ouderen`
 * (older people, elderly care) and `ouders` (parents) both stem to `ouder`, so `eenzaamheid ouderen`
 * listed ideas about parents in youth care and child care. Before stemming, a word of either sense
 * gets a tag in front of it, so its stem is its sense's own (`xqsnrouder`, `xqprtouder`), on both
 * paths: the browser's stem (stem.ts) and the server's search vector, vocabulary and query stems
 * (`werkbalans_senses`, migrations 019 and 020, the same two patterns over each word of a text).
 *
 * - Older people: `oudere`, `ouderen` and compounds starting with `ouderen` (`ouderenzorg`,
 *   `ouderenwerk`, `ouderenadviseur`). `oudere` is read as age even where it is an adjective
 *   (`oudere collega's`): it is never a parent.
 * - Parents: `ouder`, `ouders` and compounds starting with `ouder` that are not `ouderen…`
 *   (`ouderavond`, `ouderbetrokkenheid`, `ouderportaal`, `oudercommissie`, `ouderschap`).
 *   `ouder` alone is ambiguous: the noun (a parent: `een ouder die vastloopt`, `elke ouder`) or the
 *   comparative (`ouder worden`, `65 of ouder`). In care workers' texts the noun is the usual one (three
 *   of the four in the example ideas), and a query `ouder` asks for a parent, so it is read as one;
 *   `ouders worden ouder` is then one sense twice, which for an idea about parents does no harm.
 * - Neither: `ouderdom` (old age), `ouderling` (a church elder), `ouderwets` (old-fashioned) keep
 *   stems of their own already; a compound ending in the word (`grootouders`, `gastouder`) keeps its
 *   own stem too, and is split into parts as any compound.
 *
 * A word is read as the search reads it everywhere (analyzer/fold.ts): accents off (`Oudéren`,
 * `ÖUDERS`, an accent written as a combining mark), lower case, letters and digits only, so `_`, `²`
 * and every other sign end it (`ouders_groep` holds `ouders`). The server's `werkbalans_senses`
 * (migration 020) reads each run of letters and digits of a text the same way, folded by `unaccent`,
 * and tests the same patterns ({@link ELDERLY_SOURCE}, {@link PARENT_SOURCE}) on it; before, it tested
 * them on the text as written, so `Oudéren` and `ouders_groep` had no tag on the server and one in the
 * static export (session 29).
 *
 * The tags are consonants only, so the stemmer's regions (after the first vowel and consonant) fall
 * where they did, and they differ in three letters, so no typo budget (two edits at most) carries one
 * sense's stem to the other's. No Dutch text holds them; the server's highlights drop them
 * ({@link SENSE_TAG_PATTERN}).
 */

/** Tag of the older-people sense. */
export const ELDERLY_TAG = 'xqsnr';
/** Tag of the parent sense. */
export const PARENT_TAG = 'xqprt';

export type WordSense = 'elderly' | 'parent';

/**
 * The older-people sense of a folded word, as a pattern both JavaScript and PostgreSQL's regular
 * expressions read alike (no backslash, so it is safe in any SQL string literal); anchored by the caller.
 */
export const ELDERLY_SOURCE = 'oudere(?:n[a-z0-9]*)?';
/** The parent sense of a folded word (see {@link ELDERLY_SOURCE}). */
export const PARENT_SOURCE = 'ouder(?!e|dom|ling|wets)[a-z0-9]*';

const ELDERLY = new RegExp(`^${ELDERLY_SOURCE}$`);
const PARENT = new RegExp(`^${PARENT_SOURCE}$`);

/**
 * The combining marks that join a word (the browser drops every mark before it splits a text; these
 * are the blocks of the marks Latin script uses: diacritics, their extensions and supplement, marks
 * for symbols, half marks), as the characters of a bracket expression for PostgreSQL's regular
 * expressions, which lack `\p{M}`.
 */
export const COMBINING_MARKS = '\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f';

/** The sense of a folded word (lower case, no accents), or null for every other word. */
export function senseOf(word: string): WordSense | null {
  if (ELDERLY.test(word)) return 'elderly';
  if (PARENT.test(word)) return 'parent';
  return null;
}

/** The word as the stemmer reads it: with its sense's tag in front, or as it is. */
export function senseForm(word: string): string {
  const sense = senseOf(word);
  return sense === 'elderly' ? ELDERLY_TAG + word : sense === 'parent' ? PARENT_TAG + word : word;
}

/** Whether two folded words may stand for each other: not when they are of two different senses. */
export function sameSense(a: string, b: string): boolean {
  const senseA = senseOf(a);
  const senseB = senseOf(b);
  return senseA === null || senseB === null || senseA === senseB;
}

/**
 * A tag in a text the server marked (ts_headline of the tagged text), case-insensitive: before the
 * word it was put before, as written (`Oudéren`, `ÖUDERS`), so before a letter, digit or mark.
 */
export const SENSE_TAG_PATTERN = `(${ELDERLY_TAG}|${PARENT_TAG})(?=[[:alnum:]${COMBINING_MARKS}])`;
