/**
 * Concept postings of the ideas search (issue 12 speed, issue 14 goal 4): per idea, the thesaurus
 * groups (config/thesaurus.json) whose terms (search-only terms included) its text holds, as `ideas.concepts int[]` (group number =
 * position in the config, from 1) with a GIN index. The synonym tiers of a query word are then one
 * array overlap (`concepts && '{3,7}'`) instead of a tsquery of every synonym's stem: the candidate
 * lookup reads one posting list per group instead of merging forty, and each candidate's tier test is
 * an array overlap instead of forty lexeme lookups.
 *
 * The column is computed from the text's search analysis by `werkbalans_concepts(tsvector)`, an
 * IMMUTABLE function whose body holds a map from each Dutch stem of a group's terms (as PostgreSQL stems
 * them) to the groups using it: an idea holds a group when one of its lexemes is such a stem, as the
 * server's synonym tier always matched them. The trigger that writes the search vector writes the
 * concepts from the same analysis (migration 013), so every write path keeps it right with no code of
 * its own. When the thesaurus changes, {@link syncSearchConcepts} (run by `migrate` at every open) sees
 * another fingerprint, redefines the function and recomputes the column of every idea once.
 *
 * Phrase postings (the same column): a thesaurus phrase whose stop words must stand in place (`geen
 * tijd`: one word that is no stop word, tsquery.ts `thesaurusPhraseTest`) holds that word in far more
 * ideas than write the phrase (14 796 against 1 775 of 100 000 synthetic ideas), and its text test (a regular
 * expression over the folded text) cannot use an index. So each such phrase has a number (negative:
 * {@link phrasePostingNumber}, never a group's), and an idea whose text writes it holds that number:
 * `werkbalans_phrase_postings(search_vector, text)` runs the phrase's tsquery and, only where that holds,
 * its pattern, as the query's exact tier does. The query then reads a phrase's candidates from the
 * concept index (`concepts && '{-1}'`) and tests the text of those alone. The phrases' tests are part of
 * the fingerprint, computed from the server's stems at every open, so that a change of the thesaurus'
 * phrases, of the phrase rule (query-phrases.ts) or of the pattern (tsquery.ts) recomputes the column.
 * One column rather than one of its own: no second GIN index to keep on every write, and every path
 * that writes or leaves out the derived columns (import, trigger, history snapshots) stays as it is.
 */
import { createHash } from 'node:crypto';
import {
  searchTermsOf,
  THESAURUS,
  type Thesaurus,
  type ThesaurusGroup,
} from '../../core/ideas/analyzer/thesaurus.js';
import { lockSolutions } from './advisory-locks.js';
import type { Queryable } from './database.js';
import { itemAt } from '../../core/contract/item-at.js';
import { foldText } from '../../core/ideas/analyzer/fold.js';
import { isSearchablePhrase } from '../../core/ideas/query-phrases.js';
import type { WordExpansion } from '../../core/ideas/term-expansion.js';
import { thesaurusPhraseTest } from './tsquery.js';

/**
 * Bumped when the function's shape changes, so that a store recomputes its concepts (4: the literals
 * in the bodies are escape strings, safe with `standard_conforming_strings` off; sqlLiteral).
 */
const FUNCTION_VERSION = 4;

