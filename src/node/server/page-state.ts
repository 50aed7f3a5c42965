/**
 * What a page URL carries besides its path: the reader's own profession (`?beroep=<slug>`, highlighted
 * in every figure and kept in every link, so a link can be shared) and the dataset version shown
 * (`?versie=<n>`, default the analyst's choice). The URL is the truth; the browser only remembers it.
 */
import { webMessages } from '../../core/text/web-messages.js';
import { HttpProblem } from './http-problem.js';
import { pageStateQuery } from './request/request-schemas.js';

export interface PageState {
  /** Slug of the highlighted profession, or null. Unknown slugs are ignored by the pages. */
  readonly beroep: string | null;
  /** Requested dataset version, or null for the shown one. */
  readonly versie: number | null;
}

export const EMPTY_STATE: PageState = { beroep: null, versie: null };

/**
 * Reads the state from query parameters through its schema (`pageStateQuery`): a malformed version is
 * a 400, a malformed slug is dropped.
 */
export function readPageState(query: (name: string) => string | undefined): PageState {
  const state = pageStateQuery.safeParse({ beroep: query('beroep'), versie: query('versie') });
  if (!state.success) throw new HttpProblem(400, state.error.issues[0]?.message ?? webMessages.badRequest);
  return state.data;
}

/** The state as query parameters, in a fixed order; empty fields left out. */
export function stateParams(state: PageState): [string, string][] {
  const params: [string, string][] = [];
  if (state.beroep) params.push(['beroep', state.beroep]);
  if (state.versie !== null) params.push(['versie', String(state.versie)]);
  return params;
}
