/**
 * The idea search behind `werkbalans ideas search` and `GET /api/ideas`: one function, one JSON shape
 * (data contract, "Ideas on the command line and over HTTP"). Two statements: expand the query words
 * against the vocabulary, then match, rank, page, highlight and count facets in one go.
 */
import { itemAt, valueFor } from '../../core/contract/item-at.js';
import {
  createAnalyzer,
  foldText,
  nearSynonyms,
  synonymGroupTiers,
  synonymTiers,
} from '../../core/ideas/analyzer/analyzer.js';
import { branchOfWord } from '../../core/ideas/branch-words.js';
import { splitCandidates } from '../../core/ideas/analyzer/compounds.js';
import { THESAURUS, type Thesaurus } from '../../core/ideas/analyzer/thesaurus.js';
import {
  distinctWords,
  formatQuery,
  isPhrase,
  MIN_PART_ALTERNATIVE,
  parseQuery,
  termLabel,
  type QueryTerm,
} from '../../core/ideas/query-terms.js';
import { readQueryPhrases } from '../../core/ideas/query-phrases.js';
import { readSeparableVerbs, separableCandidates } from '../../core/ideas/separable-verbs.js';
import type { Facet, IdeaSearchParams } from '../../core/ideas/search-params.js';
import { expansionQuery, lexiconQuery } from './expansion-query.js';
import { headPages, MAX_CANDIDATES } from './candidate-cap.js';
import type { Audience } from './search-columns.js';
import { facetCounts, type FacetStrategy } from './search-facets.js';
import { searchQuery } from './search-query.js';
import { escapeHtml, plainSnippet, snippetFromHeadline } from '../../core/ideas/snippet.js';
import {
  boundExpansions,
  expandWord,
  isWeakTypo,
  suggestWord,
  type VocabularyCandidate,
  type WordExpansion,
} from '../../core/ideas/term-expansion.js';
import { buildSearchPlan, type SearchPlan } from './tsquery.js';
import { offersSuggestion, writtenForm } from '../../core/ideas/suggestion-offer.js';
import type { LocalIdea } from '../../core/ideas/local-search.js';
import type { Database, Queryable } from './database.js';
import { browseIdeas, servesFromCounts, type BrowseRow } from './ideas-facet-counts.js';
import { storedExpansionRows, storedSearchRow } from './stored-json.js';
import {
  anyConceptShare,
  anyLabelShare,
  anyLexemeShare,
  conceptIds,
  keptConceptStatistics,
  phrasePostingNumber,
} from './search-concepts.js';
import { stemsOnlyMemo, type ExpansionRow, type WordMemo } from './plan-memo.js';
import { DUTCH_STOP_WORDS } from '../../core/ideas/analyzer/dutch-stop-words.js';
import { tokenize } from '../../core/ideas/analyzer/fold.js';
import { stem } from '../../core/ideas/analyzer/stem.js';
import * as z from 'zod';

/**
 * One idea in a search result (contract field names): the public fields a static export also carries,
 * absent attributes null, and its snippet.
 */
export interface IdeaSearchItem extends LocalIdea {
  /** HTML: escaped text in which only `<mark>…</mark>` is markup. */
  readonly snippet: string;
}

/** How the query's words fared: per word (or phrase) the ideas matching it under the filters. */
export interface QueryReport {
  readonly words: readonly { readonly word: string; readonly ideas: number }[];
  /** Ideas matching every word. */
  readonly allWords: number;
  /** "Bedoelde u …": the query with misspelt words replaced; null when none. */
  readonly suggestion: string | null;
  /** True when more ideas matched than one query weighs (MAX_CANDIDATES): counts are of the first ones. */
  readonly capped?: boolean;
}

/** The contract's JSON document, with `query` beside it when words were searched. */
export interface IdeaSearchResult {
  readonly total: number;
  readonly items: readonly IdeaSearchItem[];
  readonly facets: Readonly<Record<Facet, Readonly<Record<string, number>>>>;
  readonly query?: QueryReport;
}

