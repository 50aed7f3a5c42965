/**
 * What planning a query reads from the store, kept per word rather than per query string, so that a
 * query never asked before but made of words asked before plans without a statement (issue 12 speed,
 * first-time queries). Two kinds of facts:
 *
 * - **Stems alone** (`ts_lexize` of a thesaurus synonym or a stop word): they depend on PostgreSQL's
 *   Dutch stemmer only, never on the ideas, so they are kept as long as the database object lives, in one
 *   bounded map ({@link stemsOnlyMemo}).
 * - **The vocabulary** (which words the ideas use, and each query word's family in it): it changes with
 *   every write, so a {@link WordMemo} is kept by its owner exactly as long as a kept query plan was
 *   before (the server keeps it in its ideas cache: cleared by a write, renewed after a minute).
 *
 * A word's row is the one the expansion statement gave for it; the statement treats every word on its
 * own (one row per word), with one exception: the neighbour-swapped forms of the query's 5–6-letter
 * words are looked up in one array, so a row may also hold a candidate that is another word's swap
 * (and such candidates count toward the row's limit). The expansion and the suggestion keep only a
 * word's own candidates (within its edit budget), so a row kept from another query still gives the
 * same answer in practice; a word near the candidate limit could in principle differ.
 */
import type * as z from 'zod';
import type { storedExpansionRows } from './stored-json.js';

/** One word's row of the expansion statement (expansion-query.ts `expansionQuery`). */
export type ExpansionRow = z.output<typeof storedExpansionRows>[number];

/** At most this many words are kept per map; past it the oldest go first. */
export const MAX_MEMO_WORDS = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= MAX_MEMO_WORDS) break;
    map.delete(oldest);
  }
}

/** Words looked up against one state of the vocabulary: lexicon membership and expansion rows. */
export class WordMemo {
  readonly #lexicon = new Map<string, boolean>();
  readonly #expansions = new Map<string, ExpansionRow>();

  /** Whether the vocabulary holds `word` (folded), when known. */
  inLexicon(word: string): boolean | undefined {
    return this.#lexicon.get(word);
  }

  setInLexicon(word: string, known: boolean): void {
    remember(this.#lexicon, word, known);
  }

  /** The expanded row of `word` (its stems and vocabulary family), when known. */
  expansion(word: string): ExpansionRow | undefined {
    return this.#expansions.get(word);
  }

  setExpansion(word: string, row: ExpansionRow): void {
    remember(this.#expansions, word, row);
  }
}

/** Rows of words asked for their stems only (no vocabulary): the same for any state of the ideas. */
export class StemsOnlyMemo {
  readonly #rows = new Map<string, ExpansionRow>();

  get(word: string): ExpansionRow | undefined {
    return this.#rows.get(word);
  }

  set(word: string, row: ExpansionRow): void {
    if (row.vocabulary.length > 0) throw new Error(`a stems-only row has no vocabulary: ${word}`);
    remember(this.#rows, word, row);
  }
}

const stemsOnly = new WeakMap<object, StemsOnlyMemo>();

/**
 * The stems-only rows (thesaurus synonyms, stop words, short compound parts) kept for one database
 * object for its life (the server's store; a transaction's handle is new each time, so nothing is
 * kept for it).
 */
export function stemsOnlyMemo(db: object): StemsOnlyMemo {
  let memo = stemsOnly.get(db);
  if (!memo) {
    memo = new StemsOnlyMemo();
    stemsOnly.set(db, memo);
  }
  return memo;
}
