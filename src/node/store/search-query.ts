/**
 * SQL of the idea search, built without a database (tested as text). Two statements:
 *
 *   query words ──expansionQuery──▶ stems + vocabulary words ──expandWord/buildTsQueries──▶ tsquery
 *   tsquery + filters ──searchQuery──▶ one row: total, the page of items with headlines, facet counts
 *
 * Facets: every match under the query gets a bit mask of the active filters it fails (thema 1, soort 2,
 * branche 4, provincie 8, beroep 16). A facet counts the matches that fail no filter or only its own, so
 * each facet respects all *other* filters; matches failing two or more filters count nowhere and are
 * dropped early. Facets are counted either one GROUP BY per facet over the materialised matches, or in
 * one pass with GROUPING SETS. Measured on PGlite at 100 000 synthetic ideas (median of 15): per facet
 * 9–17 ms against 15–29 ms for two-word queries with two filters, but 310 against 250 ms when every
 * idea matches. Since text queries weigh at most MAX_CANDIDATES candidates, GROUPING SETS is the
 * cheaper there too: the 15 statements of the ideas bench (warm, best of 11, interleaved, load 1)
 * ran 146.4 ms per facet against 139.1 ms with GROUPING SETS, no query slower by more than 0.2 ms and
 * the slowest ones 1 ms faster. So GROUPING SETS by default; one GROUP BY per facet stays for the tests.
 * Themes are counted per distinct theme list first, then spread over the themes.
 *
 * Public views read `public_themes`, `public_branch`, `public_province` and `public_profession` (k-anonymity
 * and vetted labels, see k-anonymity.ts and ideas-public.ts) and never see hidden ideas; the curator view
 * reads the stored values and sees everything.
 * Every value is a parameter; the only text spliced in comes from the fixed fragments below.
 */
import { ELDERLY_TAG, PARENT_TAG } from '../../core/ideas/analyzer/word-senses.js';
import { itemAt } from '../../core/contract/item-at.js';
import { compareNames } from '../../core/contract/names.js';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '../../core/ideas/highlight-markers.js';
import { FACETS, type Facet } from '../../core/ideas/search-params.js';
import {
  MAX_SWAP_LOOKUP,
  MAX_VOCABULARY,
  MIN_COMPOUND_PART,
  MIN_PREFIX,
  MIN_TYPO_LENGTH,
  swappedForms,
} from '../../core/ideas/term-expansion.js';
import { foldText } from '../../core/ideas/analyzer/fold.js';
import { SENSE_TAG_PATTERN } from '../../core/ideas/analyzer/word-senses.js';
import { anyOf, type SearchPlan } from './tsquery.js';
import {
  LITERAL_WEIGHTS,
  THEME_LIFT,
  TIER_WEIGHTS,
  WEAK_WORD_WEIGHT,
} from '../../core/ideas/search-weights.js';

export { THEME_LIFT, TIER_WEIGHTS, WEAK_WORD_WEIGHT } from '../../core/ideas/search-weights.js';
export { HIGHLIGHT_START, HIGHLIGHT_STOP } from '../../core/ideas/highlight-markers.js';

export interface SqlQuery {
  readonly text: string;
  readonly params: readonly unknown[];
}

export type Audience = 'public' | 'curator';
export type FacetStrategy = 'grouping-sets' | 'per-facet';

export interface SearchSqlOptions {
  /** The query's concepts (tsquery.ts); null or no concepts = every idea, newest first. */
  readonly plan: SearchPlan | null;
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
  readonly limit: number;
  readonly offset: number;
  readonly audience: Audience;
  /** Default: `grouping-sets` (see above). */
  readonly facetStrategy?: FacetStrategy | undefined;
}