/** A curator's result also says which ideas are hidden. */
export interface CuratorSearchItem extends IdeaSearchItem {
  readonly hidden: boolean;
}

export interface IdeaSearchOptions {
  /** `public` (default): hidden ideas left out, province and profession under the k-anonymity rule. */
  readonly audience?: Audience;
  readonly facetStrategy?: FacetStrategy | undefined;
  /** The domain thesaurus (default config/thesaurus.json); tests of plain word matching pass an empty one. */
  readonly thesaurus?: Thesaurus;
  /**
   * The query's plan when the caller keeps it (`planQuery(db, params.q)`, the server's ideas cache):
   * the plan reads only the vocabulary, so a kept one is as good as a fresh one until ideas change.
   */
  readonly plan?: QueryPlan;
}

/** One row of the search statement; the facet counts answer in the same shape. */
type SearchRow = BrowseRow;

/** The most compound parts expanded per query (each is looked up like a query word). */
export const MAX_PARTS = 8;
/** The most thesaurus terms one query adds as synonyms (stems only, no vocabulary lookup). */
export const MAX_SYNONYM_TERMS = 48;

/**
 * How many of its synonym terms each concept may look up (`sizes`: how many it has) within `room`, alike
 * whatever the concepts' order: every concept gets the same cap (the largest that fits; fewer when it has
 * fewer), so a word with many groups cannot leave none to the next. What the cap cannot split evenly is
 * left unused.
 */
export function shareSynonymTerms(sizes: readonly number[], room: number): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total <= room) return [...sizes];
  let cap = 0;
  while (sizes.reduce((sum, size) => sum + Math.min(size, cap + 1), 0) <= room) cap++;
  return sizes.map((size) => Math.min(size, cap));
}

/** What a query asks: its concepts, and per misspelt word what was probably meant. */
export interface QueryPlan {
  readonly plan: SearchPlan | null;
  /** The query rewritten with the suggested words (folded); null when every word is known. */
  readonly suggestion: string | null;
  /**
   * The offered words (typed → folded meant word) and the query they rewrite: the search writes them as
   * the ideas of its answer write them (`clienten` → `cliënten`), with no statement of its own.
   */
  readonly offered?: { readonly terms: readonly QueryTerm[]; readonly offers: ReadonlyMap<string, string> };
}

/**
 * The search plan of a query text: words analysed (compound parts against the vocabulary, thesaurus
 * groups), expanded over the vocabulary, and turned into concepts. At most three statements, all
 * bounded (issue 10): the query words' expansion together with the lexicon lookup of their compound
 * parts, the expansion of the parts found, and the synonyms' stems; a fourth before them only for a
 * query with a particle that may close a split separable verb, which of the verb's joined forms the
 * vocabulary holds (separable-verbs.ts: a few words per particle) ("Bedoelde u …" is written from the
 * answer's own ideas, `searchIdeas`). With a {@link WordMemo} (the server keeps one as long as it kept plans) only words
 * not looked up before are asked; the synonyms' and stop words' stems are kept per database object
 * (plan-memo.ts), the concept statistics too (search-concepts.ts `keptConceptStatistics`).
 */
