/**
 * The phrase tests (tsquery and pattern) are written into the body of `werkbalans_phrase_tests()`
 * (search-concepts.ts), and a function body is parsed with the settings of the session that calls it.
 * With `standard_conforming_strings` off a plain `'…'` literal reads a backslash as an escape, and the
 * patterns' `\m`, `\s` would lose theirs: the literals must read the same either way (escape strings).
 * Every session of this server's database starts with the setting off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../src/node/store/database.js';
import {
  dollarQuoted,
  phrasePostingNumber,
  phrasePostingTests,
  sqlLiteral,
  syncSearchConcepts,
} from '../../../src/node/store/search-concepts.js';
import { postgresUnavailable, startPostgres, type RunningPostgres } from '../../support/postgres.js';

describe('literals in SQL function bodies', () => {
  it('escape the backslash and the quote, and dollar-quote with a tag the body does not hold', () => {
    expect(sqlLiteral(`a'b\\mc`)).toBe(`E'a''b\\\\mc'`);
    expect(dollarQuoted(' x ', 'p')).toBe('$p$ x $p$');
    expect(dollarQuoted(' $p$ ', 'p')).toBe('$p1$ $p$ $p1$');
    expect(dollarQuoted(' x$p', 'p')).toBe('$p1$ x$p$p1$');
  });
});

const unavailable = postgresUnavailable();
describe.skipIf(unavailable !== undefined)('phrase tests with standard_conforming_strings off', () => {
  let server: RunningPostgres | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    server = await startPostgres();
    const admin = await openDatabase({ databaseUrl: server.url });
    await admin.exec('ALTER DATABASE postgres SET standard_conforming_strings = off');
    await admin.close();
    db = await openDatabase({ databaseUrl: server.url });
  });
  afterAll(async () => {
    await db?.close();
    await server?.stop();
  });

  it('stores the patterns and queries exactly, and an idea writing a phrase holds its posting', async () => {
    const store = db!;
    // The premise: the setting is off in the store's sessions, and a pattern holds a backslash.
    expect(
      (await store.query<{ s: string }>(`SELECT current_setting('standard_conforming_strings') AS s`)).rows,
    ).toEqual([{ s: 'off' }]);
    const tests = await phrasePostingTests(store);
    expect(tests.some((t) => t.pattern.includes('\\'))).toBe(true);
    // Redefined under the setting (a new thesaurus fingerprint would do the same at open).
    await store.exec('DELETE FROM search_concepts_state');
    await store.transaction((tx) => syncSearchConcepts(tx));
    const stored = (
      await store.query<{ posting: number; query: string; pattern: string }>(
        'SELECT posting, query::text AS query, pattern FROM werkbalans_phrase_tests() ORDER BY posting',
      )
    ).rows;
    const expected = await store.query<{ posting: number; query: string; pattern: string }>(
      `SELECT t.posting, t.query::tsquery::text AS query, t.pattern
       FROM unnest($1::int[], $2::text[], $3::text[]) AS t(posting, query, pattern) ORDER BY t.posting`,
      [tests.map((t) => t.posting), tests.map((t) => t.query), tests.map((t) => t.pattern)],
    );
    expect(stored).toEqual(expected.rows);
    const posting = phrasePostingNumber(['geen', 'tijd']);
    expect(posting).not.toBeNull();
    await store.query(
      `INSERT INTO ideas (id, text, public_themes, action, reason) VALUES ('p1', $1, '{}', 'add', 'test')`,
      ['Er is geen tijd voor een pauze.'],
    );
    const concepts = (await store.query<{ concepts: number[] }>(`SELECT concepts FROM ideas WHERE id = 'p1'`))
      .rows[0]?.concepts;
    expect(concepts).toContain(posting);
  });
});
