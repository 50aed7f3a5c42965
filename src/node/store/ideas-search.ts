/**
 * The idea search behind `werkbalans ideas search` and `GET /api/ideas`: one function, one JSON shape
 * (data contract, "Ideas on the command line and over HTTP"). Two statements: expand the query words
 * against the vocabulary, then match, rank, page, highlight and count facets in one go.
 */
import { distinctWords, parseQuery } from '../../core/ideas/query-terms.js';
import type { Facet, IdeaSearchParams } from '../../core/ideas/search-params.js';
import {
  expansionQuery,
  facetCounts,
  searchQuery,
  type Audience,
  type FacetStrategy,
} from '../../core/ideas/search-query.js';
import { escapeHtml, plainSnippet, snippetFromHeadline } from '../../core/ideas/snippet.js';
import {
  boundExpansions,
  expandWord,
  type VocabularyCandidate,
  type WordExpansion,
} from '../../core/ideas/term-expansion.js';
import { buildTsQueries, type TsQueries } from '../../core/ideas/tsquery.js';
import type { LocalIdea } from '../../core/ideas/local-search.js';
import type { Queryable } from './database.js';

/**
 * One idea in a search result (contract field names): the public fields a static export also carries,
 * absent attributes null, and its snippet.
 */
export interface IdeaSearchItem extends LocalIdea {
  /** HTML: escaped text in which only `<mark>…</mark>` is markup. */
  readonly snippet: string;
}

/** The contract's JSON document. */
export interface IdeaSearchResult {
  readonly total: number;
  readonly items: readonly IdeaSearchItem[];
  readonly facets: Readonly<Record<Facet, Readonly<Record<string, number>>>>;
}

/** A curator's result also says which ideas are hidden. */
export interface CuratorSearchItem extends IdeaSearchItem {
  readonly hidden: boolean;
}

export interface IdeaSearchOptions {
  /** `public` (default): hidden ideas left out, province and profession under the k-anonymity rule. */
  readonly audience?: Audience;
  readonly facetStrategy?: FacetStrategy;
}

interface ExpansionRow {
  ord: number;
  norm: string;
  stems: string[];
  vocabulary: [string, string][];
}

interface SearchRow {
  total: number;
  items: {
    id: string;
    text: string;
    themes: string[];
    kind: string | null;
    branch: string | null;
    province: string | null;
    profession: string | null;
    hidden: boolean;
    headline: string | null;
  }[];
  facets: [string, string | null, number, number][];
}

/** The tsqueries for a query text: its words expanded over the vocabulary (one statement). */
export async function tsQueriesFor(db: Queryable, query: string): Promise<TsQueries> {
  const terms = parseQuery(query);
  const words = distinctWords(terms);
  if (words.length === 0) return { match: null, exact: null };
  const { text, params } = expansionQuery(words);
  const rows = (await db.query<ExpansionRow>(text, params)).rows;
  const expansions = new Map<string, WordExpansion>();
  for (const row of rows) {
    const vocabulary: VocabularyCandidate[] = row.vocabulary.map(([word, lexeme]) => ({ word, lexeme }));
    expansions.set(words[row.ord - 1]!, expandWord(row.norm, row.stems, vocabulary));
  }
  const positions = terms.reduce((n, term) => n + term.words.length, 0);
  return buildTsQueries(terms, boundExpansions(expansions, positions));
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
  const queries = await tsQueriesFor(db, params.q);
  const { text, params: values } = searchQuery({
    match: queries.match,
    exact: queries.exact,
    filters: params.filters,
    limit: params.limit,
    offset: params.offset,
    audience,
    facetStrategy: options.facetStrategy,
  });
  const row = (await db.query<SearchRow>(text, values)).rows[0]!;
  const items = row.items.map((item) => {
    const base: IdeaSearchItem = {
      id: item.id,
      text: item.text,
      themes: item.themes,
      kind: item.kind,
      branch: item.branch,
      province: item.province,
      profession: item.profession,
      snippet: queries.match ? snippetFromHeadline(item.headline, item.text) : plainSnippet(item.text),
    };
    return audience === 'curator' ? { ...base, hidden: item.hidden } : base;
  });
  return { total: row.total, items, facets: facetCounts(row.facets) };
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
