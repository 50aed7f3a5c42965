/**
 * The synonyms a query looks up (query-plan.ts): per word or thesaurus phrase its close, broader and
 * near synonym terms from the thesaurus (analyzer.ts), bounded together to {@link MAX_SYNONYM_TERMS}
 * and shared out alike between the concepts, their stems from one vocabulary statement, and (the
 * bundled thesaurus) their concept numbers in the store's postings (search-concepts.ts).
 */
import { itemAt, valueFor } from '../../core/contract/item-at.js';
import {
  nearSynonyms,
  synonymGroupTiers,
  synonymTiers,
  type AnalyzedWord,
} from '../../core/ideas/analyzer/analyzer.js';
import { THESAURUS, type Thesaurus } from '../../core/ideas/analyzer/thesaurus.js';
import { isPhrase, termLabel, type QueryTerm } from '../../core/ideas/query-terms.js';
import type { Queryable } from './database.js';
import type { WordMemo } from './plan-memo.js';
import { conceptIds, phrasePostingNumber } from './search-concepts.js';
import type { PlanInput } from './tsquery.js';
import { expansionRows } from './vocabulary-lookup.js';

/** The most thesaurus terms one query adds as synonyms (stems only, no vocabulary lookup). */
export const MAX_SYNONYM_TERMS = 48;

/**
 * How many of its synonym terms each concept may look up (`sizes`: how many it has) within `room`, alike
 * whatever the concepts' order: every concept gets the same cap (the largest that fits; fewer when it has
 * fewer), so a word with many groups cannot leave none to the next. What the cap cannot split evenly is
 * left unused.
 */
export function shareSynonymTerms(sizes: readonly number[], room: number): number[] {
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total <= room) return [...sizes];
  let cap = 0;
  while (sizes.reduce((sum, size) => sum + Math.min(size, cap + 1), 0) <= room) cap++;
  return sizes.map((size) => Math.min(size, cap));
}

/** What the synonyms add to a query's plan (tsquery.ts PlanInput). */
export type QuerySynonyms = Required<
  Pick<
    PlanInput,
    'synonyms' | 'broader' | 'near' | 'synonymStems' | 'synonymConcepts' | 'phraseThemes' | 'phrasePostings'
  >
>;

/** The synonyms of the query's `terms`, each word as `analyzed` (its groups those of a meant word too). */
export async function querySynonyms(
  db: Queryable,
  terms: readonly QueryTerm[],
  analyzed: ReadonlyMap<string, AnalyzedWord>,
  thesaurus: Thesaurus,
  wordMemo: WordMemo | undefined,
): Promise<QuerySynonyms> {
  const synonyms = new Map<string, string[]>();
  const broader = new Map<string, string[]>();
  const nearTerms = new Map<string, string[]>();
  // The store's concepts are those of the bundled thesaurus (search-concepts.ts); another one (tests of
  // plain word matching) matches its synonyms by their stems.
  const synonymConcepts = new Map<string, { close: number[]; broader: number[] }>();
  const phraseThemes = new Map<string, string>();
  const phrasePostings = new Map<string, number>();
  // Each concept's synonyms in full first; the bound on the terms looked up is then shared out by
  // `shareSynonymTerms`, alike whatever the words' order (audit 8 finding 11: the first word's groups
  // took the whole bound, so `werkdruk nachtdienst` found no synonym of `nachtdienst`).
  const wanted = new Map<string, { close: readonly string[]; broader: readonly string[] }>();
  for (const term of terms) {
    if (term.negated || term.particle || isPhrase(term)) continue;
    if (term.concept !== undefined) {
      // A thesaurus phrase: its group's terms are its close synonyms (query-phrases.ts).
      const label = termLabel(term);
      const group = thesaurus.groups.find((g) => g.id === term.concept);
      if (!group || wanted.has(label)) continue;
      wanted.set(label, { close: group.terms, broader: [] });
      phraseThemes.set(label, group.theme);
      if (thesaurus === THESAURUS) {
        synonymConcepts.set(label, { close: conceptIds([group]), broader: [] });
        // Its posting number, used when it is a phrase with its stop words in place (tsquery.ts).
        const posting = phrasePostingNumber(term.words, thesaurus);
        if (posting !== null) phrasePostings.set(label, posting);
      }
      continue;
    }
    const word = term.joined ?? itemAt(term.words, 0);
    const a = valueFor(analyzed, word);
    if (a.stop || a.weak || wanted.has(word)) continue;
    wanted.set(word, synonymTiers(a));
    nearTerms.set(word, nearSynonyms(a));
    if (thesaurus === THESAURUS) {
      // Every group of the word: which ideas match does not depend on the bound below (the static
      // export matches every group too); the bound only limits the stems looked up.
      const groups = synonymGroupTiers(a);
      synonymConcepts.set(word, { close: conceptIds(groups.close), broader: conceptIds(groups.broader) });
    }
  }
  const shares = shareSynonymTerms(
    [...wanted.values()].map((w) => w.close.length + w.broader.length),
    MAX_SYNONYM_TERMS,
  );
  [...wanted].forEach(([label, w], k) => {
    const share = itemAt(shares, k);
    const close = w.close.slice(0, share);
    synonyms.set(label, close);
    broader.set(label, w.broader.slice(0, Math.max(0, share - close.length)));
  });
  const synonymTerms = [
    ...new Set([...synonyms.values(), ...broader.values(), ...nearTerms.values()].flat()),
  ];
  const synonymStems = new Map<string, readonly string[]>();
  if (synonymTerms.length > 0) {
    const stemRows = await expansionRows(
      db,
      synonymTerms,
      synonymTerms.map(() => false),
      wordMemo,
    );
    for (const row of stemRows) synonymStems.set(itemAt(synonymTerms, row.ord - 1), row.stems);
  }
  return {
    synonyms,
    broader,
    near: nearTerms,
    synonymStems,
    synonymConcepts,
    phraseThemes,
    phrasePostings,
  };
}
