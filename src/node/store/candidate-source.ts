/**
 * Which ideas a text query weighs (search-query.ts), at most MAX_CANDIDATES of them (candidate-cap.ts),
 * best first: ideas holding every concept's words, then some of the words, then those found by synonyms,
 * then by themes or branch alone; each kind read by its index (or the head of the table), with the tests
 * of candidate-tests.ts.
 */
import type { SearchPlan } from './tsquery.js';
import type { CandidateTests } from './candidate-tests.js';
import { MAX_CANDIDATES } from './candidate-cap.js';
import { candidateColumns, type Audience, type AudienceColumns } from './search-columns.js';

/**
 * The ideas the statement's `near` reads: with a text query, the union of candidate branches (each
 * passing `where` but the candidate test itself), cut at MAX_CANDIDATES by the caller; without one, every
 * idea passing `where`.
 */
export function candidateSource(
  tests: CandidateTests,
  plan: SearchPlan | null,
  where: readonly string[],
  col: AudienceColumns,
  audience: Audience,
): string {
  const { literalMatch, phraseFlags, themesParam, branchesParam } = tests;
  const candidateColumnsSql = candidateColumns(audience);
  const whereSql = where.length ? `WHERE ${where.join('\n      AND ')}` : '';
  // Under the cap, ideas holding every concept's words come first, then those holding some of the
  // words, then those found by synonyms or themes only: each branch runs only when the ones before it
  // leave room. Branches of one kind of condition each: the words (text index), synonyms (text index),
  // then themes and branch (their indexes); the outer LIMIT stops reading once the cap is filled. The
  // later branches carry no LIMIT of their own, which made the planner prefer a sequential scan. When it
  // expects many matches, the planner still prefers reading the table in order until the cap is filled
  // (testing every idea's text on the way) over the index: searchIdeas runs this statement with
  // sequential scans disabled (ideas-search.ts), and every branch reads its index, or the head of the
  // table by a TID range where the matches are dense (headPages).
  const base = where.filter((w) => w !== tests.candidate);
  const baseSql = base.length ? `${base.join(' AND ')} AND ` : '';
  const metadata = [
    ...(themesParam ? [`${col.thema} && ${themesParam}`] : []),
    ...(branchesParam ? [`${col.branche} = ANY(${branchesParam})`] : []),
  ];
  const notLiteralOrSynonym = `NOT ${literalMatch('i.search_vector')}${tests.synonymMatch ? ` AND NOT ${tests.synonymMatch}` : ''}`;
  // The same metadata test with no index to serve it, for the head.
  const headMetadata = [
    ...(themesParam ? [`coalesce(${col.thema}, '{}'::text[]) && ${themesParam}`] : []),
    ...(branchesParam ? [`coalesce(${col.branche}, '') = ANY(${branchesParam})`] : []),
  ];
  // The ideas holding some of the words (all of them with one concept). With a head: the head's ideas
  // in order, tested so that no index can serve it, then the rest through the index (its bitmap
  // returns them in the same physical order, so the candidates are the same either way, but for the
  // one exception at the cap described at the synonyms' head in candidate-tests.ts).
  const notEvery = tests.everyQuery ? ` AND NOT (${tests.everyMatch('i.search_vector')})` : '';
  /** One candidate branch: the ideas passing the base conditions and `test`, read to the outer cap. */
  const branch = (test: string, flags = '') => `
      (SELECT ${candidateColumnsSql}${flags} FROM ideas i WHERE ${baseSql}${test}
        OFFSET 0)`;
  /**
   * A branch read from the head of the table first, when `head` is set (tested as `headTest`, which no
   * index can serve), then from the rest through the index (`indexTest`); else through the index alone.
   */
  const headThenRest = (
    head: string | null,
    headTest: string,
    indexTest: string,
    tail: string,
    flags: string,
  ) =>
    head
      ? `${branch(`i.ctid < ${head} AND ${headTest}${tail}`, flags)}
      UNION ALL${branch(`(i.ctid < ${head}) IS NOT TRUE AND ${indexTest}${tail}`, flags)}`
      : branch(`${indexTest}${tail}`, flags);
  const someWords =
    tests.wordsHead || tests.everyQuery
      ? headThenRest(
          tests.wordsHead,
          literalMatch(`coalesce(i.search_vector, ''::tsvector)`, `coalesce(i.concepts, '{}'::int[])`),
          literalMatch('i.search_vector'),
          notEvery,
          phraseFlags('test'),
        )
      : `
      (SELECT ${candidateColumnsSql}${phraseFlags('test')} FROM ideas i WHERE ${baseSql}${literalMatch('i.search_vector')} LIMIT ${MAX_CANDIDATES})`;
  const notLiteral = ` AND NOT ${literalMatch('i.search_vector')}`;
  const source =
    plan && tests.literalQuery && tests.any
      ? `(${
          tests.everyQuery
            ? `
      (SELECT ${candidateColumnsSql}${phraseFlags('true')} FROM ideas i WHERE ${baseSql}${tests.everyMatch('i.search_vector')} LIMIT ${MAX_CANDIDATES})
      UNION ALL${someWords}`
            : someWords
        }
${
  tests.synonymMatch
    ? `
      UNION ALL${headThenRest(tests.head, tests.headSynonymMatch, tests.synonymMatch, notLiteral, phraseFlags('false'))}`
    : ''
}${
          metadata.length
            ? `
      UNION ALL${headThenRest(
        tests.metadataHead,
        `(${headMetadata.join(' OR ')})`,
        `(${metadata.join(' OR ')})`,
        ` AND ${notLiteralOrSynonym}`,
        phraseFlags('false'),
      )}`
            : ''
        }
    ) i`
      : `ideas i
    ${whereSql}`;
  return source;
}
