/**
 * JSON columns read back with a schema, never cast: a dataset's observations, periods and warnings, an
 * idea's snapshot in its history, the theme figures. The drivers hand over JSON parsed (PostgreSQL) or
 * as text (some PGlite paths); both go through {@link parseStored}, which throws on a shape the code
 * did not write — a broken store, not a user's mistake.
 */
import * as z from 'zod';
import { WARNING_CODES } from '../../core/contract/problems.js';
import { SURVEY_FORMATS } from '../../core/contract/table.js';
import { IDEA_KINDS } from '../../core/ideas/idea.js';

/** A JSON column's value as `schema` reads it. */
export function parseStored<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  return schema.parse(typeof value === 'string' ? JSON.parse(value) : value);
}

const nullableNumber = z.number().nullable();

/** `datasets.observations`. */
export const storedObservations = z.array(
  z.object({
    profession: z.string(),
    indicator: z.string(),
    period: z.string().nullable(),
    value: nullableNumber,
    lower: nullableNumber,
    upper: nullableNumber,
    row: z.number(),
  }),
);

/** `datasets.periods`. */
export const storedPeriods = z.array(z.string().nullable());

const storedWarning = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  file: z.string(),
  row: z.number().optional(),
  column: z.string().optional(),
  found: z.string().optional(),
  expected: z.string().optional(),
});

/**
 * `datasets.warnings` of the table stored as `file`: coded warnings, or the bare sentences a store
 * kept before warnings carried codes (read back as `earlier-note`).
 */
export const storedWarnings = (file: string) =>
  z.array(
    z.union([
      storedWarning,
      z.string().transform((message) => ({ code: 'earlier-note' as const, message, file })),
    ]),
  );

/** `datasets.source_format`. */
export const storedFormat = z.enum(SURVEY_FORMATS);

/** `idea_history.snapshot` (and the current row as `to_jsonb`): the fields a version shows. */
export const storedIdeaSnapshot = z.object({
  id: z.string(),
  text: z.string(),
  themes: z.array(z.string()).nullable().default(null),
  kind: z.enum(IDEA_KINDS).nullable().default(null),
  branch: z.string().nullable().default(null),
  province: z.string().nullable().default(null),
  profession: z.string().nullable().default(null),
  hidden: z.boolean().default(false),
  action: z.enum(['import', 'add', 'edit', 'hide', 'unhide', 'retheme', 'relabel', 'accept-label', 'remask']),
  reason: z.string().nullable().default(null),
});

/** `solution_history.detail`: an object of recorded fields (the scrub reads its arrays of groups). */
export const storedHistoryDetail = z.record(z.string(), z.unknown());

const count = z.number().int();
/** A JSON aggregate column: parsed by the driver, or text. */
const jsonColumn = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value): unknown => (typeof value === 'string' ? JSON.parse(value) : value), schema);

/** The theme figures' JSON aggregates (ideas-themes.ts). */
export const storedThemeStats = z.object({
  total: count,
  themes: jsonColumn(z.array(z.object({ theme: z.string(), count }))),
  byBranch: jsonColumn(z.array(z.object({ theme: z.string(), branch: z.string(), count }))),
  together: jsonColumn(z.array(z.object({ a: z.string(), b: z.string(), count }))),
});

const nullableText = z.string().nullable();

/**
 * The row of the search statement (search-query.ts) and of `browseIdeas` (ideas-facet-counts.ts):
 * the counts, the page of ideas, per concept how many ideas hold it, and the facet rows
 * `[facet, value, misses, count]`.
 */
export const storedSearchRow = z.object({
  total: count,
  candidates: count,
  items: jsonColumn(
    z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        themes: z.array(z.string()),
        kind: nullableText,
        branch: nullableText,
        province: nullableText,
        profession: nullableText,
        hidden: z.boolean(),
        headline: nullableText,
      }),
    ),
  ),
  facets: jsonColumn(z.array(z.tuple([z.string(), nullableText, count, count]))),
  concepts: jsonColumn(z.array(count)),
});

/** The rows of the word-expansion statement (expansion-query.ts): each word's stems and vocabulary. */
export const storedExpansionRows = z.array(
  z.object({
    ord: count,
    norm: z.string(),
    stems: z.array(z.string()),
    vocabulary: jsonColumn(z.array(z.tuple([z.string(), z.string()]))),
  }),
);
