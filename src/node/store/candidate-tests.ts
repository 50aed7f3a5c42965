/**
 * The tests a text query's candidates pass (search-query.ts), with the parameters they take: the
 * query's words, every concept's words, phrases as they are written, synonyms, themes and branches, and
 * the heads of the table their branches read first (candidate-source.ts reads them).
 */
import type { Audience, AudienceColumns } from './search-columns.js';
import type { Param } from './sql-params.js';
import { anyOf, type ConceptQuery, type SearchPlan } from './tsquery.js';

/** A candidate's tests as SQL over an idea `i`, their parameters added in this order. */
export interface CandidateTests {
  /** Holds any of the query's stems (the rank query); null without concepts. */
  readonly any: string | null;
  /** Holds some concept's words (exact and related tiers); null without concepts. */
  readonly literalQuery: string | null;
  /** Holds every concept's words: with two or more concepts, else null. */
  readonly everyQuery: string | null;
  /** The concepts that are a phrase whose stop words must stand in place (`geen tijd`, not required). */
  readonly phraseConcepts: readonly ConceptQuery[];
  /** Holds some concept's words (`vector`, `concepts`: the columns' expressions), a phrase as written. */
  readonly literalMatch: (vector: string, concepts?: string) => string;
  /** Holds every concept's words, each phrase as it is written. */
  readonly everyMatch: (vector: string) => string;
  /** The phrase flags `p0`, `p1` … a candidate branch carries up for the exact tier. */
  readonly phraseFlags: (value: 'true' | 'false' | 'test') => string;
  readonly themesParam: string | null;
  readonly branchesParam: string | null;
  /** Found by synonyms: their concepts or stems; null without synonyms. */
  readonly synonymMatch: string | null;
  /** The same test, written so that no index can serve it (the head's branch). */
  readonly headSynonymMatch: string;
  /** The TIDs the heads of the synonyms', the words' and the metadata branches end before; null: none. */
  readonly head: string | null;
  readonly wordsHead: string | null;
  readonly metadataHead: string | null;
  /** Any of the above: the text index, the concepts, the themes or the branch; null without concepts. */
  readonly candidate: string | null;
}

