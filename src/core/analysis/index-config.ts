import * as z from 'zod';
import { INDICATOR_IDS, type IndicatorId } from '../contract/indicators.js';
import type { ComponentWeight, IndexDefinition } from './result.js';
import { configMessages } from '../text/config-messages.js';

// The analysis itself imports these from index-value.ts: it needs no validator (zod).
export { indexValue, withoutComponent } from './index-value.js';

/**
 * Index definitions are configuration (config/indices.json). A component is an indicator id, an
 * indicator with a weight, or a theme: the mean of its members, counting as one component. Weights
 * are normalised per index so they sum to 1.
 */
const indicatorId = z.enum(INDICATOR_IDS);
const member = z.union([
  indicatorId,
  z.object({ indicator: indicatorId, weight: z.number().positive().default(1) }),
]);
const component = z.union([
  member,
  z.object({
    theme: z.string().min(1),
    label: z.string().optional(),
    of: z.array(member).min(1),
    weight: z.number().positive().default(1),
  }),
]);
const variant = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, configMessages.variantId),
  label: z.string().min(1),
  resources: z.array(component).min(1),
  demands: z.array(component).min(1),
});
export const indexConfigSchema = z
  .object({ default: z.string(), variants: z.array(variant).min(1) })
  .refine((config) => config.variants.some((v) => v.id === config.default), {
    message: configMessages.defaultNotListed,
    path: ['default'],
  });

export type IndexConfigInput = z.input<typeof indexConfigSchema>;

/** A validated index configuration: every variant compiled to flat component weights. */
export interface IndexConfig {
  readonly defaultVariant: string;
  readonly variants: readonly IndexDefinition[];
}

/** Validates and compiles an index configuration; throws a ZodError naming the offending path. */
export function parseIndexConfig(input: unknown): IndexConfig {
  const config = indexConfigSchema.parse(input);
  return {
    defaultVariant: config.default,
    variants: config.variants.map((v) => ({
      id: v.id,
      label: v.label,
      resources: flatten(v.resources),
      demands: flatten(v.demands),
    })),
  };
}

type Component = z.output<typeof component>;
type Member = z.output<typeof member>;

function flatten(components: readonly Component[]): ComponentWeight[] {
  const raw: { indicator: IndicatorId; weight: number; theme: string | null }[] = [];
  for (const item of components) {
    if (typeof item === 'object' && 'theme' in item) {
      const members = item.of.map(normaliseMember);
      const total = members.reduce((sum, m) => sum + m.weight, 0);
      for (const m of members)
        raw.push({ indicator: m.indicator, weight: (item.weight * m.weight) / total, theme: item.theme });
    } else {
      raw.push({ ...normaliseMember(item), theme: null });
    }
  }
  const seen = new Set<IndicatorId>();
  for (const item of raw) {
    if (seen.has(item.indicator)) throw new Error(configMessages.indicatorTwice(item.indicator));
    seen.add(item.indicator);
  }
  const total = raw.reduce((sum, item) => sum + item.weight, 0);
  return raw.map((item) => ({ ...item, weight: item.weight / total }));
}

function normaliseMember(m: Member): { indicator: IndicatorId; weight: number } {
  return typeof m === 'string' ? { indicator: m, weight: 1 } : m;
}
