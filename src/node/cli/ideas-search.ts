import {
  InvalidSearchParams,
  parseIdeaSearchParams,
  FACETS,
  type IdeaSearchParams,
} from '../../core/ideas/search-params.js';
import { formatCount } from '../../core/text/format.js';
import { ideasMessages } from '../../core/text/ideas-messages.js';
import { ideasPageText } from '../../core/text/page-text.js';
import { ideasNotice } from '../../core/text/labels.js';
import { matchNotes } from '../../core/ideas/results-html.js';
import { queryLimitNotes } from '../../core/ideas/query-limits.js';
import { unquotedQuery } from '../../core/ideas/unquoted-query.js';
import { THEMES } from '../../core/ideas/themes.js';
import type { ExampleIdeas } from '../../core/ideas/example-ideas.js';
import type { IdeaSearchResult } from '../store/index.js';
import { UsageError, type CliEffects } from './effects.js';
import { openIdeasStore } from './ideas-store.js';

export interface IdeasSearchCliOptions {
  readonly thema?: string;
  readonly soort?: string;
  readonly branche?: string;
  readonly provincie?: string;
  readonly beroep?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly json?: boolean;
  readonly data?: string;
}

/** Facet values listed per facet in the readable output. */
const FACET_VALUES_SHOWN = 6;

/** A snippet (escaped HTML with <mark>) as terminal text: matches between «». */
function plain(snippet: string): string {
  return snippet
    .replace(/<mark>/g, '«')
    .replace(/<\/mark>/g, '»')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The help the ideas page gives, as lines (the same sentences, src/core/text): "Bedoelde u …", which
 * words matched when not all did, which words were not searched (past the bounds of one query: `typed`
 * is the query before its length cut), that the counts are lower bounds when the search was capped, and
 * the words without quotes when a quoted phrase found nothing.
 */
function helpLines(result: IdeaSearchResult, query: string, typed: string): string[] {
  const lines: string[] = [];
  const report = result.query;
  if (report?.suggestion)
    lines.push(
      `${ideasPageText.didYouMean} ${report.suggestion}? (${ideasMessages.searchCommand(report.suggestion)})`,
    );
  if (report) lines.push(...queryLimitNotes(typed));
  const atLeast = report?.capped === true;
  if (report) lines.push(...matchNotes(report, result.total));
  if (atLeast) lines.push(ideasPageText.cappedNote);
  const loose = result.total === 0 ? unquotedQuery(query) : null;
  if (loose !== null)
    lines.push(`${ideasPageText.phraseNone} ${ideasPageText.unquoted} ${ideasMessages.searchCommand(loose)}`);
  return lines;
}

/**
 * The readable answer of `ideas search` (without --json): count, help, the ideas, the facet counts.
 * `themes` are the themes offered after a search that found nothing (those holding ideas in the store;
 * null: the store holds none), `data` the user's `--data` folder, kept in the suggested commands.
 */
export function readableSearch(
  result: IdeaSearchResult,
  query: string,
  offset: number,
  example: ExampleIdeas = 'none',
  typed: string = query,
  themes: readonly string[] | null = THEMES.map((theme) => theme.label),
  data?: string,
): string {
  const atLeast = result.query?.capped === true;
  const lines = [
    // Constructed example ideas say so, as every page showing them does.
    ...(example === 'all'
      ? [ideasPageText.exampleNote]
      : example === 'some'
        ? [ideasPageText.exampleNoteSome]
        : []),
    query && atLeast
      ? ideasMessages.searchTotalAtLeast(result.total, query)
      : ideasMessages.searchTotal(result.total, query),
    ...helpLines(result, query, typed),
  ];
  if (result.items.length === 0) {
    lines.push(ideasMessages.searchNone);
    // No dead end, as on the ideas page (results-html.ts): the themes that hold ideas, with the command
    // for each (and the user's --data), or how to fill an empty store. Only when nothing matched: a
    // page past the last result has results to page back to.
    if (result.total === 0 && themes === null) lines.push('', ideasMessages.searchStoreEmpty(data));
    else if (result.total === 0 && themes !== null && themes.length > 0)
      lines.push(
        '',
        ideasMessages.searchNoneThemes,
        ...themes.map((theme) => ideasMessages.searchThemeLine(theme, data)),
      );
    return `${lines.join('\n')}\n`;
  }
  const to = offset + result.items.length;
  lines.push(
    atLeast
      ? ideasMessages.searchPageAtLeast(offset + 1, to, result.total)
      : ideasMessages.searchPage(offset + 1, to, result.total),
    '',
  );
  result.items.forEach((item, i) => {
    lines.push(`${formatCount(offset + i + 1)}. ${plain(item.snippet)}`);
    const about = [item.kind, item.branch, item.province, item.profession].filter(Boolean).join(' · ');
    const themes = item.themes.join(', ');
    lines.push(`   ${[about, themes].filter(Boolean).join(' — ')} [${item.id}]`);
  });
  lines.push('', ideasMessages.searchFacetsHeader);
  const count = atLeast
    ? ideasMessages.searchFacetAtLeast
    : (value: string, n: number) => `${value} (${formatCount(n)})`;
  for (const facet of FACETS) {
    const entries = Object.entries(result.facets[facet]);
    if (entries.length === 0) continue;
    const shown = entries.slice(0, FACET_VALUES_SHOWN).map(([value, n]) => count(value, n));
    const more = entries.length > FACET_VALUES_SHOWN ? ', …' : '';
    lines.push(`  ${ideasMessages.facetNames[facet]}: ${shown.join(', ')}${more}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The themes that hold ideas in the store, in the themes' order (then any other theme the store
 * holds), from the facet counts of a search without words or filters; null when the store is empty.
 */
async function themesWithIdeas(ideas: {
  search(params: IdeaSearchParams): Promise<IdeaSearchResult>;
}): Promise<string[] | null> {
  const all = await ideas.search(parseIdeaSearchParams({ limit: 1 }));
  if (all.total === 0) return null;
  const held = Object.entries(all.facets.thema)
    .filter(([, n]) => n > 0)
    .map(([theme]) => theme);
  const order = THEMES.map((theme) => theme.label);
  return [...order.filter((theme) => held.includes(theme)), ...held.filter((t) => !order.includes(t))];
}

/** `werkbalans ideas search [QUERY]`: the contract's JSON with --json, else a Dutch list. */
export async function run(
  query: string | undefined,
  options: IdeasSearchCliOptions,
  effects: CliEffects,
): Promise<void> {
  let params;
  try {
    params = parseIdeaSearchParams({
      q: query,
      thema: options.thema,
      soort: options.soort,
      branche: options.branche,
      provincie: options.provincie,
      beroep: options.beroep,
      limit: options.limit,
      offset: options.offset,
    });
  } catch (error) {
    if (error instanceof InvalidSearchParams) throw new UsageError(error.message);
    throw error;
  }
  const store = await openIdeasStore(options.data, effects);
  try {
    const result = await store.ideas.search(params);
    const example = await store.ideas.exampleStatus();
    // The same document as GET /api/ideas: the contract's fields, then `notice` (labels.ts).
    if (options.json) {
      effects.stdout(`${JSON.stringify({ ...result, notice: ideasNotice(example) }, null, 2)}\n`);
      return;
    }
    const themes = result.total === 0 ? await themesWithIdeas(store.ideas) : [];
    effects.stdout(
      readableSearch(result, params.q, params.offset, example, query ?? '', themes, options.data),
    );
  } finally {
    await store.close();
  }
}