/** The candidate tests of `plan` (null: no concepts) for the audience's columns. */
export function candidateTests(
  plan: SearchPlan | null,
  col: AudienceColumns,
  audience: Audience,
  param: Param,
): CandidateTests {
  const anyText = plan ? anyOf(plan) : null;
  const any = anyText === null ? null : param(anyText, '::tsquery');
  // The words themselves (exact and related tiers): under the candidate cap these are taken first.
  const literalText = plan ? plan.concepts.map((c) => c.literal).join(' | ') : '';
  const literalQuery = literalText ? param(literalText, '::tsquery') : null;
  // Ideas holding every concept's words (or their forms) rank first: with two or more concepts they are
  // fetched first, so that the candidate cap never leaves them out for ideas that match one word.
  const literals = (plan?.concepts ?? []).map((c) => c.literal);
  const everyQuery = literals.length > 1 ? param(literals.join(' & '), '::tsquery') : null;
  // A phrase whose stop words must stand in place (`geen tijd`, not required) holds its words
  // (`tijd`) in far more ideas than write it. Its candidates are the ideas whose text writes it, so
  // that the cap counts real matches: read by its words alone, the ideas holding `tijd` otherwise
  // filled the cap, were dropped as matching nothing, and the count after the drop no longer told
  // that the cap had cut (review s23a, finding 1). Its text test as a quoted phrase's (`required`).
  // The ideas writing it hold its posting (search-concepts.ts): the concept index finds them, and the
  // text test runs on those alone, as a recheck (1 775 ideas at 100 000 synthetic ones, where each
  // branch tested all 14 796 holding `tijd` before). Its words are then tested so that no index serves
  // them (`coalesce`): beside the posting, the generic plan took the text index for `tijd` too and
  // intersected both, reading the posting lists of `tijd` and of the other words (`client`: a third of
  // the ideas) whole. Without a posting (another thesaurus), the text test as before.
  const phraseConcepts = (plan?.concepts ?? []).filter((c) => c.pattern && !c.required);
  const phrases = phraseConcepts.map((c) => ({
    posting: c.posting === undefined ? null : param([c.posting], '::int[]'),
    exact: param(c.exact, '::tsquery'),
    pattern: param(c.pattern, '::text'),
  }));
  const unindexed = (vector: string) =>
    vector.startsWith('coalesce(') ? vector : `coalesce(${vector}, ''::tsvector)`;
  /** The ideas writing `phrase` (`vector`, `concepts`: the columns' expressions); its posting first. */
  const writesPhrase = (
    vector: string,
    phrase: { posting: string | null; exact: string; pattern: string },
    concepts = 'i.concepts',
  ) =>
    phrase.posting
      ? `(${concepts} && ${phrase.posting} AND ${unindexed(vector)} @@ ${phrase.exact} AND lower(werkbalans_unaccent(i.text)) ~ ${phrase.pattern})`
      : `(${vector} @@ ${phrase.exact} AND lower(werkbalans_unaccent(i.text)) ~ ${phrase.pattern})`;
  const otherLiterals = (plan?.concepts ?? [])
    .filter((c) => !(c.pattern && !c.required))
    .map((c) => c.literal);
  const otherLiteralQuery =
    phrases.length && otherLiterals.length ? param(otherLiterals.join(' | '), '::tsquery') : null;
  /**
   * Holds some concept's words (`vector`, `concepts`: the columns' expressions), a phrase as it is
   * written.
   */
  const literalMatch = (vector: string, concepts = 'i.concepts') =>
    phrases.length
      ? `(${[
          ...(otherLiteralQuery ? [`${vector} @@ ${otherLiteralQuery}`] : []),
          ...phrases.map((phrase) => writesPhrase(vector, phrase, concepts)),
        ].join(' OR ')})`
      : `${vector} @@ ${literalQuery}`;
  /** Holds every concept's words, each phrase as it is written (read by a phrase's posting when it has one). */
  const everyMatch = (vector: string) =>
    [
      `${phrases.some((phrase) => phrase.posting) ? unindexed(vector) : vector} @@ ${everyQuery}`,
      ...phrases.map((phrase) => writesPhrase(vector, phrase)),
    ].join(' AND ');
  /**
   * Whether a candidate writes each such phrase, carried up by every branch as `p0`, `p1` … for the
   * exact tier: true where the branch requires it (every word), false where it excludes it (synonyms,
   * themes), tested where the text is at hand (some words). Read by the tier instead, the text was one
   * lookup per candidate holding the phrase's word (164 at 100 000 ideas for `geen tijd voor cliënten`).
   */
  const phraseFlags = (value: 'true' | 'false' | 'test') =>
    phrases
      .map((phrase, k) => `, ${value === 'test' ? writesPhrase('i.search_vector', phrase) : value} AS p${k}`)
      .join('');
  const allThemes = plan ? [...new Set(plan.concepts.flatMap((c) => c.themes))] : [];
  const themesParam = allThemes.length > 0 ? param(allThemes, '::text[]') : null;
  const allBranches = plan ? [...new Set(plan.concepts.flatMap((c) => c.branches))] : [];
  const branchesParam = allBranches.length > 0 ? param(allBranches, '::text[]') : null;
  // Synonyms: by the ideas' stored concepts (search-concepts.ts) where the plan names the groups, else
  // by their stems. Both kinds OR-ed are what a candidate found by synonyms alone matches.
  const allGroups = plan
    ? [...new Set(plan.concepts.flatMap((c) => [...c.synonymConcepts, ...c.broaderConcepts]))].sort(
        (a, b) => a - b,
      )
    : [];
  const groupsParam = allGroups.length > 0 ? param(allGroups, '::int[]') : null;
  const synonymStemsText = plan
    ? plan.concepts
        .flatMap((c) => [
          c.synonymConcepts.length ? null : c.synonyms,
          c.broaderConcepts.length ? null : c.broader,
        ])
        .filter((q): q is string => q !== null)
        .join(' | ')
    : '';
  const synonymStemsQuery = synonymStemsText ? param(synonymStemsText, '::tsquery') : null;
  const bySynonym = [
    ...(synonymStemsQuery ? [`i.search_vector @@ ${synonymStemsQuery}`] : []),
    ...(groupsParam ? [`i.concepts && ${groupsParam}`] : []),
  ];
  const synonymMatch = bySynonym.length ? `(${bySynonym.join(' OR ')})` : null;
  // Common synonyms (a third of the ideas hold the administration group): their candidates are read
  // from the head of the table in physical order first (a TID range scan that stops at the cap), the
  // rest through the concept index. The index's bitmap returns its matches in the same physical order,
  // so the candidates are the same ideas in the same order either way; only the index no longer reads
  // the whole posting list of a group that fills the cap within a few hundred pages. One exception,
  // found in review: within one page a bitmap returns an idea changed in place (a HOT update: a change
  // to columns no index holds, such as hiding it and showing it again) at the first line pointer of
  // its chain, the TID range scan at its current one. So when the cap falls inside such a page of the
  // head, the two may take a different few of that page's ideas (the answer says it is capped either
  // way). An exact and a lossy bitmap already differ the same way without any head. The same holds for
  // the heads of words and themes below.
  const head =
    synonymMatch && plan?.synonymHead ? param(`(${Math.floor(plan.synonymHead)},0)`, '::tid') : null;
  // Common words the same way (SearchPlan.literalHead): the ideas holding some of the words are read
  // from the head of the table in order first, the rest through the text index.
  const wordsHead =
    literalQuery && plan?.literalHead ? param(`(${Math.floor(plan.literalHead)},0)`, '::tid') : null;
  // And ideas found by their themes or branch alone (SearchPlan.metadataHead): in the public view only,
  // whose published theme and branch have the indexes (the curator's stored ones have none, so there
  // the rest would read the head's pages again).
  const metadataHead =
    audience === 'public' && (themesParam || branchesParam) && plan?.metadataHead
      ? param(`(${Math.floor(plan.metadataHead)},0)`, '::tid')
      : null;
  // In the head's branch the same test is written so that no index can serve it (`coalesce` around
  // the columns). The kept generic plan does not know the head's size, and chose the concept index
  // there too: its bitmap of every idea holding the group was built before the first candidate
  // (the administration group at 100 000 ideas: 6–7 ms of a 14 ms statement), where the TID range
  // scan stops at the cap.
  const headSynonymMatch = `(${[
    ...(synonymStemsQuery ? [`coalesce(i.search_vector, ''::tsvector) @@ ${synonymStemsQuery}`] : []),
    ...(groupsParam ? [`coalesce(i.concepts, '{}'::int[]) && ${groupsParam}`] : []),
  ].join(' OR ')})`;

  // Per concept: the weight of the best tier it matches in (0 = not matched). An idea from the branch
  const candidate = any
    ? `(${[
        `i.search_vector @@ ${any}`,
        ...(groupsParam ? [`i.concepts && ${groupsParam}`] : []),
        ...(themesParam ? [`${col.thema} && ${themesParam}`] : []),
        ...(branchesParam ? [`${col.branche} = ANY(${branchesParam})`] : []),
      ].join(' OR ')})`
    : null;
  return {
    any,
    literalQuery,
    everyQuery,
    phraseConcepts,
    literalMatch,
    everyMatch,
    phraseFlags,
    themesParam,
    branchesParam,
    synonymMatch,
    headSynonymMatch,
    head,
    wordsHead,
    metadataHead,
    candidate,
  };
}