/** The concept numbers of thesaurus groups (1 = the config's first group). */
export function conceptIds(groups: readonly ThesaurusGroup[], thesaurus: Thesaurus = THESAURUS): number[] {
  const ids = groups.map((group) => thesaurus.groups.indexOf(group) + 1).filter((id) => id > 0);
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * What the stored concepts were computed from: the groups' terms in order, the phrases' tests
 * ({@link phrasePostingTests}) and the functions' shape.
 */
export function conceptsFingerprint(
  thesaurus: Thesaurus = THESAURUS,
  phrases: readonly PhrasePostingTest[] = [],
): string {
  const terms = thesaurus.groups.map(searchTermsOf);
  return createHash('sha256')
    .update(JSON.stringify({ v: FUNCTION_VERSION, terms, phrases }))
    .digest('hex')
    .slice(0, 32);
}

/** A thesaurus phrase with its stop words in place, as stored: its number, tsquery and pattern. */
export interface PhrasePostingTest {
  readonly posting: number;
  /** Its words that are no stop words, as a tsquery (the concept's `exact`). */
  readonly query: string;
  /** What the folded text must match too (the concept's `pattern`). */
  readonly pattern: string;
}

/**
 * The posting number of the thesaurus phrase of these words (as typed or folded), or null when none:
 * minus its place in `thesaurus.phrases` (-1 = the first), so that it never equals a group's number.
 * Only the phrases {@link phrasePostingTests} returns have postings.
 */
export function phrasePostingNumber(
  words: readonly string[],
  thesaurus: Thesaurus = THESAURUS,
): number | null {
  const key = JSON.stringify(words.map(foldText));
  const k = thesaurus.phrases.findIndex((phrase) => JSON.stringify(phrase.words) === key);
  return k < 0 ? null : -(k + 1);
}

/**
 * The tests of the thesaurus phrases whose stop words must stand in place, built by the query's own
 * function (tsquery.ts `thesaurusPhraseTest`) from the words' folded forms and stems as the server
 * gives them (the query's word expansion asks the same: expansion-query.ts `expansionQuery`).
 */
export async function phrasePostingTests(
  tx: Queryable,
  thesaurus: Thesaurus = THESAURUS,
): Promise<PhrasePostingTest[]> {
  const words = [...new Set(thesaurus.phrases.flatMap((phrase) => phrase.words))];
  if (words.length === 0) return [];
  const rows = (
    await tx.query<{ word: string; norm: string; stems: string[] }>(
      `SELECT x.word, n.norm, coalesce(ts_lexize('dutch_stem', werkbalans_senses(n.norm)), '{}'::text[]) AS stems
       FROM unnest($1::text[]) AS x(word), LATERAL (SELECT lower(werkbalans_unaccent(x.word)) AS norm) n`,
      [words],
    )
  ).rows;
  const expansions = new Map<string, WordExpansion>(
    rows.map((row) => [
      row.word,
      { normalised: row.norm, stems: row.stems, prefixes: [], exact: row.stems, related: [] },
    ]),
  );
  const tests: PhrasePostingTest[] = [];
  thesaurus.phrases.forEach((phrase, k) => {
    if (!isSearchablePhrase(phrase.words)) return;
    const test = thesaurusPhraseTest(phrase.words, expansions);
    if (test?.pattern) tests.push({ posting: -(k + 1), query: test.exact, pattern: test.pattern });
  });
  return tests;
}

/**
 * A text as an SQL string literal that reads the same whatever `standard_conforming_strings` says: an
 * escape string (`E'…'`) with both the backslash and the quote doubled. A plain `'…'` with only quotes
 * doubled would lose the patterns' backslashes (`\m`, `\s`) where the setting is off, and a function
 * body is parsed with the setting of the session that calls it.
 */
export function sqlLiteral(text: string): string {
  return `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * `body` dollar-quoted with a tag that does not occur in it (`$phrases$`, else `$phrases1$`, …), so that
 * no pattern or stem can close the quote early.
 */
export function dollarQuoted(body: string, tag: string): string {
  let quote = `$${tag}$`;
  for (let n = 1; body.includes(quote) || body.endsWith(quote.slice(0, -1)); n++) quote = `$${tag}${n}$`;
  return `${quote}${body}${quote}`;
}

/**
 * The phrases' tests as rows, and the function the trigger calls: the posting numbers (ascending) of
 * the phrases `vector` holds the words of and `text` writes. The pattern runs only where the tsquery
 * holds (a CASE, so that no plan reorders them), as the query's exact tier runs it.
 */
export function phrasePostingFunctionsSql(tests: readonly PhrasePostingTest[]): string[] {
  const rows = tests.length
    ? `VALUES ${tests
        .map((t) => `(${Math.trunc(t.posting)}, ${sqlLiteral(t.query)}::tsquery, ${sqlLiteral(t.pattern)})`)
        .join(', ')}`
    : 'SELECT NULL::int, NULL::tsquery, NULL::text WHERE false';
  return [
    `CREATE OR REPLACE FUNCTION werkbalans_phrase_tests() RETURNS TABLE (posting int, query tsquery, pattern text)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS ${dollarQuoted(` ${rows} `, 'phrases')}`,
    `CREATE OR REPLACE FUNCTION werkbalans_phrase_postings(tsvector, text) RETURNS int[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $postings$
    SELECT coalesce(array_agg(p.posting ORDER BY p.posting), '{}'::int[])
    FROM werkbalans_phrase_tests() AS p
    WHERE CASE WHEN $1 @@ p.query THEN lower(werkbalans_unaccent($2)) ~ p.pattern ELSE false END
  $postings$`,
  ];
}

/** Each stem of the groups (`stems[k]`: the stems of group k + 1's terms) → the group numbers using it. */
function groupsOfStems(stems: readonly (readonly string[])[]): string {
  const groupsOf = new Map<string, number[]>();
  stems.forEach((groupStems, k) => {
    for (const stem of new Set(groupStems)) {
      if (stem.length === 0) continue;
      const groups = groupsOf.get(stem) ?? [];
      groups.push(k + 1);
      groupsOf.set(stem, groups);
    }
  });
  return sqlLiteral(JSON.stringify(Object.fromEntries(groupsOf)));
}

/**
 * The function over the groups' stems (`stems[k]`: the stems of group k + 1's terms): the text's
 * lexemes are looked up in one map (stem → group numbers), the groups returned in ascending order. A
 * group without stems never matches. One lookup per lexeme of the text instead of one tsquery test per
 * group (52 against 25 µs per idea at 100 000 synthetic ideas on PGlite, the same concepts for every one).
 */
export function conceptsFunctionSql(stems: readonly (readonly string[])[]): string {
  return `CREATE OR REPLACE FUNCTION werkbalans_concepts(tsvector) RETURNS int[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS ${dollarQuoted(
    `
    SELECT coalesce(array_agg(DISTINCT g::int ORDER BY g::int), '{}'::int[])
    FROM unnest(tsvector_to_array($1)) AS l(lexeme),
      jsonb_array_elements_text(${groupsOfStems(stems)}::jsonb -> l.lexeme) AS g
  `,
    'concepts',
  )}`;
}

/**
 * The same map as rows (stem, group number), from the same stems: a bulk import joins it once per
 * statement instead of calling {@link conceptsFunctionSql}'s function per idea (ideas-analysis.ts).
 * Both are always defined together, so they never disagree.
 */
export function conceptStemsFunctionSql(stems: readonly (readonly string[])[]): string {
  return `CREATE OR REPLACE FUNCTION werkbalans_concept_stems() RETURNS TABLE (stem text, concept int)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS ${dollarQuoted(
    `
    SELECT m.key, g::int FROM jsonb_each(${groupsOfStems(stems)}::jsonb) AS m,
      jsonb_array_elements_text(m.value) AS g
  `,
    'stems',
  )}`;
}

/** The Dutch stems of each group's terms and search-only terms, as the server stems them (`[k]`: group k + 1). */
async function thesaurusStems(tx: Queryable, thesaurus: Thesaurus): Promise<string[][]> {
  // Search-only terms too (`searchTerms`): the postings serve the search alone.
  const terms = thesaurus.groups.flatMap((group, k) =>
    searchTermsOf(group).map((term) => [k, term] as const),
  );
  const rows = (
    await tx.query<{ k: number; stems: string[] | null }>(
      `SELECT x.k::int AS k, ts_lexize('dutch_stem', werkbalans_senses(lower(werkbalans_unaccent(x.term)))) AS stems
       FROM unnest($1::int[], $2::text[]) AS x(k, term)`,
      [terms.map(([k]) => k), terms.map(([, term]) => term)],
    )
  ).rows;
  const stems: string[][] = thesaurus.groups.map(() => []);
  for (const row of rows) itemAt(stems, row.k).push(...(row.stems ?? []));
  return stems;
}

/**
 * Defines the concept functions from the thesaurus' stems and the phrase functions from its phrases'
 * tests (computed unless given), leaving stored concepts alone.
 */
export async function defineConceptFunctions(
  tx: Queryable,
  thesaurus: Thesaurus = THESAURUS,
  phrases?: readonly PhrasePostingTest[],
): Promise<void> {
  const stems = await thesaurusStems(tx, thesaurus);
  await tx.query(conceptsFunctionSql(stems));
  await tx.query(conceptStemsFunctionSql(stems));
  for (const sql of phrasePostingFunctionsSql(phrases ?? (await phrasePostingTests(tx, thesaurus))))
    await tx.query(sql);
}

/**
 * What an idea's `concepts` holds, as SQL over its search vector, its text and `words` (the text's own
 * analysis, without the joined words): its phrase postings (negative, ascending), then its groups
 * (ascending), so the array is in order. The trigger of migration 018 computes the same.
 */
export function storedConceptsSql(vector: string, text: string, words: string): string {
  return `werkbalans_phrase_postings(${vector}, ${text}) || werkbalans_concepts(${words})`;
}

/**
 * Makes the stored concepts match `thesaurus`: nothing when the fingerprint agrees (one read), else the
 * functions are redefined from the terms' stems and every idea's concepts are recomputed (a rewrite of
 * the ideas table, once per thesaurus change). Runs in `tx` (migrate's transaction or its own).
 * `recompute: false` only defines the function (the migration, before it adds the column).
 */
export async function syncSearchConcepts(
  tx: Queryable,
  thesaurus: Thesaurus = THESAURUS,
  options: { readonly recompute?: boolean } = {},
): Promise<boolean> {
  // The phrases' tests come from the server's stems: one small statement at every open.
  const phrases = await phrasePostingTests(tx, thesaurus);
  const fingerprint = conceptsFingerprint(thesaurus, phrases);
  const stored = (await tx.query<{ fingerprint: string }>('SELECT fingerprint FROM search_concepts_state'))
    .rows[0]?.fingerprint;
  if (stored === fingerprint) return false;
  await lockSolutions(tx);
  const again = (await tx.query<{ fingerprint: string }>('SELECT fingerprint FROM search_concepts_state'))
    .rows[0]?.fingerprint;
  if (again === fingerprint) return false;
  await defineConceptFunctions(tx, thesaurus, phrases);
  // Not needed before the column exists (migration 011 defines the function first).
  if (options.recompute ?? true)
    await tx.query(
      `UPDATE ideas SET concepts = ${storedConceptsSql(
        'search_vector',
        'text',
        `to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(text, '<>', '  ')))`,
      )}`,
    );
  await tx.query('DELETE FROM search_concepts_state');
  await tx.query('INSERT INTO search_concepts_state (fingerprint) VALUES ($1)', [fingerprint]);
  return true;
}

/**
 * The ideas table's size and, per concept number and per lexeme of the texts, the share of ideas
 * holding it, from the planner's statistics (`pg_class`, `pg_stats.most_common_elems` of
 * `ideas.concepts` and of `ideas.search_vector`, kept by ANALYZE after an import:
 * ideas-maintenance.ts). Concepts and lexemes below the statistics' threshold are absent (rare ones).
 * No statistics yet: no shares.
 */
export async function conceptStatistics(db: Queryable): Promise<{
  readonly pages: number;
  readonly tuples: number;
  readonly shares: ReadonlyMap<number, number>;
  readonly lexemeShares: ReadonlyMap<string, number>;
  /** Per published theme and per published branch: the share of ideas with it. */
  readonly labelShares: ReadonlyMap<string, number>;
}> {
  const row = (
    await db.query<{
      pages: number;
      tuples: number;
      elems: string | null;
      freqs: number[] | null;
      lexemes: string[] | null;
      lexemeFreqs: number[] | null;
      themes: string[] | null;
      themeFreqs: number[] | null;
      branches: string[] | null;
      branchFreqs: number[] | null;
    }>(
      `SELECT c.relpages::float8 AS pages, c.reltuples::float8 AS tuples,
         s.most_common_elems::text AS elems, s.most_common_elem_freqs::float8[] AS freqs,
         w.most_common_elems::text::text[] AS lexemes, w.most_common_elem_freqs::float8[] AS "lexemeFreqs",
         t.most_common_elems::text::text[] AS themes, t.most_common_elem_freqs::float8[] AS "themeFreqs",
         b.most_common_vals::text::text[] AS branches, b.most_common_freqs::float8[] AS "branchFreqs"
       FROM pg_class c
       LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'ideas' AND s.attname = 'concepts'
       LEFT JOIN pg_stats w ON w.schemaname = current_schema() AND w.tablename = 'ideas' AND w.attname = 'search_vector'
       LEFT JOIN pg_stats t ON t.schemaname = current_schema() AND t.tablename = 'ideas' AND t.attname = 'public_themes'
       LEFT JOIN pg_stats b ON b.schemaname = current_schema() AND b.tablename = 'ideas' AND b.attname = 'public_branch'
       WHERE c.oid = 'ideas'::regclass`,
    )
  ).rows[0];
  const shares = new Map<number, number>();
  const elems = row?.elems ? row.elems.replace(/[{}]/g, '').split(',').map(Number) : [];
  elems.forEach((concept, k) => {
    const share = row?.freqs?.[k];
    if (Number.isInteger(concept) && typeof share === 'number') shares.set(concept, share);
  });
  const lexemeShares = new Map<string, number>();
  (row?.lexemes ?? []).forEach((lexeme, k) => {
    const share = row?.lexemeFreqs?.[k];
    if (typeof lexeme === 'string' && typeof share === 'number') lexemeShares.set(lexeme, share);
  });
  const labelShares = new Map<string, number>();
  for (const [labels, freqs] of [
    [row?.themes, row?.themeFreqs],
    [row?.branches, row?.branchFreqs],
  ] as const) {
    (labels ?? []).forEach((label, k) => {
      const share = freqs?.[k];
      if (typeof label === 'string' && typeof share === 'number') labelShares.set(label, share);
    });
  }
  return {
    pages: Number(row?.pages ?? 0),
    tuples: Number(row?.tuples ?? 0),
    shares,
    lexemeShares,
    labelShares,
  };
}

/**
 * The estimated share of ideas matching a tsquery (candidate-tests.ts `literalQuery`), from the shares of
 * its common lexemes (a prefix, `'admin':*`, counts every common lexeme it begins; lexemes the
 * statistics do not hold are rare and count nothing). Two estimates, the lower one taken, both about
 * what holds at most:
 *
 * - every distinct lexeme as an alternative, independent of each other (a lexeme written twice in the
 *   query, as a compound's parts often are, counts once);
 * - the query's structure: alternatives (`|`) independent, words that must all hold (`&`) no more
 *   often than the rarest of them, the words of a phrase (`<->`, `<N>`) as independent words that must
 *   all hold (the product of their shares, as PostgreSQL's own tsquery estimate weighs a phrase), a
 *   negated part as anything.
 *
 * The estimate only sizes the head of the table read in order (headPages): too high a share read a head
 * too short to fill the cap and then the whole posting list as well. `nachtdiensten` is
 * `'nachtdienst' | ('nacht' <-> 'dienst') | (('nacht' | …) & ('dienst' | … | 'nachtdienst'))`: its
 * lexemes counted once per place gave 0,34 for an actual 0,10 (100 000 synthetic ideas), and
 * `ik draag over aan de avonddienst` 0,21 for 0,035, where `nachtdienst` only counts beside `avond`.
 * A phrase is far rarer than its rarest word: `'weinig' <1> 'collega' <1> 's'` (`te weinig collega's`)
 * as the rarest word gave 0,12, enough for a head of 694 pages holding 128 of its matches, for an
 * actual 0 (the words all held: 0,04).
 */
export function anyLexemeShare(query: string, shares: ReadonlyMap<string, number>): number {
  const tokens = [...query.matchAll(/'((?:[^'\\]|''|\\.)*)'(:\*)?|<\d+>|<->|[()|&!]/g)];
  const lexemeShare = (token: RegExpMatchArray): number => {
    const lexeme = (token[1] ?? '').replace(/''/g, "'").replace(/\\(.)/g, '$1');
    let share = 0;
    if (token[2]) {
      for (const [common, s] of shares) if (common.startsWith(lexeme)) share += s;
    } else share = shares.get(lexeme) ?? 0;
    return Math.min(1, share);
  };
  let none = 1;
  const seen = new Set<string>();
  for (const token of tokens) {
    if (!token[0].startsWith("'") || seen.has(token[0])) continue;
    seen.add(token[0]);
    none *= 1 - lexemeShare(token);
  }
  return Math.min(1 - none, structuralShare(tokens, lexemeShare));
}

/**
 * The share of a tsquery's tokens by its structure (see {@link anyLexemeShare}); 1 (no bound) when the
 * tokens do not parse.
 */
function structuralShare(
  tokens: readonly RegExpMatchArray[],
  lexemeShare: (token: RegExpMatchArray) => number,
): number {
  let at = 0;
  const peek = () => tokens[at]?.[0];
  // Precedence as PostgreSQL's: `!`, then `<->` / `<N>`, then `&`, then `|`.
  const any = (): number => {
    let none = 1 - every();
    while (peek() === '|') {
      at += 1;
      none *= 1 - every();
    }
    return 1 - none;
  };
  const every = (): number => {
    let share = phrase();
    while (peek() === '&') {
      at += 1;
      share = Math.min(share, phrase());
    }
    return share;
  };
  const phrase = (): number => {
    let share = unary();
    while (/^<(\d+|-)>$/.test(peek() ?? '')) {
      at += 1;
      share *= unary();
    }
    return share;
  };
  const unary = (): number => {
    const token = tokens[at];
    at += 1;
    if (token === undefined) return Number.NaN;
    if (token[0] === '!') {
      unary();
      return 1;
    }
    if (token[0] === '(') {
      const share = any();
      if (peek() !== ')') return Number.NaN;
      at += 1;
      return share;
    }
    return token[0].startsWith("'") ? lexemeShare(token) : Number.NaN;
  };
  const share = tokens.length > 0 ? any() : 0;
  return at === tokens.length && Number.isFinite(share) ? share : 1;
}

/** The estimated share of ideas with at least one of `labels` (published themes or branches; independent). */
export function anyLabelShare(labels: readonly string[], shares: ReadonlyMap<string, number>): number {
  return 1 - labels.reduce((none, label) => none * (1 - Math.min(1, shares.get(label) ?? 0)), 1);
}

/** The estimated share of ideas holding at least one of `concepts` (independent concepts). */
export function anyConceptShare(concepts: readonly number[], shares: ReadonlyMap<number, number>): number {
  return 1 - concepts.reduce((none, concept) => none * (1 - Math.min(1, shares.get(concept) ?? 0)), 1);
}

/** How long kept statistics serve before they are read again (writes through the store forget them sooner). */
export const STATISTICS_TTL_MS = 60_000;

type ConceptStatistics = Awaited<ReturnType<typeof conceptStatistics>>;
const keptStatistics = new WeakMap<
  object,
  { readonly at: number; readonly value: Promise<ConceptStatistics> }
>();

/**
 * {@link conceptStatistics} kept in memory per database object: reading `pg_stats` cost about 2 ms (up
 * to 6 ms at p95) of every plan at 100 000 ideas on PGlite. They change only when ANALYZE runs after a
 * write; the store's writes forget them ({@link forgetConceptStatistics}), and they are read again after
 * {@link STATISTICS_TTL_MS} for writes by another process. They only choose how the synonym,
 * word and theme candidates are read (`headPages`), never which ideas are found, so statistics a little
 * out of date cost time at most (see candidate-tests.ts on the one page where the cap falls).
 */
export function keptConceptStatistics(
  db: Queryable,
  now: number = performance.now(),
): Promise<ConceptStatistics> {
  const kept = keptStatistics.get(db);
  if (kept && now - kept.at < STATISTICS_TTL_MS) return kept.value;
  const value = conceptStatistics(db);
  keptStatistics.set(db, { at: now, value });
  // A failed read is not kept.
  value.catch(() => {
    if (keptStatistics.get(db)?.value === value) keptStatistics.delete(db);
  });
  return value;
}

/** Forgets the kept statistics of `db` (after a write through the store). */
export function forgetConceptStatistics(db: Queryable): void {
  keptStatistics.delete(db);
}
