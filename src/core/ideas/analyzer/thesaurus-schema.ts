/** The shape of config/thesaurus.json (checked by a test and by `parseThesaurusConfig` at the edges). */
import * as z from 'zod';

export const thesaurusConfigSchema = z.strictObject({
  note: z.string(),
  version: z.number().int().positive(),
  weakWordsNote: z.string(),
  weakWords: z.array(z.string().regex(/^[a-z0-9]+$/)),
  /** Why the search-only weak words are weak in a query and nowhere else. */
  searchWeakWordsNote: z.string().optional(),
  /**
   * Weak in a search query only (analyzer option `searchWeakWords`): the grouping of ideas reads them
   * as content words, as before they were listed.
   */
  searchWeakWords: z.array(z.string().regex(/^[a-z0-9]+$/)).optional(),
  /** Why some groups have search-only terms (`searchTerms`), and what a term must be to be listed. */
  searchTermsNote: z.string().optional(),
  phrasesNote: z.string().optional(),
  groups: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/),
        concept: z.string().min(1),
        theme: z.string().min(1),
        why: z.string().min(1),
        /** An umbrella group: its terms are broader synonyms of a word that also has a narrower group. */
        broad: z.boolean().optional(),
        terms: z.array(z.string().regex(/^[a-z0-9]+$/)).min(2),
        /**
         * Words of the group in a search only (analyzer option `searchTerms`, the synonym tiers and the
         * server's concept postings): the grouping of ideas does not read them, so its clusters stay.
         */
        searchTerms: z.array(z.string().regex(/^[a-z0-9]+$/)).optional(),
        /** Why the search-only terms belong to the group. */
        searchTermsWhy: z.string().optional(),
        /** Query phrases read as this group (thesaurus.ts `phrases`): lower case words, one space apart. */
        phrases: z.array(z.string().regex(/^[a-z0-9']+( [a-z0-9']+)+$/)).optional(),
      }),
    )
    .min(1),
});

export type ThesaurusConfig = z.infer<typeof thesaurusConfigSchema>;
export type ThesaurusGroup = ThesaurusConfig['groups'][number];

export function parseThesaurusConfig(json: unknown): ThesaurusConfig {
  return thesaurusConfigSchema.parse(json);
}
