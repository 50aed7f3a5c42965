/**
 * The shape of a kept analysis (analysis-cache.ts), checked before the text read back from the store is
 * used: a kept result written by another build or damaged in the store fails here and is computed
 * again. Numbers may be NaN, ±Infinity or -0 (the kept text spells those out), so any number passes.
 */
import * as z from 'zod';
import type { AnalysisResult } from '../../core/analysis/result.js';
import { INDICATOR_IDS } from '../../core/contract/indicators.js';
import { WARNING_CODES } from '../../core/contract/problems.js';

const number = z.custom<number>((value) => typeof value === 'number');
const nullableNumber = number.nullable();
const quadrant = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const indicator = z.enum(INDICATOR_IDS);
const measure = z.string();
const outcome = z.enum(['tevreden_werk', 'tevreden_organisatie']);
const medians = z.object({ resources: number, demands: number });
const interval = z.tuple([number, number]).nullable();

const component = z.object({ indicator, weight: number, theme: z.string().nullable() });
const indexDefinition = z.object({
  id: z.string(),
  label: z.string(),
  resources: z.array(component),
  demands: z.array(component),
});

const values = z.record(
  z.string(),
  z.object({ value: number, lower: nullableNumber, upper: nullableNumber }).nullable(),
);
const other = z.record(z.string(), nullableNumber);

const profession = z.object({
  name: z.string(),
  slug: z.string(),
  resources: number,
  demands: number,
  quadrant,
  quadrantProbability: number,
  quadrantShares: z.tuple([number, number, number, number]),
  resourcesZ: number,
  demandsZ: number,
  values,
  ranks: z.record(z.string(), z.object({ rank: number, low: number, high: number })),
  other,
});

const correlation = z.object({
  x: measure,
  y: outcome,
  scale: z.enum(['raw', 'standardised']),
  pearson: nullableNumber,
  pearsonCI: interval,
  spearman: nullableNumber,
  spearmanCI: interval,
  n: number,
});

const keptAnalysis = z.object({
  dataset: z.object({
    file: z.string(),
    title: z.string(),
    example: z.boolean(),
    label: z.string().nullable(),
    period: z.string().nullable(),
    periods: z.array(z.string().nullable()),
  }),
  method: z.object({
    variant: indexDefinition,
    variants: z.array(z.string()),
    tieRule: z.literal('at-or-above-median-is-high'),
    draws: number,
    seed: number,
    sdFromBounds: z.literal('(upper - lower) / (2 * 1.96)'),
    correlationCI: z.string(),
    rankRule: z.string(),
  }),
  medians,
  professions: z.array(profession),
  // An analysis kept before unclassified professions carried their figures fails here and is redone.
  unclassified: z.array(
    z.object({ name: z.string(), slug: z.string(), missing: z.array(indicator), values, other }),
  ),
  correlations: z.array(correlation),
  quadrants: z.array(
    z.object({
      quadrant,
      count: number,
      tevreden_werk: nullableNumber,
      tevreden_organisatie: nullableNumber,
      n: z.object({ tevreden_werk: number, tevreden_organisatie: number }),
      professions: z.array(z.string()),
    }),
  ),
  standardised: z.object({
    medians,
    professions: z.array(z.object({ name: z.string(), resources: number, demands: number, quadrant })),
    correlations: z.array(correlation),
  }),
  spreads: z.array(
    z.object({
      measure,
      n: number,
      min: nullableNumber,
      max: nullableNumber,
      median: nullableNumber,
      sd: nullableNumber,
      iqr: nullableNumber,
      q1: nullableNumber,
      q3: nullableNumber,
    }),
  ),
  sensitivity: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      kind: z.enum(['variant', 'standardised', 'leave-one-out']),
      leftOut: indicator.nullable(),
      medians,
      changes: z.array(z.object({ name: z.string(), from: quadrant, to: quadrant })),
    }),
  ),
  warnings: z.array(
    z.object({
      code: z.enum(WARNING_CODES),
      message: z.string(),
      file: z.string(),
      row: number.optional(),
      column: z.string().optional(),
      found: z.string().optional(),
      expected: z.string().optional(),
    }),
  ),
});

/**
 * Whether a value read back from the kept text has the shape of an analysis. The value itself is used
 * (not the schema's copy), so its fields keep the order they were written in and its JSON stays the same.
 */
export function isKeptAnalysis(value: unknown): value is AnalysisResult {
  return keptAnalysis.safeParse(value).success;
}