export async function planQuery(
  db: Queryable,
  query: string,
  thesaurus: Thesaurus = THESAURUS,
  wordMemo?: WordMemo,
): Promise<QueryPlan> {
  // A thesaurus phrase typed in the query (`te weinig personeel`) is one term of its group's concept;
  // a split separable verb (`valt … uit`) its joined word, when the thesaurus or the vocabulary has it.
  const phrased = readQueryPhrases(parseQuery(query), thesaurus);
  const joinable = separableCandidates(phrased);
  const vocabularyHas = joinable.length > 0 ? await knownWords(db, joinable, wordMemo) : new Set<string>();
  const terms = readSeparableVerbs(phrased, {
    isKnown: (word) => vocabularyHas.has(word) || thesaurus.terms.has(word) || thesaurus.weakWords.has(word),
    terms: thesaurus.terms,
  });
  const words = distinctWords(terms);
  if (words.length === 0) return { plan: null, suggestion: null };
  const candidates = [...new Set(words.flatMap((word) => splitCandidates(foldText(word))))];
  // Stop words (a fixed list, whatever the vocabulary) get their stems only: never looked up in it.
  // (As the analyzer decides it: its first token.)
  const stop = (word: string) => DUTCH_STOP_WORDS.has(tokenize(word)[0] ?? '');
  // One statement for the query words' expansions and the lexicon of their compound splitting.
  const looked = await lookUpWords(
    db,
    words,
    words.map((word) => !stop(word)),
    candidates,
    wordMemo,
  );
  const lexicon = looked.lexicon;
  const analyzer = createAnalyzer({
    isWord: (word) => lexicon.has(word),
    thesaurus,
    baseForms: true,
    linkedTails: true,
    searchWeakWords: true,
    searchTerms: true,
    senses: true,
  });
  const analyzed = new Map(words.map((word) => [word, analyzer.analyzeWord(word)]));
  // Compound parts: the long ones are expanded like query words; every part gets its stems, for the
  // compound's parts written apart (`burnout` → `burn out`).
  const parts = [...new Set([...analyzed.values()].flatMap((a) => a.parts))]
    .filter((part) => !words.includes(part))
    .slice(0, MAX_PARTS);
  const asked = [...words, ...parts];
  // Short parts get their stems only, as stop words do.
  const partRows = await expansionRows(
    db,
    parts,
    parts.map((part) => part.length >= MIN_PART_ALTERNATIVE),
    wordMemo,
  );
  const rows = [...looked.rows, ...partRows.map((row) => ({ ...row, ord: row.ord + words.length }))];
  const expansions = new Map<string, WordExpansion>();
  const suggestions = new Map<string, string>();
  // Those "Bedoelde u …" offers (suggestion-offer.ts): a word an idea holds, in its written form.
  const offers = new Map<string, string>();
  // The parts of a hyphenated word (`e-health` → `health`) get no suggestion of their own, as in the
  // static export: the joined form stands for them.
  const partsOnly = new Set(
    terms.filter((t) => t.joined !== undefined).flatMap((t) => t.words.filter((w) => w !== t.joined)),
  );
  // Nor do the words of a thesaurus phrase: they are the phrase's, known words.
  for (const term of terms) if (term.concept !== undefined) for (const w of term.words) partsOnly.add(w);
  for (const term of terms)
    if (term.joined === undefined && term.concept === undefined)
      for (const w of term.words) partsOnly.delete(w);
  for (const row of rows) {
    const word = itemAt(asked, row.ord - 1);
    const vocabulary: VocabularyCandidate[] = row.vocabulary.map(([w, lexeme]) => ({ word: w, lexeme }));
    // A weak word (`verlagen`, `minder`: the thesaurus' list) and a compound part (split off against
    // the vocabulary) are known words: never read as a typo of another word (`verlagen` is not
    // `verslagen`, the part `kinder` of `kinderopvang` not `minder`), as in the static export.
    const part = row.ord > words.length;
    let weak = analyzed.get(word)?.weak === true;
    const suggested =
      part || partsOnly.has(word) || weak
        ? null
        : suggestWord(row.norm, row.stems, vocabulary, thesaurus.terms, thesaurus.weakWords);
    if (suggested) {
      suggestions.set(word, suggested);
      // "Bedoelde u …" only as suggestion-offer.ts decides (the static export asks the same function).
      const held = vocabulary.some((candidate) => candidate.word === suggested);
      if (offersSuggestion(row.norm, suggested, held, thesaurus.terms, thesaurus.weakWords))
        offers.set(word, suggested);
    }
    // A typo of a weak word (`verlaagen`) is that weak word: it finds the weak word's forms and only ranks.
    const meantWeak = isWeakTypo(suggested, thesaurus.weakWords);
    if (meantWeak) {
      weak = true;
      analyzed.set(word, { ...valueFor(analyzed, word), weak });
    }
    const expansion = expandWord(row.norm, row.stems, vocabulary, weak || part);
    // The weak word's forms the ideas hold (`verminderd` for `verminderren` → `verminderen`): the meant
    // word expanded as a known word over the same vocabulary, as the static export searches it.
    const meant = meantWeak && suggested ? expandWord(suggested, [stem(suggested)], vocabulary, true) : null;
    expansions.set(
      word,
      meant ? { ...expansion, exact: [...new Set([...expansion.exact, ...meant.exact])].sort() } : expansion,
    );
  }
  // A misspelt word stands for what was probably meant: its concept groups and branch too.
  const branches = new Map<string, readonly string[]>();
  for (const word of words) {
    const meant = suggestions.get(word);
    const a = valueFor(analyzed, word);
    if (meant) {
      const m = analyzer.analyzeWord(meant);
      analyzed.set(word, { ...a, groups: [...new Set([...a.groups, ...m.groups])] });
    }
    const named = [word, ...(meant ? [meant] : [])].flatMap((w) => branchOfWord(w) ?? []);
    if (named.length > 0 && !a.stop) branches.set(word, [...new Set(named)]);
  }
  const synonyms = new Map<string, string[]>();
  const broader = new Map<string, string[]>();
  const nearTerms = new Map<string, string[]>();
  // The store's concepts are those of the bundled thesaurus (search-concepts.ts); another one (tests of
  // plain word matching) matches its synonyms by their stems.
  const synonymConcepts = new Map<string, { close: number[]; broader: number[] }>();
  const phraseThemes = new Map<string, string>();
  const phrasePostings = new Map<string, number>();
  // Each concept's synonyms in full first; the bound on the terms looked up is then shared out by
  // `shareSynonymTerms`, alike whatever the words' order (audit 8 finding 11: the first word's groups
  // took the whole bound, so `werkdruk nachtdienst` found no synonym of `nachtdienst`).
  const wanted = new Map<string, { close: readonly string[]; broader: readonly string[] }>();
  for (const term of terms) {
    if (term.negated || term.particle || isPhrase(term)) continue;
    if (term.concept !== undefined) {
      // A thesaurus phrase: its group's terms are its close synonyms (query-phrases.ts).
      const label = termLabel(term);
      const group = thesaurus.groups.find((g) => g.id === term.concept);
      if (!group || wanted.has(label)) continue;
      wanted.set(label, { close: group.terms, broader: [] });
      phraseThemes.set(label, group.theme);
      if (thesaurus === THESAURUS) {
        synonymConcepts.set(label, { close: conceptIds([group]), broader: [] });
        // Its posting number, used when it is a phrase with its stop words in place (tsquery.ts).
        const posting = phrasePostingNumber(term.words, thesaurus);
        if (posting !== null) phrasePostings.set(label, posting);
      }
      continue;
    }
    const word = term.joined ?? itemAt(term.words, 0);
    const a = valueFor(analyzed, word);
    if (a.stop || a.weak || wanted.has(word)) continue;
    wanted.set(word, synonymTiers(a));
    nearTerms.set(word, nearSynonyms(a));
    if (thesaurus === THESAURUS) {
      // Every group of the word: which ideas match does not depend on the bound below (the static
      // export matches every group too); the bound only limits the stems looked up.
      const groups = synonymGroupTiers(a);
      synonymConcepts.set(word, { close: conceptIds(groups.close), broader: conceptIds(groups.broader) });
    }
  }
  const shares = shareSynonymTerms(
    [...wanted.values()].map((w) => w.close.length + w.broader.length),
    MAX_SYNONYM_TERMS,
  );
  [...wanted].forEach(([label, w], k) => {
    const share = itemAt(shares, k);
    const close = w.close.slice(0, share);
    synonyms.set(label, close);
    broader.set(label, w.broader.slice(0, Math.max(0, share - close.length)));
  });
  const synonymTerms = [
    ...new Set([...synonyms.values(), ...broader.values(), ...nearTerms.values()].flat()),
  ];
  const synonymStems = new Map<string, readonly string[]>();
  if (synonymTerms.length > 0) {
    const stemRows = await expansionRows(
      db,
      synonymTerms,
      synonymTerms.map(() => false),
      wordMemo,
    );
    for (const row of stemRows) synonymStems.set(itemAt(synonymTerms, row.ord - 1), row.stems);
  }
  const positions =
    terms.reduce((n, term) => n + (term.particle ? 0 : term.words.length + (term.joined ? 1 : 0)), 0) +
    parts.length;
  const plan = buildSearchPlan({
    terms,
    expansions: boundExpansions(expansions, positions),
    analyzed,
    synonyms,
    broader,
    near: nearTerms,
    synonymStems,
    branches,
    synonymConcepts,
    phraseThemes,
    phrasePostings,
  });
  const suggestion = offers.size > 0 ? formatQuery(terms, offers) : null;
  const offered = offers.size > 0 ? { offered: { terms, offers } } : {};
  // Common synonyms, words and themes are read from the head of the table first (candidate-cap.ts
  // headPages). Not with a quoted phrase: every branch must hold it, and the index would serve the head
  // through it (for `"te laat"` that doubled the bitmap work).
  if (plan.concepts.length === 0 || plan.concepts.some((c) => c.required))
    return { plan, suggestion, ...offered };
  const groups = [...new Set(plan.concepts.flatMap((c) => [...c.synonymConcepts, ...c.broaderConcepts]))];
  const stats = await keptConceptStatistics(db);
  const head = (share: number) => headPages(share, stats.pages, stats.tuples);
  const synonymHead = groups.length > 0 ? head(anyConceptShare(groups, stats.shares)) : 0;
  // A phrase read by its postings counts as the share of ideas holding them, not its word's share.
  const literal = plan.concepts
    .filter((c) => c.posting === undefined)
    .map((c) => c.literal)
    .join(' | ');
  const postings = plan.concepts.flatMap((c) => (c.posting === undefined ? [] : [c.posting]));
  const literalShare =
    1 - (1 - anyLexemeShare(literal, stats.lexemeShares)) * (1 - anyConceptShare(postings, stats.shares));
  const literalHead = head(literalShare);
  // Themes and branches the words name (their published labels: the public view's columns).
  const labels = [...new Set(plan.concepts.flatMap((c) => [...c.themes, ...c.branches]))];
  const metadataHead = labels.length > 0 ? head(anyLabelShare(labels, stats.labelShares)) : 0;
  return {
    plan: {
      ...plan,
      ...(synonymHead > 0 ? { synonymHead } : {}),
      ...(literalHead > 0 ? { literalHead } : {}),
      ...(metadataHead > 0 ? { metadataHead } : {}),
    },
    suggestion,
    ...offered,
  };
}

