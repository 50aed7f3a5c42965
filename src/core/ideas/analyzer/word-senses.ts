/**
 * Words the Dutch stemmer merges although they mean different things to a care worker: `ouderen`
 * (older people, elderly care) and `ouders` (parents) both stem to `ouder`, so `eenzaamheid ouderen`
 * listed ideas about parents in youth care and child care. Before stemming, a word of either sense
 * gets a tag in front of it, so its stem is its sense's own (`xqsnrouder`, `xqprtouder`), on both
 * paths: the browser's stem (stem.ts) and the server's search vector, vocabulary and query stems
 * (`werkbalans_senses`, migration 019, the same two patterns over a whole text).
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

const ELDERLY = /^oudere(?:n[a-z0-9]*)?$/;
const PARENT = /^ouder(?!e|dom|ling|wets)[a-z0-9]*$/;

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

/** A tag in a text the server marked (ts_headline of the tagged text), case-insensitive. */
export const SENSE_TAG_PATTERN = `(${ELDERLY_TAG}|${PARENT_TAG})(?=ouder)`;
