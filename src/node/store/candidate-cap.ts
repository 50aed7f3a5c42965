/**
 * The bound on one text query's work (issue 10): the most candidates it weighs, and the leading pages of
 * the ideas table its common concepts are read from in order (the candidate branches: search-candidates.ts).
 */

/**
 * The most candidate ideas one text query weighs, counts and ranks (issue 10: bounded work per query).
 * Each candidate costs one tsquery test per concept and tier, so a query of common words over a large
 * databank (every idea matching) is cut here: the answer then counts the first this many candidates
 * and says so (`query.capped`). They are taken best first (search-candidates.ts candidateSource: every concept's words,
 * then some, then synonyms, then themes). The real databank (about a thousand ideas) never reaches
 * it. 500 since the candidates are taken best first (2 000, then 1 000 before; at 100 000 synthetic
 * ideas on PGlite 500 took the statement's p95 to 0,75× of 1 000's, measured interleaved).
 */
export const MAX_CANDIDATES = 500;

/**
 * The least share of matching ideas for which the head is read: below it the index reads few entries
 * anyway, and a head sized by a share the filters then thin out would read many ideas for nothing (at
 * 0,12 the head is at most 8 400 ideas). Measured at 100 000 synthetic ideas on PGlite (best 3 of 15,
 * interleaved, whole searches): the head saved 1–3 ms at shares of 0,14–0,19 (synonyms of
 * `zorgverzekeraar`, `beeldbellen`, `zeggenschap`; the word `cliënten`) and cost 0,6 ms at 0,10 (the
 * word `administratie`). At 0,2, the bound before, those shares read their whole posting lists.
 */
export const MIN_HEAD_SHARE = 0.12;

/**
 * The leading pages to read the synonym candidates from in order (SearchPlan.synonymHead), from the
 * share of ideas that hold one of the synonyms' concepts (the table's statistics), and the same for
 * the candidates holding common words (SearchPlan.literalHead, from the words' share): enough pages to
 * fill the cap twice over at that share, or 0 (the index alone) when the share is below
 * {@link MIN_HEAD_SHARE} or unknown, or the head would be more than half the table. Reading an idea
 * in order costs about what the index costs per entry, so the head pays off when the matches are dense.
 */
export function headPages(share: number, pages: number, tuples: number): number {
  if (!(share >= MIN_HEAD_SHARE) || !(pages > 0) || !(tuples > 0)) return 0;
  const head = Math.ceil((2 * MAX_CANDIDATES) / share / (tuples / pages));
  return head * 2 <= pages ? head : 0;
}
