import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import { planQuery } from '../../../src/node/store/query-plan.js';
import { expansionQuery } from '../../../src/node/store/expansion-query.js';
import { MAX_MEMO_WORDS, stemsOnlyMemo, WordMemo } from '../../../src/node/store/plan-memo.js';
import {
  conceptStatistics,
  forgetConceptStatistics,
  keptConceptStatistics,
  STATISTICS_TTL_MS,
} from '../../../src/node/store/search-concepts.js';
import { THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';
import { FIXTURE_CSV } from './ideas-fixture.js';

/** `db` with every statement's text recorded (the vocabulary statements a plan runs). */
function counting(db: Database): { db: Database; statements: string[] } {
  const statements: string[] = [];
  const record = (text: string, params: readonly unknown[] | undefined) => {
    statements.push(text);
    if (text.includes('WITH n AS') && Array.isArray(params?.[0])) askedWords.push(params[0] as string[]);
  };
  return {
    statements,
    db: {
      ...db,
      query: (text, params) => {
        record(text, params);
        return db.query(text, params);
      },
      // The vocabulary lookups go through the kept statements (Database.readKept).
      readKept: (text, params, options) => {
        record(text, params);
        return db.readKept(text, params, options);
      },
    },
  };
}

/** The words of every expansion statement run through a counting handle. */
const askedWords: string[][] = [];

const vocabularyReads = (statements: readonly string[]) =>
  statements.filter((text) => /idea_words|ts_lexize/.test(text)).length;

describe('the words of query plans, kept per word', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'werkbalans-plan-memo-'));
    db = await openDatabase({ dataDir: 'memory://' });
    writeFileSync(join(dir, 'fixture.csv'), FIXTURE_CSV);
    await importIdeasFile(db, join(dir, 'fixture.csv'), { k: 1 });
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const queries = [
    'overleg agenda',
    'teamoverleg',
    'minder administratie',
    'roosters te laat',
    'agresie',
    '"vaste agenda" -familie',
    'e-health planningen',
    'collega valt uit wie neemt over',
  ];

  it('plans every query as a plan without kept words does, whichever queries came before', async () => {
    const memo = new WordMemo();
    for (const query of [...queries, ...[...queries].reverse()]) {
      const fresh = await planQuery(db, query);
      expect(await planQuery(db, query, THESAURUS, memo)).toEqual(fresh);
    }
  });

  it('asks the vocabulary only for words not asked before', async () => {
    const memo = new WordMemo();
    const { db: counted, statements } = counting(db);
    await planQuery(counted, 'overleg agenda', THESAURUS, memo);
    const afterFirst = vocabularyReads(statements);
    expect(afterFirst).toBeGreaterThan(0);
    // New query strings of the same words: nothing read.
    const plan = await planQuery(counted, 'agenda overleg', THESAURUS, memo);
    expect(plan.plan?.concepts.map((c) => c.label)).toEqual(['agenda', 'overleg']);
    await planQuery(counted, 'overleg  AGENDA', THESAURUS, memo);
    expect(vocabularyReads(statements)).toBe(afterFirst);
    // A stop word's stems are read once, then kept for the database object.
    await planQuery(counted, 'agenda van overleg', THESAURUS, memo);
    const withStopWord = vocabularyReads(statements);
    expect(withStopWord).toBe(afterFirst + 1);
    await planQuery(counted, 'overleg van de agenda', THESAURUS, memo);
    expect(vocabularyReads(statements)).toBe(withStopWord + 1); // `de` only
    // One new word: the known one is not asked again.
    const before = askedWords.length;
    await planQuery(counted, 'overleg roosters', THESAURUS, memo);
    expect(askedWords.slice(before).flat()).toContain('roosters');
    expect(askedWords.slice(before).flat()).not.toContain('overleg');
  });

  it('asks which joined forms of a split verb the vocabulary holds once, then keeps the answer', async () => {
    const memo = new WordMemo();
    const { db: counted, statements } = counting(db);
    await planQuery(counted, 'wie vult het in', THESAURUS, memo);
    const first = vocabularyReads(statements);
    expect(statements.filter((text) => text.includes('word = ANY'))).not.toHaveLength(0);
    await planQuery(counted, 'wie vult het in', THESAURUS, memo);
    expect(vocabularyReads(statements)).toBe(first);
  });

  it('reads the vocabulary by its indexes and answers what a plain query answers', async () => {
    const options: { readonly byIndex?: boolean }[] = [];
    const spied: Database = {
      ...db,
      readKept: (text, params, option) => {
        options.push(option ?? {});
        return db.readKept(text, params, option);
      },
    };
    const texts: string[] = [];
    const recorded: Database = {
      ...spied,
      readKept: (text, params, option) => {
        texts.push(text);
        return spied.readKept(text, params, option);
      },
    };
    await planQuery(recorded, 'teamoverleg agresie', THESAURUS, new WordMemo());
    expect(texts.some((text) => text.includes('k AS MATERIALIZED ('))).toBe(true);
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((option) => option.byIndex === true)).toBe(true);
    // Misspelt, compound, known and unknown words, with the lexicon column: the same rows either way.
    const query = expansionQuery(
      ['agresie', 'teamoverleg', 'overleg', 'qqqzzz', 'de'],
      [true, true, true, true, false],
      ['team', 'overleg', 'qqq'],
      { foldOnce: true },
    );
    expect(query.text).toContain('k AS MATERIALIZED (');
    const plain = (await db.query(query.text, query.params)).rows;
    expect(plain).toHaveLength(5);
    expect(await db.readKept(query.text, query.params, { byIndex: true })).toEqual(plain);
    // The settings hold for the statement alone: index reads and the kept generic plan.
    const settings = `SELECT current_setting('enable_seqscan') AS scan, current_setting('plan_cache_mode') AS mode`;
    expect(await db.readKept(settings, [], { byIndex: true })).toEqual([
      { scan: 'off', mode: 'force_generic_plan' },
    ]);
    expect(await db.readKept(settings, [])).toEqual([{ scan: 'on', mode: 'auto' }]);
  });

  it('looks a short word up by its stems only, without reading the whole trigram index', async () => {
    // `ic` is too short for a compound part or a typo: no `part`, no `typo`, and no key of 4 letters.
    const query = expansionQuery(['ic', 'we'], [true, true], [], { foldOnce: true });
    const rows = await db.readKept<{ vocabulary: unknown[] }>(query.text, query.params, {
      byIndex: true,
    });
    expect(rows.map((row) => row.vocabulary)).toEqual([[], []]);
    expect(query.text).toMatch(/CASE WHEN length\(t\.norm\) >= 4 THEN t\.norm END AS part/);
  });

  it('reads the vocabulary once for a query without compounds: expansion and lexicon together', async () => {
    const { db: counted, statements } = counting(db);
    await planQuery(counted, 'planning familie', THESAURUS, new WordMemo());
    // The lexicon is read in the expansion statement of the query words, not in one of its own.
    const lexiconReads = statements.filter((text) => /word = ANY\(\$/.test(text));
    expect(lexiconReads).toHaveLength(1);
    expect(lexiconReads[0]).toContain('WITH n AS');
  });

  it('keeps a bounded number of words, the oldest going first', () => {
    const memo = new WordMemo();
    for (let k = 0; k <= MAX_MEMO_WORDS; k++) memo.setInLexicon(`w${k}`, k % 2 === 0);
    expect(memo.inLexicon('w0')).toBeUndefined();
    expect(memo.inLexicon('w1')).toBe(false);
    expect(memo.inLexicon(`w${MAX_MEMO_WORDS}`)).toBe(true);
  });

  it('refuses a row with vocabulary as a stems-only row', () => {
    expect(() =>
      stemsOnlyMemo({}).set('overleg', {
        ord: 1,
        norm: 'overleg',
        stems: ['overleg'],
        vocabulary: [['a', 'a']],
      }),
    ).toThrow(/stems-only/);
  });
});

describe('the concept statistics kept in memory', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('reads the statistics once until they expire or are forgotten', async () => {
    const { db: counted, statements } = counting(db);
    const reads = () => statements.filter((text) => text.includes('pg_stats')).length;
    const kept = await keptConceptStatistics(counted, 0);
    expect(kept).toEqual(await conceptStatistics(db));
    await keptConceptStatistics(counted, STATISTICS_TTL_MS - 1);
    expect(reads()).toBe(1);
    await keptConceptStatistics(counted, STATISTICS_TTL_MS);
    expect(reads()).toBe(2);
    forgetConceptStatistics(counted);
    await keptConceptStatistics(counted, STATISTICS_TTL_MS);
    expect(reads()).toBe(3);
  });

  it('forgets them when ideas are imported through the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbalans-plan-stats-'));
    try {
      const before = await keptConceptStatistics(db);
      writeFileSync(join(dir, 'fixture.csv'), FIXTURE_CSV);
      await importIdeasFile(db, join(dir, 'fixture.csv'), { k: 1 });
      const after = await keptConceptStatistics(db);
      expect(after).not.toBe(before);
      expect(after.tuples).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
