/**
 * One idea of the databank, normalised: the shape every importer produces and the store keeps.
 * `kind` is one of four; branch, province, profession and themes hold a known label or, when the value
 * matched none, the value as written (trimmed).
 */
import * as z from 'zod';

export const IDEA_KINDS = ['wens', 'kans', 'knelpunt', 'voorstel'] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number];

/** The longest accepted id; ids appear in permalinks. */
export const MAX_ID_LENGTH = 100;
/** The longest accepted idea text, in characters. */
export const MAX_TEXT_LENGTH = 10_000;

export const ideaSchema = z.object({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  text: z.string().min(1).max(MAX_TEXT_LENGTH),
  /** Theme labels, no duplicates, in the order written; empty when none. */
  themes: z.array(z.string().min(1)).default([]),
  kind: z.enum(IDEA_KINDS).nullable().default(null),
  branch: z.string().min(1).nullable().default(null),
  province: z.string().min(1).nullable().default(null),
  profession: z.string().min(1).nullable().default(null),
});

export type Idea = z.infer<typeof ideaSchema>;

/** Accepted spellings of each kind (plural and English too). */
export const KIND_NAMES: Readonly<Record<IdeaKind, readonly string[]>> = {
  wens: ['wens', 'wensen', 'wish'],
  kans: ['kans', 'kansen', 'opportunity'],
  knelpunt: ['knelpunt', 'knelpunten', 'bottleneck', 'problem'],
  voorstel: ['voorstel', 'voorstellen', 'proposal'],
};
