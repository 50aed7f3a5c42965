/**
 * The idea search behind `werkbalans ideas search` and `GET /api/ideas`: one function, one JSON shape
 * (data contract, "Ideas on the command line and over HTTP"). Two statements: expand the query words
 * against the vocabulary (the plan: query-plan.ts), then match, rank, page, highlight and count facets
 * in one go (search-query.ts).
 */
import { formatQuery } from '../../core/ideas/query-terms.js';
import type { Thesaurus } from '../../core/ideas/analyzer/thesaurus.js';
import type { LocalIdea } from '../../core/ideas/local-search.js';
import type { Facet, IdeaSearchParams } from '../../core/ideas/search-params.js';
import { escapeHtml, plainSnippet, snippetFromHeadline } from '../../core/ideas/snippet.js';
import { writtenForm } from '../../core/ideas/suggestion-offer.js';
import { MAX_CANDIDATES } from './candidate-cap.js';
import { isDatabase, type Queryable } from './database.js';
import { browseIdeas, servesFromCounts, type BrowseRow } from './ideas-facet-counts.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import type { Audience } from './search-columns.js';
import { facetCounts, type FacetStrategy } from './search-facets.js';
import { searchQuery } from './search-query.js';
import { storedSearchRow } from './stored-json.js';

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