/**
 * The expansion rows of `words` and which of `candidates` (folded words) the vocabulary holds, asking
 * in one statement only what is not kept (`memo`; stems-only words in the database object's memo).
 */
async function lookUpWords(
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
async function knownWords(
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
async function expansionRows(
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
 * Runs the search statement with sequential scans disabled, when `db` is a whole database (its adapter
 * sets it for that one statement: `Database.readByIndex`); inside a caller's transaction, as it is. With a cap on the candidates, the planner expects to find them soonest by
 * reading the table in order and testing every idea's text; the text index finds them without reading
 * the ideas that do not match (at 100 000 synthetic ideas, 17 000 ideas were read for 1 000 candidates).
 * Every branch of the statement has an index to read, or reads the head of the table by a TID range
 * (candidate-cap.ts headPages; the curator's theme and branch have no index). On PostgreSQL the transaction wrapper raises the
 * statement time-out for writes; the read's own limit is put back. JIT compilation is off: the cost a
 * disabled scan adds (10^10) made PostgreSQL compile the statement with LLVM, seconds for a query that
 * runs in milliseconds (PGlite has no JIT).
 */
export async function readByIndex<Row>(
  db: Queryable,
  text: string,
  values: readonly unknown[],
): Promise<Row> {
  const row = isDatabase(db)
    ? await db.readByIndex<Row>(text, values)
    : (await db.query<Row>(text, values)).rows[0];
  // The statement aggregates, so it always answers one row.
  if (row === undefined) throw new Error('the search statement answered no row');
  return row;
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

function isDatabase(db: Queryable): db is Database {
  return typeof (db as Partial<Database>).readByIndex === 'function';
}

/** The search plan alone (the benchmark builds the main statement from it). */
export async function tsQueriesFor(db: Queryable, query: string): Promise<{ plan: SearchPlan | null }> {
  return { plan: (await planQuery(db, query)).plan };
}

export async function searchIdeas(
  db: Queryable,
  params: IdeaSearchParams,
  options: IdeaSearchOptions & { readonly audience: 'curator' },
): Promise<IdeaSearchResult & { readonly items: readonly CuratorSearchItem[] }>;
export async function searchIdeas(
  db: Queryable,
  params: IdeaSearchParams,
  options?: IdeaSearchOptions,
): Promise<IdeaSearchResult>;
/** Searches the ideas; `params` come from `parseIdeaSearchParams`. */
export async function searchIdeas(
  db: Queryable,
  params: IdeaSearchParams,
  options: IdeaSearchOptions = {},
): Promise<IdeaSearchResult> {
  const audience = options.audience ?? 'public';
  const planned = options.plan ?? (await planQuery(db, params.q, options.thesaurus));
  const { plan } = planned;
  const searched = plan !== null && plan.concepts.length > 0;
  const { text, params: values } = searchQuery({
    plan,
    filters: params.filters,
    limit: params.limit,
    offset: params.offset,
    audience,
    facetStrategy: options.facetStrategy,
  });
  // No words, no filters, no strategy asked for: the facet counts maintained on write answer.
  const row: SearchRow =
    options.facetStrategy === undefined && servesFromCounts(params, searched)
      ? await browseIdeas(db, { audience, limit: params.limit, offset: params.offset })
      : searched
        ? storedSearchRow.parse(await readByIndex<unknown>(db, text, values))
        : storedSearchRow.parse((await db.query(text, values)).rows[0]);
  const items = row.items.map((item) => {
    const base: IdeaSearchItem = {
      id: item.id,
      text: item.text,
      themes: item.themes,
      kind: item.kind,
      branch: item.branch,
      province: item.province,
      profession: item.profession,
      snippet: searched ? snippetFromHeadline(item.headline, item.text) : plainSnippet(item.text),
    };
    return audience === 'curator' ? { ...base, hidden: item.hidden } : base;
  });
  const result: IdeaSearchResult = { total: row.total, items, facets: facetCounts(row.facets) };
  // "Bedoelde u …" written as the ideas of this answer write the offered words (suggestion-offer.ts
  // writtenForm; the folded word where none does): no statement of its own, so a typo costs nothing more.
  const { offered } = planned;
  const texts = items.map((item) => item.text);
  const suggestion = offered
    ? formatQuery(
        offered.terms,
        new Map([...offered.offers].map(([word, meant]) => [word, writtenForm(meant, texts)])),
      )
    : planned.suggestion;
  if (!searched) return suggestion ? { ...result, query: { words: [], allWords: 0, suggestion } } : result;
  const [allWords = 0, ...perConcept] = row.concepts;
  return {
    ...result,
    query: {
      words: plan.concepts.map((concept, k) => ({ word: concept.label, ideas: perConcept[k] ?? 0 })),
      allWords,
      suggestion,
      ...(row.candidates >= MAX_CANDIDATES ? { capped: true } : {}),
    },
  };
}

/** One idea as public views show it (hidden → undefined): the contract's item, snippet = the whole text. */
export async function getPublicIdea(db: Queryable, id: string): Promise<IdeaSearchItem | undefined> {
  const row = (
    await db.query<Omit<IdeaSearchItem, 'snippet'>>(
      `SELECT id, text, public_themes AS themes, kind, public_branch AS branch, public_province AS province,
         public_profession AS profession
       FROM ideas WHERE id = $1 AND NOT hidden`,
      [id],
    )
  ).rows[0];
  return row ? { ...row, snippet: escapeHtml(row.text) } : undefined;
}
