/**
 * The parameters of an idea search, normalised once at the edge (CLI options or the query string of
 * `GET /api/ideas`): filter values go through the same label matching as the import, so `--branche ggz`
 * filters on `Geestelijke gezondheidszorg (GGZ)`; an unknown value filters on itself as written.
 */
import { ideasMessages } from '../text/ideas-messages.js';
import { IDEA_KINDS, KIND_NAMES, type IdeaKind } from './idea.js';
import { IDEA_LABELS, type IdeaLabelMatchers } from './known-labels.js';
import { labelKey } from '../contract/names.js';
import type { Facet } from './facets.js';

export { FACETS, type Facet } from './facets.js';

/** Default page size. */
export const DEFAULT_LIMIT = 20;
/** Largest page size; larger requests get this many. */
export const MAX_LIMIT = 100;
/** The longest query accepted, in characters; the rest is ignored. */
export const MAX_QUERY_LENGTH = 500;

export interface IdeaSearchParams {
  /** The words to search for; empty = every idea. */
  readonly q: string;
  /** Per facet the accepted values (any of them); empty = no filter. */
  readonly filters: Readonly<Record<Facet, readonly string[]>>;
  /** 0–100, default 20. */
  readonly limit: number;
  /** ≥ 0, default 0. */
  readonly offset: number;
}

export interface SearchParamIssue {
  readonly parameter: string;
  readonly found: string;
  readonly expected: string;
  readonly message: string;
}

/** Thrown for parameters that cannot be read; the CLI turns it into a usage error, the API into a 400. */
export class InvalidSearchParams extends Error {
  readonly issues: readonly SearchParamIssue[];
  constructor(issues: readonly SearchParamIssue[]) {
    super(issues.map((issue) => issue.message).join('\n'));
    this.name = 'InvalidSearchParams';
    this.issues = issues;
  }
}

export type RawSearchParams = Readonly<Record<string, string | readonly string[] | number | undefined>>;

const KIND_BY_KEY = new Map<string, IdeaKind>();
for (const kind of IDEA_KINDS) for (const name of KIND_NAMES[kind]) KIND_BY_KEY.set(labelKey(name), kind);

function values(raw: string | readonly string[] | number | undefined): string[] {
  if (raw === undefined) return [];
  const list = typeof raw === 'string' || typeof raw === 'number' ? [String(raw)] : raw;
  return list.map((value) => value.trim().replace(/\s+/g, ' ')).filter((value) => value.length > 0);
}

/** Reads raw parameters (`q`, the five facets, `limit`, `offset`); throws {@link InvalidSearchParams}. */
export function parseIdeaSearchParams(
  raw: RawSearchParams,
  labels: IdeaLabelMatchers = IDEA_LABELS,
): IdeaSearchParams {
  const issues: SearchParamIssue[] = [];
  const issue = (parameter: string, found: string, expected: string) =>
    issues.push({
      parameter,
      found,
      expected,
      message: ideasMessages.badParameter(parameter, found, expected),
    });
  const wholeNumber = (name: string, fallback: number, max?: number): number => {
    const [written] = values(raw[name]);
    if (written === undefined) return fallback;
    if (!/^\d{1,9}$/.test(written)) {
      issue(name, written, ideasMessages.expectedWholeNumber(0, max));
      return fallback;
    }
    return max === undefined ? Number(written) : Math.min(Number(written), max);
  };
  const unique = (list: readonly string[]) => [...new Set(list)];
  const kinds: string[] = [];
  for (const written of values(raw.soort)) {
    const kind = KIND_BY_KEY.get(labelKey(written));
    if (kind) kinds.push(kind);
    else issue('soort', written, ideasMessages.expectedKind);
  }
  const params: IdeaSearchParams = {
    q: values(raw.q).join(' ').slice(0, MAX_QUERY_LENGTH),
    filters: {
      thema: unique(values(raw.thema).map((v) => labels.theme.match(v).label)),
      soort: unique(kinds),
      branche: unique(values(raw.branche).map((v) => labels.branch.match(v).label)),
      provincie: unique(values(raw.provincie).map((v) => labels.province.match(v).label)),
      beroep: unique(values(raw.beroep).map((v) => labels.profession.match(v).label)),
    },
    limit: wholeNumber('limit', DEFAULT_LIMIT, MAX_LIMIT),
    offset: wholeNumber('offset', 0),
  };
  if (issues.length > 0) throw new InvalidSearchParams(issues);
  return params;
}