const MARKERS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
/** A text up to this many characters is shown whole, every match marked. */
export const WHOLE_TEXT_SNIPPET = 280;
export const HEADLINE_OPTIONS_WHOLE = `${MARKERS}, HighlightAll=true`;
/** Longer texts: up to two fragments of 15–30 words around the best matches. */
export const HEADLINE_OPTIONS = `${MARKERS}, MaxWords=30, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;

/** The text search configuration of the migration: Dutch stemming after unaccent. */
export const TEXT_SEARCH_CONFIG = 'werkbalans_dutch';

export const FACET_BITS: Readonly<Record<Facet, number>> = {
  thema: 1,
  soort: 2,
  branche: 4,
  provincie: 8,
  beroep: 16,
};

/**
 * Per word: its normalised form, its Dutch stems (empty for a stop word) and, when `expand` is true for
 * it, the vocabulary words that contain its shortest form (see {@link vocabularyKey}) or the word
 * itself, or are similar to it (`%`, pg_trgm's default threshold 0.3), or (a word of up to
 * {@link MAX_SWAP_LOOKUP} letters) are the word with two neighbouring letters swapped; one more than
 * {@link MAX_VOCABULARY} at most, to notice a cut. Synonyms from the thesaurus are asked without
 * expansion: their stems only. pg_trgm's GIN index on `idea_words.word` serves the LIKE and similarity
 * lookups; the primary key's B-tree the swapped forms.
 */
export function expansionQuery(
  words: readonly string[],
  expand: readonly boolean[] = words.map(() => true),
  lexicon: readonly string[] = [],
  options: { readonly foldOnce?: boolean } = {},
): SqlQuery {
  // With `lexicon`: which of those words the vocabulary holds ({@link lexiconQuery}), in every row (one
  // statement instead of two; the subquery runs once).
  const lexiconColumn =
    lexicon.length > 0
      ? `,
  (SELECT coalesce(array_agg(w.word), '{}'::text[]) FROM idea_words w WHERE w.word = ANY($4::text[])) AS lexicon`
      : '';
  // A word too short for a part or a typo has no `part` or `typo` (null): the trigram index then reads
  // nothing for it, where a length test beside the condition left the index to read every entry for a
  // pattern of one or two letters (`ic`: 222 against 1.4 ms at 61 000 vocabulary words, PGlite).
  // `foldOnce` (PGlite): `k` is materialised. Inlined, each word's folding (an SQL function around
  // unaccent) was computed again for every vocabulary row the lookups rechecked (3.3 of 10.7 ms per
  // word, three-word query). PostgreSQL folds cheaply, and there the fence made the planner test every
  // word's similarity instead of reading the trigram index (2.3 against 1.4 ms, 25 000 synthetic ideas).
  // The lookup key is the shortest of the stems and the word, with a sense's tag taken off (a tagged
  // stem, `xqprtouder`, is longer than the word and would make `ouders` the key, so `%ouders%` missed
  // `oudercommissie`: second review of session 28).
  const text = `WITH n AS (
  SELECT x.ord, x.expand, lower(werkbalans_unaccent(x.word)) AS norm
  FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS x(word, expand, ord)
), t AS (
  SELECT n.ord, n.expand, n.norm, coalesce(ts_lexize('dutch_stem', werkbalans_senses(n.norm)), '{}'::text[]) AS stems FROM n
), k AS ${options.foldOnce ? 'MATERIALIZED ' : ''}(
  SELECT t.*, (SELECT f FROM unnest(ARRAY(SELECT regexp_replace(s, '^(?:${ELDERLY_TAG}|${PARENT_TAG})', '') FROM unnest(t.stems) AS s)
                                    || t.norm || substring(t.norm from '^ge([a-z]{4,})[dt]$')) AS u(f)
               WHERE length(f) >= ${MIN_PREFIX}
               ORDER BY length(f), f LIMIT 1) AS key,
    CASE WHEN length(t.norm) >= ${MIN_COMPOUND_PART} THEN t.norm END AS part,
    CASE WHEN length(t.norm) >= ${MIN_TYPO_LENGTH} THEN t.norm END AS typo,
    CASE WHEN length(t.norm) BETWEEN ${MIN_TYPO_LENGTH} AND ${MAX_SWAP_LOOKUP} THEN $3::text[] END AS swaps
  FROM t
)
SELECT k.ord::int AS ord, k.norm, k.stems,
  CASE WHEN NOT k.expand THEN '[]'::json ELSE
  coalesce((SELECT json_agg(json_build_array(v.word, v.lexeme)) FROM (
     SELECT v.word, v.lexeme FROM idea_words v
     WHERE v.word LIKE '%' || ${likeEscaped('k.key')} || '%'
        OR v.word LIKE '%' || ${likeEscaped('k.part')} || '%'
        OR v.word % k.typo
        OR v.word = ANY(k.swaps)
     LIMIT ${MAX_VOCABULARY + 1}) v), '[]'::json) END AS vocabulary${lexiconColumn}
