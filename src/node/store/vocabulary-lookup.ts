/**
 * The idea search's lookups in the vocabulary (`idea_words`), asking only what is not kept: the query
 * words' expansion rows (expansion-query.ts) and which words the vocabulary holds (the lexicon of
 * compound splitting, the joined forms of split verbs). A whole database keeps the statements prepared
 * (`Database.readKept`); a transaction runs them as they are.
 */
import { itemAt } from '../../core/contract/item-at.js';
import * as z from 'zod';
import { isDatabase, type Queryable } from './database.js';
import { expansionQuery, lexiconQuery } from './expansion-query.js';
import { stemsOnlyMemo, type ExpansionRow, type WordMemo } from './plan-memo.js';
import { storedExpansionRows } from './stored-json.js';

/**
 * The expansion rows of `words` and which of `candidates` (folded words) the vocabulary holds, asking
 * in one statement only what is not kept (`memo`; stems-only words in the database object's memo).
 */
export async function lookUpWords(
  db: Queryable,
  words: readonly string[],
  expand: readonly boolean[],
  candidates: readonly string[],
  memo: WordMemo | undefined,
): Promise<{ readonly rows: ExpansionRow[]; readonly lexicon: Set<string> }> {
  const lexicon = new Set<string>();
  const missing = candidates.filter((word) => {
    const kept = memo?.inLexicon(word);
    if (kept === true) lexicon.add(word);
    return kept === undefined;
  });
  let found: readonly string[] | undefined;
  const rows = await expansionRows(db, words, expand, memo, missing, (row) => {
    found = storedLexicon.parse(row.lexicon);
  });
  if (missing.length > 0 && found === undefined) {
    // Every word was kept: the lexicon alone.
    const query = lexiconQuery(missing);
    found = (await readKept<{ word: string }>(db, query.text, query.params)).map((r) => r.word);
  }
  const inVocabulary = new Set(found ?? []);
  for (const word of missing) {
    if (inVocabulary.has(word)) lexicon.add(word);
    memo?.setInLexicon(word, inVocabulary.has(word));
  }
  return { rows, lexicon };
}

/**
 * Which of `words` (folded) the vocabulary holds: one lookup for those the memo does not know (the
 * joined forms of a query's split verbs, separable-verbs.ts).
 */
export async function knownWords(
  db: Queryable,
  words: readonly string[],
  memo: WordMemo | undefined,
): Promise<Set<string>> {
  const known = new Set<string>();
  const missing = words.filter((word) => {
    const kept = memo?.inLexicon(word);
    if (kept === true) known.add(word);
    return kept === undefined;
  });
  if (missing.length > 0) {
    const query = lexiconQuery(missing);
    const found = new Set(
      (await readKept<{ word: string }>(db, query.text, query.params)).map((r) => r.word),
    );
    for (const word of missing) {
      if (found.has(word)) known.add(word);
      memo?.setInLexicon(word, found.has(word));
    }
  }
  return known;
}

/** The lexicon column of the expansion statement (words of the vocabulary, in any order). */
const storedLexicon = z.array(z.string());

/**
 * The expansion statement's rows for `words` (`ord` = position in `words`, from 1), asking only the
 * words not kept: expanded words from `memo`, stems-only words from the database object's memo. With
 * `lexicon` words, the statement also answers which of them the vocabulary holds (`onLexicon` gets
 * its first row; not called when every word was kept).
 */
export async function expansionRows(
  db: Queryable,
  words: readonly string[],
  expand: readonly boolean[],
  memo: WordMemo | undefined,
  lexicon: readonly string[] = [],
  onLexicon: (row: { readonly lexicon?: unknown }) => void = () => {},
): Promise<ExpansionRow[]> {
  const stems = stemsOnlyMemo(db);
  const rows = words.map((word, k) => (expand[k] ? memo?.expansion(word) : stems.get(word)));
  const missing = rows.flatMap((row, k) => (row === undefined ? [k] : []));
  if (missing.length > 0) {
    const query = expansionQuery(
      missing.map((k) => itemAt(words, k)),
      missing.map((k) => itemAt(expand, k)),
      lexicon,
      { foldOnce: isDatabase(db) && db.kind === 'pglite' },
    );
    const raw = await readKept<{ readonly lexicon?: unknown }>(db, query.text, query.params, true);
    if (lexicon.length > 0 && raw[0] !== undefined) onLexicon(raw[0]);
    for (const row of storedExpansionRows.parse(raw)) {
      const k = itemAt(missing, row.ord - 1);
      const word = itemAt(words, k);
      rows[k] = row;
      if (expand[k]) memo?.setExpansion(word, row);
      else stems.set(word, row);
    }
  }
  return rows.map((row, k) => {
    if (row === undefined) throw new Error(`the expansion statement gave no row for ${itemAt(words, k)}`);
    return { ...row, ord: k + 1 };
  });
}

/**
 * A vocabulary lookup: kept prepared when `db` is a whole database, else (a transaction) as it is;
 * `byIndex` as `Database.readKept` says.
 */
async function readKept<Row>(
  db: Queryable,
  text: string,
  values: readonly unknown[],
  byIndex = false,
): Promise<Row[]> {
  return isDatabase(db)
    ? db.readKept<Row>(text, values, { byIndex })
    : (await db.query<Row>(text, values)).rows;
}
