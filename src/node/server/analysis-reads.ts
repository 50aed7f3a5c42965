/**
 * Which analyses a read request reads, judged from its address as its route reads it, so that
 * request-cost.ts can charge one that is not kept (session 29: with more dataset versions than the
 * analysis cache holds, a client cycling `?versie=` through `/api/analysis`, `/methode`, `/beroepen` …
 * had an analysis computed — a Monte Carlo of 10 000 draws, or its copy kept in the store read back —
 * for a page's price on every request).
 *
 * - The API's analysis routes and the analysis files (`/api/analysis`, `/api/professions[/<slug>]`,
 *   `/downloads/analyse.{json,csv,xlsx}`, `analyse-excel.csv`, `/downloads/figuren/<id>.{svg,png}`)
 *   read `?dataset=` (else `?versie=`) and `?variant=`, through their schema (`analysisQuery`).
 * - Every other page reads the version of its state (`?versie=`, `pageStateQuery`, page-view.ts) in
 *   the default variant; the quadrants (`/kwadranten`) in every variant, as they show them all; a
 *   figure drawing (`/figuren/<variant>/…`) reads its variant too, and the
 *   comparison of two versions (`/vergelijk`, its files) reads `?a=` and `?b=` (`compareQuery`).
 * - The rest of the API, the assets, the embed script, the ideas' own files and the themes' figures
 *   read none.
 *
 * Each read is the first value of a parameter, as the routes take it; a value the schema refuses is a
 * 400 before any analysis is read, so such an address reads none. `version` undefined is the shown
 * version; `variant` undefined the default one. When `/vergelijk` names neither version it compares the
 * two newest, which only the store knows: the shown one is counted (the page's own version).
 */
import type { z } from 'zod';
import { analysisQuery, compareQuery, pageStateQuery } from './request/request-schemas.js';

export interface AnalysisRead {
  readonly version: number | undefined;
  readonly variant: string | undefined;
  /** The version is read in every variant of the configuration (`variant` is then ignored). */
  readonly everyVariant?: boolean;
}

const ANALYSIS_QUERY =
  /^\/(?:api\/(?:analysis|professions(?:\/[^/]+)?)|downloads\/(?:analyse(?:-excel)?\.(?:json|csv|xlsx)|figuren\/[a-z0-9-]+\.(?:svg|png)))$/;
const READS_NONE =
  /^\/(?:api(?:\/.*)?|assets\/.*|insluiten\.js|ideeen\/ideeen\.(?:json|js)|ideeen\/themas\/figuren\/.*)$/;
const DRAWING = /^\/figuren\/([^/]+)\/[^/]+\/[0-9]+\.svg$/;
/** The quadrants page: every variant's quadrants (pages-quadrants.tsx). */
const EVERY_VARIANT = /^\/kwadranten$/;
const VERSIONS_COMPARED = /^\/vergelijk(?:\/vergelijking(?:-excel)?\.(?:csv|json))?$/;

/** The analyses `GET url` reads (one may be named twice); `path` is the path as the router reads it. */
export function analysesRead(path: string, url: URL): readonly AnalysisRead[] {
  const query = queryOf(url);
  if (ANALYSIS_QUERY.test(path)) {
    const read = parsed(analysisQuery, query);
    return read ? [read] : [];
  }
  if (READS_NONE.test(path)) return [];
  const state = parsed(pageStateQuery, query);
  if (!state) return [];
  const page: AnalysisRead = {
    version: state.versie ?? undefined,
    variant: undefined,
    ...(EVERY_VARIANT.test(path) ? { everyVariant: true } : {}),
  };
  const reads = [page];
  const variant = DRAWING.exec(path)?.[1];
  if (variant !== undefined) reads.push({ version: page.version, variant: decoded(variant) });
  if (VERSIONS_COMPARED.test(path)) {
    const compared = parsed(compareQuery, query);
    if (!compared) return [];
    for (const version of [compared.a, compared.b])
      if (version !== undefined) reads.push({ version, variant: undefined });
  }
  return reads;
}

/** The query as the routes' validator hands it to a schema: every value of each name, in order. */
function queryOf(url: URL): Record<string, string[]> {
  const query: Record<string, string[]> = {};
  for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
  return query;
}

function parsed<T extends z.ZodType>(schema: T, query: Record<string, string[]>): z.output<T> | undefined {
  const result = schema.safeParse(query);
  return result.success ? result.data : undefined;
}

/** A path segment as the router hands it to the route (decoded); one that does not decode, as sent. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