FROM k
ORDER BY k.ord`;
  // The swapped forms of every short word, made here (one array for the statement): a word looks up
  // the others' too, which expandWord's edit distance then turns away. Made in SQL per word (a
  // generate_series subquery), the lookup added 0.31 ms to the statement of a query holding such a
  // word, made here 0.07 ms (means of per-query medians, 21 queries, 100 000 synthetic ideas on PGlite,
  // interleaved with the statement without it, 15 rounds, a shared machine at load 6-7).
  const swaps = [...new Set(words.flatMap((word, k) => (expand[k] ? swappedForms(foldText(word)) : [])))];
  return { text, params: lexicon.length > 0 ? [words, expand, swaps, lexicon] : [words, expand, swaps] };
}

/** Which of `words` (folded) the databank's vocabulary holds: the lexicon of compound splitting. */
export function lexiconQuery(words: readonly string[]): SqlQuery {
  return { text: 'SELECT word FROM idea_words WHERE word = ANY($1::text[])', params: [words] };
}

/** A text expression with LIKE's special characters escaped (backslash is LIKE's default escape). */
function likeEscaped(expression: string): string {
  return `replace(replace(replace(${expression}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

/** Public views read only the published values (k-anonymity, vetted labels: ideas-public.ts). */
function columns(audience: Audience) {
  const pub = audience === 'public';
  return {
    thema: pub ? 'i.public_themes' : 'i.themes',
    soort: 'i.kind',
    branche: pub ? 'i.public_branch' : 'i.branch',
    provincie: pub ? 'i.public_province' : 'i.province',
    beroep: pub ? 'i.public_profession' : 'i.profession',
  } as const;
}

/**
 * The finer `ts_rank_cd` (term frequency and proximity) decides among ideas tied on coverage and weight
 * only within the first this many of them (by coverage, weight, id), whatever page is asked for; the
 * matches beyond it rank below every ranked idea of their tie and then by id. So every match has one
 * place in one order, and pages joined give each match once.
 */
export const RANK_WINDOW = 50;
/**
 * The most candidate ideas one text query weighs, counts and ranks (issue 10: bounded work per query).
 * Each candidate costs one tsquery test per concept and tier, so a query of common words over a large
 * databank (every idea matching) is cut here: the answer then counts the first this many candidates
 * and says so (`query.capped`). They are taken best first (see `source` below: every concept's words,
 * then some, then synonyms, then themes). The real databank (about a thousand ideas) never reaches
 * it. 500 since the candidates are taken best first (2 000, then 1 000 before; at 100 000 synthetic
 * ideas on PGlite 500 took the statement's p95 to 0,75× of 1 000's, measured interleaved).
 */
export const MAX_CANDIDATES = 500;

/**
 * The least share of matching ideas for which the head is read: below it the index reads few entries
 * anyway, and a head sized by a share the filters then thin out would read many ideas for nothing (at
 * 0,12 the head is at most 8 400 ideas). Measured at 100 000 synthetic ideas on PGlite (best 3 of 15,
 * interleaved, whole searches): the head saved 1–3 ms at shares of 0,14–0,19 (synonyms of
 * `zorgverzekeraar`, `beeldbellen`, `zeggenschap`; the word `cliënten`) and cost 0,6 ms at 0,10 (the
 * word `administratie`). At 0,2, the bound before, those shares read their whole posting lists.
 */
export const MIN_HEAD_SHARE = 0.12;

/**
 * The leading pages to read the synonym candidates from in order (SearchPlan.synonymHead), from the
 * share of ideas that hold one of the synonyms' concepts (the table's statistics), and the same for
 * the candidates holding common words (SearchPlan.literalHead, from the words' share): enough pages to
 * fill the cap twice over at that share, or 0 (the index alone) when the share is below
 * {@link MIN_HEAD_SHARE} or unknown, or the head would be more than half the table. Reading an idea
 * in order costs about what the index costs per entry, so the head pays off when the matches are dense.
 */
export function headPages(share: number, pages: number, tuples: number): number {
  if (!(share >= MIN_HEAD_SHARE) || !(pages > 0) || !(tuples > 0)) return 0;
  const head = Math.ceil((2 * MAX_CANDIDATES) / share / (tuples / pages));
  return head * 2 <= pages ? head : 0;
}

/**
 * What the candidate branches carry up: the columns weighing, filtering and counting read (not the
 * text), of the audience's view only (the published labels or the stored ones).
 */
function candidateColumns(audience: Audience): string {
  const col = columns(audience);
  return ['i.id', col.soort, col.branche, col.provincie, col.beroep, col.thema, 'i.created_at']
    .concat(['i.search_vector', 'i.concepts'])
    .join(', ');
}

export function searchQuery(options: SearchSqlOptions): SqlQuery {
  const params: unknown[] = [];
  const param = (value: unknown, cast = '') => {
    params.push(value);
    return `$${params.length}${cast}`;
  };
  const col = columns(options.audience);
  const candidateColumnsSql = candidateColumns(options.audience);
  const plan = options.plan && options.plan.concepts.length > 0 ? options.plan : null;
  const anyText = plan ? anyOf(plan) : null;
  const any = anyText === null ? null : param(anyText, '::tsquery');
  // The words themselves (exact and related tiers): under the candidate cap these are taken first.
  const literalText = plan ? plan.concepts.map((c) => c.literal).join(' | ') : '';
  const literalQuery = literalText ? param(literalText, '::tsquery') : null;
  // Ideas holding every concept's words (or their forms) rank first: with two or more concepts they are
  // fetched first, so that the candidate cap never leaves them out for ideas that match one word.
  const literals = (plan?.concepts ?? []).map((c) => c.literal);
  const everyQuery = literals.length > 1 ? param(literals.join(' & '), '::tsquery') : null;
  // A phrase whose stop words must stand in place (`geen tijd`, not required) holds its words
  // (`tijd`) in far more ideas than write it. Its candidates are the ideas whose text writes it, so
  // that the cap counts real matches: read by its words alone, the ideas holding `tijd` otherwise
  // filled the cap, were dropped as matching nothing, and the count after the drop no longer told
  // that the cap had cut (review s23a, finding 1). Its text test as a quoted phrase's (`required`).
  // The ideas writing it hold its posting (search-concepts.ts): the concept index finds them, and the
  // text test runs on those alone, as a recheck (1 775 ideas at 100 000 synthetic ones, where each
  // branch tested all 14 796 holding `tijd` before). Its words are then tested so that no index serves
  // them (`coalesce`): beside the posting, the generic plan took the text index for `tijd` too and
  // intersected both, reading the posting lists of `tijd` and of the other words (`client`: a third of
  // the ideas) whole. Without a posting (another thesaurus), the text test as before.
  const phraseConcepts = (plan?.concepts ?? []).filter((c) => c.pattern && !c.required);
  const phrases = phraseConcepts.map((c) => ({
    posting: c.posting === undefined ? null : param([c.posting], '::int[]'),
    exact: param(c.exact, '::tsquery'),
    pattern: param(c.pattern, '::text'),
  }));
  const unindexed = (vector: string) =>
    vector.startsWith('coalesce(') ? vector : `coalesce(${vector}, ''::tsvector)`;
  /** The ideas writing `phrase` (`vector`, `concepts`: the columns' expressions); its posting first. */
  const writesPhrase = (
    vector: string,
    phrase: { posting: string | null; exact: string; pattern: string },
    concepts = 'i.concepts',
  ) =>
    phrase.posting
      ? `(${concepts} && ${phrase.posting} AND ${unindexed(vector)} @@ ${phrase.exact} AND lower(werkbalans_unaccent(i.text)) ~ ${phrase.pattern})`
      : `(${vector} @@ ${phrase.exact} AND lower(werkbalans_unaccent(i.text)) ~ ${phrase.pattern})`;
  const otherLiterals = (plan?.concepts ?? [])
    .filter((c) => !(c.pattern && !c.required))
    .map((c) => c.literal);
  const otherLiteralQuery =
    phrases.length && otherLiterals.length ? param(otherLiterals.join(' | '), '::tsquery') : null;
  /**
   * Holds some concept's words (`vector`, `concepts`: the columns' expressions), a phrase as it is
   * written.
   */
  const literalMatch = (vector: string, concepts = 'i.concepts') =>
    phrases.length
      ? `(${[
          ...(otherLiteralQuery ? [`${vector} @@ ${otherLiteralQuery}`] : []),
          ...phrases.map((phrase) => writesPhrase(vector, phrase, concepts)),
        ].join(' OR ')})`
      : `${vector} @@ ${literalQuery}`;
  /** Holds every concept's words, each phrase as it is written (read by a phrase's posting when it has one). */
  const everyMatch = (vector: string) =>
    [
      `${phrases.some((phrase) => phrase.posting) ? unindexed(vector) : vector} @@ ${everyQuery}`,
      ...phrases.map((phrase) => writesPhrase(vector, phrase)),
    ].join(' AND ');
  /**
   * Whether a candidate writes each such phrase, carried up by every branch as `p0`, `p1` … for the
   * exact tier: true where the branch requires it (every word), false where it excludes it (synonyms,
   * themes), tested where the text is at hand (some words). Read by the tier instead, the text was one
   * lookup per candidate holding the phrase's word (164 at 100 000 ideas for `geen tijd voor cliënten`).
   */
  const phraseFlags = (value: 'true' | 'false' | 'test') =>
    phrases
      .map((phrase, k) => `, ${value === 'test' ? writesPhrase('i.search_vector', phrase) : value} AS p${k}`)
      .join('');
  const allThemes = plan ? [...new Set(plan.concepts.flatMap((c) => c.themes))] : [];
  const themesParam = allThemes.length > 0 ? param(allThemes, '::text[]') : null;
  const allBranches = plan ? [...new Set(plan.concepts.flatMap((c) => c.branches))] : [];
  const branchesParam = allBranches.length > 0 ? param(allBranches, '::text[]') : null;
  // Synonyms: by the ideas' stored concepts (search-concepts.ts) where the plan names the groups, else
  // by their stems. Both kinds OR-ed are what a candidate found by synonyms alone matches.
  const allGroups = plan
    ? [...new Set(plan.concepts.flatMap((c) => [...c.synonymConcepts, ...c.broaderConcepts]))].sort(
        (a, b) => a - b,
      )
    : [];
  const groupsParam = allGroups.length > 0 ? param(allGroups, '::int[]') : null;
  const synonymStemsText = plan
    ? plan.concepts
        .flatMap((c) => [
          c.synonymConcepts.length ? null : c.synonyms,
          c.broaderConcepts.length ? null : c.broader,
        ])
        .filter((q): q is string => q !== null)
        .join(' | ')
    : '';
  const synonymStemsQuery = synonymStemsText ? param(synonymStemsText, '::tsquery') : null;
  const bySynonym = [
    ...(synonymStemsQuery ? [`i.search_vector @@ ${synonymStemsQuery}`] : []),
    ...(groupsParam ? [`i.concepts && ${groupsParam}`] : []),
  ];
  const synonymMatch = bySynonym.length ? `(${bySynonym.join(' OR ')})` : null;
  // Common synonyms (a third of the ideas hold the administration group): their candidates are read
  // from the head of the table in physical order first (a TID range scan that stops at the cap), the
  // rest through the concept index. The index's bitmap returns its matches in the same physical order,
  // so the candidates are the same ideas in the same order either way; only the index no longer reads
  // the whole posting list of a group that fills the cap within a few hundred pages. One exception,
  // found in review: within one page a bitmap returns an idea changed in place (a HOT update: a change
  // to columns no index holds, such as hiding it and showing it again) at the first line pointer of
  // its chain, the TID range scan at its current one. So when the cap falls inside such a page of the
  // head, the two may take a different few of that page's ideas (the answer says it is capped either
  // way). An exact and a lossy bitmap already differ the same way without any head. The same holds for
  // the heads of words and themes below.
  const head =
    synonymMatch && plan?.synonymHead ? param(`(${Math.floor(plan.synonymHead)},0)`, '::tid') : null;
  // Common words the same way (SearchPlan.literalHead): the ideas holding some of the words are read
  // from the head of the table in order first, the rest through the text index.
  const wordsHead =
    literalQuery && plan?.literalHead ? param(`(${Math.floor(plan.literalHead)},0)`, '::tid') : null;
  // And ideas found by their themes or branch alone (SearchPlan.metadataHead): in the public view only,
  // whose published theme and branch have the indexes (the curator's stored ones have none, so there
  // the rest would read the head's pages again).
  const metadataHead =
    options.audience === 'public' && (themesParam || branchesParam) && plan?.metadataHead
      ? param(`(${Math.floor(plan.metadataHead)},0)`, '::tid')
      : null;
  // In the head's branch the same test is written so that no index can serve it (`coalesce` around
  // the columns). The kept generic plan does not know the head's size, and chose the concept index
  // there too: its bitmap of every idea holding the group was built before the first candidate
  // (the administration group at 100 000 ideas: 6–7 ms of a 14 ms statement), where the TID range
  // scan stops at the cap.
  const headSynonymMatch = `(${[
    ...(synonymStemsQuery ? [`coalesce(i.search_vector, ''::tsvector) @@ ${synonymStemsQuery}`] : []),
    ...(groupsParam ? [`coalesce(i.concepts, '{}'::int[]) && ${groupsParam}`] : []),
  ].join(' OR ')})`;

  // Per concept: the weight of the best tier it matches in (0 = not matched). An idea from the branch
  // a word names (`kinderopvang`) matches that word as if it held it: the branch is its metadata.
  const tiers = (plan?.concepts ?? []).map((concept) => {
    const whens = [
      ...(concept.branches.length
        ? [
            `WHEN ${col.branche} = ANY(${param(concept.branches, '::text[]')}) THEN ${TIER_WEIGHTS.exact}::float8`,
          ]
        : []),
      // A phrase whose stop words must stand in place (`geen tijd`): the idea's text holds it so, as
      // the branch that found the candidate tells (`phraseFlags`).
      concept.pattern && !concept.required
        ? `WHEN i.p${phraseConcepts.indexOf(concept)} THEN ${TIER_WEIGHTS.exact}::float8`
        : `WHEN i.search_vector @@ ${param(concept.exact, '::tsquery')} THEN ${TIER_WEIGHTS.exact}::float8`,
      ...(concept.related
        ? [
            `WHEN i.search_vector @@ ${param(concept.related, '::tsquery')} THEN ${TIER_WEIGHTS.related}::float8`,
          ]
        : []),
      ...(concept.parts
        ? [`WHEN i.search_vector @@ ${param(concept.parts, '::tsquery')} THEN ${TIER_WEIGHTS.parts}::float8`]
        : []),
      ...(concept.synonymConcepts.length
        ? [
            `WHEN i.concepts && ${param(concept.synonymConcepts, '::int[]')} THEN ${TIER_WEIGHTS.synonyms}::float8`,
          ]
        : concept.synonyms
          ? [
              `WHEN i.search_vector @@ ${param(concept.synonyms, '::tsquery')} THEN ${TIER_WEIGHTS.synonyms}::float8`,
            ]
          : []),
      ...(concept.broaderConcepts.length
        ? [
            `WHEN i.concepts && ${param(concept.broaderConcepts, '::int[]')} THEN ${TIER_WEIGHTS.broader}::float8`,
          ]
        : concept.broader
          ? [
              `WHEN i.search_vector @@ ${param(concept.broader, '::tsquery')} THEN ${TIER_WEIGHTS.broader}::float8`,
            ]
          : []),
      ...(concept.themes.length
        ? [`WHEN ${col.thema} && ${param(concept.themes, '::text[]')} THEN ${TIER_WEIGHTS.themes}::float8`]
        : []),
    ];
    return `CASE ${whens.join(' ')} ELSE 0 END`;
  });
  // Per concept with themes: whether the idea is coded with one of them (THEME_LIFT), else null.
  const lifts = (plan?.concepts ?? []).map((concept) =>
    concept.themes.length ? `${col.thema} && ${param(concept.themes, '::text[]')}` : null,
  );
  const boost = plan?.boost ? param(plan.boost, '::tsquery') : null;
  const required = (plan?.concepts ?? [])
    .filter((c) => c.required)
    .map((c) =>
      // A phrase with stop words: the text must hold them in their place too (tsquery.ts phrasePattern).
      c.pattern
        ? `(i.search_vector @@ ${param(c.exact, '::tsquery')} AND lower(werkbalans_unaccent(i.text)) ~ ${param(c.pattern, '::text')})`
        : `i.search_vector @@ ${param(c.exact, '::tsquery')}`,
    );
  const exclude = plan?.exclude ? `NOT i.search_vector @@ ${param(plan.exclude, '::tsquery')}` : null;

  // One condition per active filter; `misses` adds the bits of the filters a match fails.
  const active = FACETS.filter((facet) => options.filters[facet].length > 0);
  const tests = active.map((facet) => {
    const values = param(options.filters[facet], '::text[]');
    return facet === 'thema' ? `${col.thema} && ${values}` : `${col[facet]} = ANY(${values})`;
  });
  const passes = active.map(
    (facet, k) => `CASE WHEN ${itemAt(tests, k)} THEN 0 ELSE ${FACET_BITS[facet]} END`,
  );
  const misses = passes.length ? passes.join('\n        + ') : '0';
  // A candidate failing two or more filters counts nowhere: with a text query it is not even fetched,
  // so that the candidate cap is spent on ideas that are shown or counted.
  const nearlyPasses =
    plan && tests.length > 1
      ? `(${tests.map((test) => `(${test})::int`).join(' + ')}) >= ${tests.length - 1}`
      : null;
  const candidate = any
    ? `(${[
        `i.search_vector @@ ${any}`,
        ...(groupsParam ? [`i.concepts && ${groupsParam}`] : []),
        ...(themesParam ? [`${col.thema} && ${themesParam}`] : []),
        ...(branchesParam ? [`${col.branche} = ANY(${branchesParam})`] : []),
      ].join(' OR ')})`
    : null;
  const where = [
    ...(options.audience === 'public' ? ['NOT i.hidden'] : []),
    ...(candidate ? [candidate] : []),
    ...(nearlyPasses ? [nearlyPasses] : []),
    ...required,
    ...(exclude ? [exclude] : []),
  ];
  // With at most one active filter no match can fail two, so nothing needs dropping. With a text query
  // the candidates are kept whole (every reader of `near` filters on misses itself), so that their
  // count tells whether MAX_CANDIDATES cut them (`query.capped`).
  // A phrase with its stop words in place (not required) is looked up by its words alone: an idea
  // holding them otherwise (`tijd` without `geen` before it) is a candidate matching no concept, dropped.
  const unmatched = plan?.concepts.some((c) => c.pattern && !c.required)
    ? `WHERE ${tiers.map((_, k) => `s.c${k} > 0`).join(' OR ')}`
    : '';
  const near = active.length > 1 && !plan ? 'WHERE s.misses & (s.misses - 1) = 0' : unmatched;
  const conceptColumns =
    tiers.map((tier, k) => `,\n      ${tier} AS c${k}`).join('') +
    lifts.map((lift, k) => (lift ? `,\n      ${lift} AS t${k}` : '')).join('');
  // A concept matched by its theme alone does not count (search-weights.ts coversConcept).
  const coverage = tiers.length
    ? tiers.map((_, k) => `(s.c${k} > ${TIER_WEIGHTS.themes}::float8)::int`).join(' + ')
    : '0';
  const weakColumn = boost ? `,\n      (i.search_vector @@ ${boost})::int AS weak` : '';
  const rankQuery = any ? (boost ? `(${any} || ${boost})` : any) : null;
  // Ties are ranked by the query's own words (and their forms and compounds): `rankQuery` with every
  // synonym and vocabulary word (30–48 lexemes for most queries) made ts_rank_cd cost more than the
  // headlines; ranked by the words alone, nDCG@10 of the judged set stayed 0,817
  // (docs/performance-rounds.md, "Ideas databank at scale").
  const tieQuery = literalQuery ? (boost ? `(${literalQuery} || ${boost})` : literalQuery) : rankQuery;
  // Within equal coverage, rarer words weigh more: each concept's tier weight times its inverse
  // document frequency among the matches (ln(1 + n / (1 + ideas matching the word itself))).
  // A concept matched in the text of an idea coded with its theme weighs THEME_LIFT more.
  const lifted = (k: number) =>
    lifts[k]
      ? `(n.c${k} + CASE WHEN n.t${k} AND n.c${k} > ${TIER_WEIGHTS.themes} THEN ${THEME_LIFT} ELSE 0 END)`
      : `n.c${k}`;
  const idfWeight = tiers.length
    ? tiers.map((_, k) => `${lifted(k)} * ln(1 + st.n::float8 / (1 + st.d${k}))`).join(' + ') +
      (boost ? ` + ${WEAK_WORD_WEIGHT} * n.weak` : '')
    : '0';
  // Then by the concepts whose near synonyms the idea holds (analyzer.ts nearSynonyms): ideas found by
  // synonyms alone tie on coverage, weight and rank, and came in id order (`zzp`: the idea about
  // `uitzendkrachten` 7th behind ideas about `werkdruk`). The static export orders its ties the same way.
  const nearQueries = (plan?.concepts ?? []).flatMap((c) => (c.near ? [param(c.near, '::tsquery')] : []));
  const nearSql = nearQueries.length
    ? `(SELECT ${nearQueries.map((q) => `(x.search_vector @@ ${q})::int`).join(' + ')} FROM ideas x WHERE x.id = t.id)`
    : '0';
  const limit = param(options.limit, '::int');
  const offset = param(options.offset, '::int');
  const headline = rankQuery
    ? `regexp_replace(ts_headline('${TEXT_SEARCH_CONFIG}', werkbalans_senses(replace(replace(replace(replace(i.text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')), ${rankQuery},
        CASE WHEN length(i.text) <= ${WHOLE_TEXT_SNIPPET} THEN ${param(HEADLINE_OPTIONS_WHOLE)} ELSE ${param(HEADLINE_OPTIONS)} END),
        '${SENSE_TAG_PATTERN}', '', 'gi')`
    : 'NULL::text';

  // No join between two sets of candidates: the planner estimates a CTE of the capped candidates at a
  // row or two, and its nested loops over `top × near` and `scored × ranked` compared 25 000 pairs for a
  // query of 500 candidates (9 ms of a phrase query's 16 at 100 000 ideas). `ranked` carries every idea
  // of the window with its rank (-1 below the page's last idea, `cut`), the ideas after the window come
  // from `scored` by their place after its last idea (each -1), and the page is their union in order.
  // ts_rank_cd runs only for ideas of the window tied with another, at or above the page's end.
  const pageSql = plan
    ? `stats AS MATERIALIZED (
  SELECT count(*) AS n${tiers.map((_, k) => `, count(*) FILTER (WHERE c${k} = ${TIER_WEIGHTS.exact}) AS d${k}`).join('')}
  FROM near WHERE misses = 0
),
scored AS MATERIALIZED (
  SELECT n.id, n.coverage, ${idfWeight} AS weight FROM near n, stats st WHERE n.misses = 0
),
top AS MATERIALIZED (
  SELECT s.id, s.coverage, s.weight FROM scored s
  ORDER BY s.coverage DESC, s.weight DESC, s.id
  LIMIT ${RANK_WINDOW}
),
cut AS MATERIALIZED (
  SELECT coverage, weight FROM scored ORDER BY coverage DESC, weight DESC, id
  OFFSET ${offset} + ${limit} - 1 LIMIT 1
),
ranked AS MATERIALIZED (
  SELECT t.id, t.coverage, t.weight,
    CASE WHEN (t.coverage, t.weight) < (c.coverage, c.weight) THEN -1
         WHEN t.ties > 1 THEN ts_rank_cd((SELECT x.search_vector FROM ideas x WHERE x.id = t.id), ${tieQuery})
         ELSE 0 END AS rank,
    CASE WHEN (t.coverage, t.weight) < (c.coverage, c.weight) THEN 0
         WHEN t.ties > 1 THEN ${nearSql}
         ELSE 0 END AS near
  FROM (SELECT t.*, count(*) OVER (PARTITION BY t.coverage, t.weight) AS ties FROM top t) t
  LEFT JOIN cut c ON true
),
last AS MATERIALIZED (
  SELECT t.coverage, t.weight, t.id FROM top t ORDER BY t.coverage, t.weight, t.id DESC LIMIT 1
),
page AS MATERIALIZED (
  SELECT p.id, p.coverage, p.weight, p.rank, p.near FROM (
    SELECT r.id, r.coverage, r.weight, r.rank, r.near FROM ranked r
    UNION ALL
    SELECT s.id, s.coverage, s.weight, -1, 0 FROM scored s, last l
    WHERE s.coverage < l.coverage
       OR (s.coverage = l.coverage AND (s.weight < l.weight OR (s.weight = l.weight AND s.id > l.id)))
  ) p
  ORDER BY p.coverage DESC, p.weight DESC, p.rank DESC, p.near DESC, p.id
  LIMIT ${limit} OFFSET ${offset}
)`
    : `page AS MATERIALIZED (
  SELECT n.id, n.created_at
  FROM near n WHERE n.misses = 0
  ORDER BY n.created_at DESC, n.id
  LIMIT ${limit} OFFSET ${offset}
)`;
  const pageOrder = plan
    ? 'p.coverage DESC, p.weight DESC, p.rank DESC, p.near DESC, p.id'
    : 'p.created_at DESC, p.id';
  // "Which words matched" counts the words themselves (and their forms, compounds, typos), not the
  // parts of a compound, synonyms or themes: ideas holding every word, then per word.
  // By tier, not by weight order (search-weights.ts LITERAL_TIERS).
  const literal = (k: number) => `c${k} IN (${LITERAL_WEIGHTS.map((w) => `${w}::float8`).join(', ')})`;
  // Counted in the one pass over the candidates that counts the total and the candidates too.
  const conceptCounts = plan
    ? `json_build_array(count(*) FILTER (WHERE misses = 0 AND ${tiers.map((_, k) => literal(k)).join(' AND ')})${tiers
        .map((_, k) => `, count(*) FILTER (WHERE misses = 0 AND ${literal(k)})`)
        .join('')})`
    : `'[]'::json`;

  const whereSql = where.length ? `WHERE ${where.join('\n      AND ')}` : '';
  // Under the cap, ideas holding every concept's words come first, then those holding some of the
  // words, then those found by synonyms or themes only: each branch runs only when the ones before it
  // leave room. Branches of one kind of condition each: the words (text index), synonyms (text index),
  // then themes and branch (their indexes); the outer LIMIT stops reading once the cap is filled. The
  // later branches carry no LIMIT of their own, which made the planner prefer a sequential scan. When it
  // expects many matches, the planner still prefers reading the table in order until the cap is filled
  // (testing every idea's text on the way) over the index: searchIdeas runs this statement with
  // sequential scans disabled (ideas-search.ts), and every branch reads its index, or the head of the
  // table by a TID range where the matches are dense (headPages).
  const base = where.filter((w) => w !== candidate);
  const baseSql = base.length ? `${base.join(' AND ')} AND ` : '';
  const metadata = [
    ...(themesParam ? [`${col.thema} && ${themesParam}`] : []),
    ...(branchesParam ? [`${col.branche} = ANY(${branchesParam})`] : []),
  ];
  const notLiteralOrSynonym = `NOT ${literalMatch('i.search_vector')}${synonymMatch ? ` AND NOT ${synonymMatch}` : ''}`;
  // The same metadata test with no index to serve it, for the head.
  const headMetadata = [
    ...(themesParam ? [`coalesce(${col.thema}, '{}'::text[]) && ${themesParam}`] : []),
    ...(branchesParam ? [`coalesce(${col.branche}, '') = ANY(${branchesParam})`] : []),
  ];
  // The ideas holding some of the words (all of them with one concept). With a head: the head's ideas
  // in order, tested so that no index can serve it, then the rest through the index (its bitmap
  // returns them in the same physical order, so the candidates are the same either way, but for the
  // one exception at the cap described at the synonyms' head above).
  const notEvery = everyQuery ? ` AND NOT (${everyMatch('i.search_vector')})` : '';
  /** One candidate branch: the ideas passing the base conditions and `test`, read to the outer cap. */
  const branch = (test: string, flags = '') => `
      (SELECT ${candidateColumnsSql}${flags} FROM ideas i WHERE ${baseSql}${test}
        OFFSET 0)`;
  /**
   * A branch read from the head of the table first, when `head` is set (tested as `headTest`, which no
   * index can serve), then from the rest through the index (`indexTest`); else through the index alone.
   */
  const headThenRest = (
    head: string | null,
    headTest: string,
    indexTest: string,
    tail: string,
    flags: string,
  ) =>
    head
      ? `${branch(`i.ctid < ${head} AND ${headTest}${tail}`, flags)}
      UNION ALL${branch(`(i.ctid < ${head}) IS NOT TRUE AND ${indexTest}${tail}`, flags)}`
      : branch(`${indexTest}${tail}`, flags);
  const someWords =
    wordsHead || everyQuery
      ? headThenRest(
          wordsHead,
          literalMatch(`coalesce(i.search_vector, ''::tsvector)`, `coalesce(i.concepts, '{}'::int[])`),
          literalMatch('i.search_vector'),
          notEvery,
          phraseFlags('test'),
        )
      : `
      (SELECT ${candidateColumnsSql}${phraseFlags('test')} FROM ideas i WHERE ${baseSql}${literalMatch('i.search_vector')} LIMIT ${MAX_CANDIDATES})`;
  const notLiteral = ` AND NOT ${literalMatch('i.search_vector')}`;
  const source =
    plan && literalQuery && any
      ? `(${
          everyQuery
            ? `
      (SELECT ${candidateColumnsSql}${phraseFlags('true')} FROM ideas i WHERE ${baseSql}${everyMatch('i.search_vector')} LIMIT ${MAX_CANDIDATES})
      UNION ALL${someWords}`
            : someWords
        }
${
  synonymMatch
    ? `
      UNION ALL${headThenRest(head, headSynonymMatch, synonymMatch, notLiteral, phraseFlags('false'))}`
    : ''
}${
          metadata.length
            ? `
      UNION ALL${headThenRest(
        metadataHead,
        `(${headMetadata.join(' OR ')})`,
        `(${metadata.join(' OR ')})`,
        ` AND ${notLiteralOrSynonym}`,
        phraseFlags('false'),
      )}`
            : ''
        }
    ) i`
      : `ideas i
    ${whereSql}`;

  const text = `WITH near AS MATERIALIZED (
  SELECT s.id, s.soort, s.branche, s.provincie, s.beroep, s.themes, s.created_at, s.misses${tiers
    .map((_, k) => `, s.c${k}`)
    .join('')}${lifts.map((lift, k) => (lift ? `, s.t${k}` : '')).join('')}${boost ? ', s.weak' : ''},
    ${coverage} AS coverage
  FROM (
    SELECT i.id, ${col.soort} AS soort, ${col.branche} AS branche, ${col.provincie} AS provincie,
      ${col.beroep} AS beroep, ${col.thema} AS themes, i.created_at,
      ${misses} AS misses${conceptColumns}${weakColumn}
    FROM ${source}
    ${plan ? `LIMIT ${MAX_CANDIDATES}` : ''}
  ) s
  ${near}
),
${pageSql}
SELECT
  counted.total,
  counted.candidates,
  (SELECT coalesce(json_agg(json_build_object(
      'id', i.id, 'text', i.text, 'themes', ${col.thema}, 'kind', i.kind, 'branch', ${col.branche},
      'province', ${col.provincie}, 'profession', ${col.beroep}, 'hidden', i.hidden,
      'headline', ${headline}) ORDER BY ${pageOrder}), '[]'::json)
   FROM page p JOIN ideas i ON i.id = p.id) AS items,
  counted.concepts,
  (SELECT coalesce(json_agg(json_build_array(f.facet, f.value, f.misses, f.count)), '[]'::json) FROM (
${facetsSql(options.facetStrategy ?? 'grouping-sets')}
  ) f) AS facets
FROM (SELECT count(*) FILTER (WHERE misses = 0)::int AS total, count(*)::int AS candidates,
        ${conceptCounts} AS concepts
      FROM near) counted`;
  return { text, params };
}

function facetsSql(strategy: FacetStrategy): string {
  // Ideas share few distinct theme lists: count per list first, then spread the counts over the themes.
  const themes = `    SELECT 'thema' AS facet, t.theme AS value, g.misses, sum(g.n)::int AS count
    FROM (SELECT themes, misses, count(*) AS n FROM near WHERE misses IN (0, ${FACET_BITS.thema})
          GROUP BY themes, misses) g
    CROSS JOIN LATERAL unnest(g.themes) AS t(theme)
    GROUP BY t.theme, g.misses`;
  const single = ['soort', 'branche', 'provincie', 'beroep'] as const;
  if (strategy === 'per-facet') {
    return [
      ...single.map(
        (facet) => `    SELECT '${facet}' AS facet, ${facet} AS value, misses, count(*)::int AS count
    FROM near WHERE misses IN (0, ${FACET_BITS[facet]}) AND ${facet} IS NOT NULL
    GROUP BY ${facet}, misses`,
      ),
      themes,
    ].join('\n    UNION ALL\n');
  }
  return `    SELECT CASE WHEN GROUPING(soort) = 0 THEN 'soort' WHEN GROUPING(branche) = 0 THEN 'branche'
                WHEN GROUPING(provincie) = 0 THEN 'provincie' ELSE 'beroep' END AS facet,
      coalesce(soort, branche, provincie, beroep) AS value, misses, count(*)::int AS count
    FROM near
    GROUP BY GROUPING SETS ((misses, soort), (misses, branche), (misses, provincie), (misses, beroep))
    UNION ALL
${themes}`;
}

/** Facet counts from the rows `[facet, value, misses, count]`: a facet keeps misses 0 and its own bit. */
export function facetCounts(
  rows: readonly (readonly [string, string | null, number, number])[],
): Record<Facet, Record<string, number>> {
  const totals = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  for (const [facet, value, misses, count] of rows) {
    if (!(FACETS as readonly string[]).includes(facet) || value === null) continue;
    const f = facet as Facet;
    if (misses !== 0 && misses !== FACET_BITS[f]) continue;
    totals[f].set(value, (totals[f].get(value) ?? 0) + count);
  }
  const result = {} as Record<Facet, Record<string, number>>;
  for (const facet of FACETS) {
    // Most ideas first; equal counts in Dutch alphabetical order, so the output is stable.
    const entries = [...totals[facet]].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]));
    result[facet] = Object.fromEntries(entries);
  }
  return result;
}
