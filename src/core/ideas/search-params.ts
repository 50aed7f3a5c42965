/**
 * The parameters of an idea search, normalised once at the edge (CLI options or the query string of
 * `GET /api/ideas`): filter values go through the same label matching as the import, so `--branche ggz`
 * filters on `Geestelijke gezondheidszorg (GGZ)`; an unknown value filters on itself as written.
 */
import * as z from 'zod';
import { ideasMessages } from '../text/ideas-messages.js';
import { IDEA_KINDS, KIND_NAMES, type IdeaKind } from './idea.js';
import { IDEA_LABELS, type IdeaLabelMatchers } from './known-labels.js';
import type { LabelMatcher } from './label-matcher.js';
import { labelKey } from '../contract/names.js';
import type { Facet } from './facets.js';
import { MAX_QUERY_LENGTH, searchedQuery } from './query-terms.js';

export { FACETS, type Facet } from './facets.js';

/** Default page size. */
export const DEFAULT_LIMIT = 20;
/** Largest page size; larger requests get this many. */
export const MAX_LIMIT = 100;
/** The longest query accepted, in characters; the rest is ignored (query-terms.ts). */
export { MAX_QUERY_LENGTH };

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

/** A parameter's written values, trimmed, inner white space single, empty ones left out. */
const written = z
  .union([z.string(), z.number(), z.array(z.string())])
  .optional()
  .transform((raw): string[] => {
    if (raw === undefined) return [];
    const list = typeof raw === 'string' || typeof raw === 'number' ? [String(raw)] : raw;
    return list.map((value) => value.trim().replace(/\s+/g, ' ')).filter((value) => value.length > 0);
  });

/** The issue of a parameter value that cannot be read; zod adds the parameter as its path. */
function refuse(ctx: z.RefinementCtx, parameter: string, found: string, expected: string): void {
  ctx.addIssue({
    code: 'custom',
    message: ideasMessages.badParameter(parameter, found, expected),
    params: { found, expected },
  });
}

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];

/** A label filter: each value matched as the import matches it; an unknown one filters on itself. */
const labelFilter = (matcher: LabelMatcher) =>
  written.transform((values) => unique(values.map((value) => matcher.match(value).label)));

/** The largest whole number a parameter is read as (nine digits). */
const LARGEST_WHOLE_NUMBER = 999_999_999;

/** A whole number from 0 (the first value), at most `max`; `fallback` when not given. */
const wholeNumber = (parameter: string, fallback: number, max?: number) =>
  written.transform(([first], ctx) => {
    if (first === undefined) return fallback;
    if (!/^\d{1,9}$/.test(first)) {
      // Digits beyond nine are a number too large, not a wrong kind of value: the answer names the bound.
      refuse(ctx, parameter, first, ideasMessages.expectedWholeNumber(0, max ?? LARGEST_WHOLE_NUMBER));
      return fallback;
    }
    return max === undefined ? Number(first) : Math.min(Number(first), max);
  });

/** The kinds asked for, each by any of its names; one outside the four is an issue. */
const kinds = written.transform((values, ctx) => {
  const found: IdeaKind[] = [];
  for (const value of values) {
    const kind = KIND_BY_KEY.get(labelKey(value));
    if (kind) found.push(kind);
    else refuse(ctx, 'soort', value, ideasMessages.expectedKind);
  }
  return unique(found);
});

/**
 * The schema of an idea search's parameters (`q`, the five facets, `limit`, `offset`), as the query
 * string of `GET /api/ideas` and the CLI's options give them: one value as text (or a number), a
 * repeated one as a list. Other parameters are ignored; each value that cannot be read is an issue
 * naming its parameter, with what was found and what was expected.
 */
export function ideaSearchSchema(labels: IdeaLabelMatchers = IDEA_LABELS) {
  return z
    .object({
      q: written.transform((values) => searchedQuery(values.join(' '))),
      thema: labelFilter(labels.theme),
      soort: kinds,
      branche: labelFilter(labels.branch),
      provincie: labelFilter(labels.province),
      beroep: labelFilter(labels.profession),
      limit: wholeNumber('limit', DEFAULT_LIMIT, MAX_LIMIT),
      offset: wholeNumber('offset', 0),
    })
    .transform(({ q, limit, offset, ...filters }): IdeaSearchParams => ({ q, filters, limit, offset }));
}

/** The search parameters with the known labels of the contract and config/themes.json. */
export const ideaSearchParams = ideaSearchSchema();

/** Reads raw parameters through {@link ideaSearchSchema}; throws {@link InvalidSearchParams}. */
export function parseIdeaSearchParams(
  raw: RawSearchParams,
  labels: IdeaLabelMatchers = IDEA_LABELS,
): IdeaSearchParams {
  const result = (labels === IDEA_LABELS ? ideaSearchParams : ideaSearchSchema(labels)).safeParse(raw);
  if (result.success) return result.data;
  throw new InvalidSearchParams(
    result.error.issues.map((issue) => {
      const params = (issue.code === 'custom' ? issue.params : undefined) as
        { found: string; expected: string } | undefined;
      return {
        parameter: issue.path.map(String).join('.'),
        found: params?.found ?? '',
        expected: params?.expected ?? '',
        message: issue.message,
      };
    }),
  );
}
