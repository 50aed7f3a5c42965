import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INDEX_READ_SETTINGS,
  PreparedStatements,
  readPrepared,
  textParameter,
} from '../../../src/node/store/pglite-prepared.js';

describe('parameters in text format', () => {
  it('writes text, numbers, booleans and arrays as PostgreSQL reads them', () => {
    expect(textParameter(null)).toBeNull();
    expect(textParameter(undefined)).toBeNull();
    expect(textParameter('agressie')).toBe('agressie');
    expect(textParameter(20)).toBe('20');
    expect(textParameter(true)).toBe('t');
    expect(textParameter(false)).toBe('f');
    expect(textParameter([])).toBe('{}');
    expect(textParameter([1, 2])).toBe('{"1","2"}');
    expect(textParameter(['a"b', 'c\\d', null, 'e,f'])).toBe('{"a\\"b","c\\\\d",NULL,"e,f"}');
  });

  it('refuses values whose text depends on the parameter type (objects, binary data)', () => {
    expect(() => textParameter({ a: 1 })).toThrow(TypeError);
    expect(() => textParameter(new Uint8Array([1]))).toThrow(TypeError);
    expect(() => textParameter([{ a: 1 }])).toThrow(TypeError);
  });
});

describe('kept statements, least recently used first out', () => {
  it('names a new text once and reuses it', () => {
    const statements = new PreparedStatements(2);
    const first = statements.take('SELECT 1');
    expect(first.fresh).toBe(true);
    statements.keep('SELECT 1', first.name);
    expect(statements.take('SELECT 1')).toEqual({ name: first.name, fresh: false });
  });

  it('closes the least recently used statement beyond the limit, and a failed one', () => {
    const statements = new PreparedStatements(2);
    const names = ['SELECT 1', 'SELECT 2'].map((text) => {
      const { name } = statements.take(text);
      statements.keep(text, name);
      return name;
    });
    statements.take('SELECT 1'); // used again: SELECT 2 is now the oldest
    const third = statements.take('SELECT 3');
    // Closed with the batch that parses the new one.
    expect(statements.drainClosing()).toEqual([names[1]]);
    statements.keep('SELECT 3', third.name);
    expect(statements.size).toBe(2);
    expect(statements.drainClosing()).toEqual([]);
    const failing = statements.take('SELECT broken');
    statements.failed('SELECT broken', failing.name);
    // Its parse may have succeeded: closed with the next batch (beside SELECT 1, made room for it).
    expect(statements.drainClosing()).toEqual([names[0], failing.name]);
    expect(statements.take('SELECT broken').fresh).toBe(true);
  });
});

describe('reads through kept statements on PGlite', () => {
  let pg: PGlite;
  beforeAll(async () => {
    pg = await PGlite.create('memory://');
    await pg.exec(`CREATE TABLE t (id int PRIMARY KEY, word text, tags text[]);
      INSERT INTO t SELECT g, 'w' || g, ARRAY['x' || (g % 3), 'y"' || (g % 2)] FROM generate_series(1, 200) g;
      CREATE INDEX t_tags ON t USING gin (tags); ANALYZE t;`);
  });
  afterAll(async () => {
    await pg.close();
  });

  const prepared = async () =>
    Number(
      (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements')).rows[0]?.n,
    );

  it('answers the rows a plain query answers, for other values of the same text', async () => {
    const statements = new PreparedStatements();
    const text = `SELECT id, word, tags FROM t WHERE tags && $1::text[] AND id <= $2::int ORDER BY id`;
    for (const values of [
      [['x1'], 10],
      [['y"1', 'x0'], 30],
      [[], 5],
    ] as const) {
      const plain = (await pg.query(text, [...values])).rows;
      expect(await readPrepared(pg, statements, text, values)).toEqual(plain);
    }
    expect(statements.size).toBe(1);
    expect(await prepared()).toBe(1);
  });

  it('runs the search settings for the statement alone and keeps a generic plan', async () => {
    const statements = new PreparedStatements();
    const text = `SELECT current_setting('enable_seqscan') AS scan, current_setting('synchronize_seqscans') AS sync,
      current_setting('plan_cache_mode') AS mode, $1::int AS n`;
    expect(await readPrepared(pg, statements, text, [7], INDEX_READ_SETTINGS)).toEqual([
      { scan: 'off', sync: 'off', mode: 'force_generic_plan', n: 7 },
    ]);
    const after = (await pg.query<{ scan: string }>(`SELECT current_setting('enable_seqscan') AS scan`)).rows;
    expect(after).toEqual([{ scan: 'on' }]);
    const plans = await pg.query<{ generic_plans: number }>(
      `SELECT generic_plans::int FROM pg_prepared_statements WHERE statement = $1`,
      [text],
    );
    expect(plans.rows[0]?.generic_plans).toBe(1);
  });

  it('parses a statement again when it was dropped behind its back', async () => {
    const statements = new PreparedStatements();
    const text = 'SELECT $1::int + 1 AS n';
    expect(await readPrepared(pg, statements, text, [1])).toEqual([{ n: 2 }]);
    await pg.query('DEALLOCATE ALL');
    expect(await readPrepared(pg, statements, text, [2])).toEqual([{ n: 3 }]);
    expect(await readPrepared(pg, statements, text, [3])).toEqual([{ n: 4 }]);
    expect(await prepared()).toBe(1);
  });

  it('keeps one statement per text and settings', async () => {
    const statements = new PreparedStatements();
    const text = `SELECT current_setting('enable_seqscan') AS scan, $1::int AS n`;
    expect(await readPrepared(pg, statements, text, [1], INDEX_READ_SETTINGS)).toEqual([
      { scan: 'off', n: 1 },
    ]);
    expect(await readPrepared(pg, statements, text, [2])).toEqual([{ scan: 'on', n: 2 }]);
    expect(statements.size).toBe(2);
  });

  it('closes the statements it was to close when building a batch fails', async () => {
    const statements = new PreparedStatements(1);
    expect(await readPrepared(pg, statements, 'SELECT $1::int AS a', [1])).toEqual([{ a: 1 }]);
    const before = await prepared();
    // A new text evicts the first; its parameter cannot be written, so nothing is sent.
    await expect(readPrepared(pg, statements, 'SELECT $1::text AS b', [{ x: 1 }])).rejects.toThrow(TypeError);
    expect(await readPrepared(pg, statements, 'SELECT $1::text AS b', ['x'])).toEqual([{ b: 'x' }]);
    expect(await prepared()).toBe(before);
  });

  it('recovers from a failing statement and closes what it evicts', async () => {
    const before = await prepared();
    const statements = new PreparedStatements(1);
    await expect(readPrepared(pg, statements, 'SELECT 1/$1::int AS q', [0])).rejects.toThrow(
      /division by zero/,
    );
    // The transaction was rolled back; the connection answers the next read.
    expect(await readPrepared(pg, statements, 'SELECT 1/$1::int AS q', [1])).toEqual([{ q: 1 }]);
    await expect(readPrepared(pg, statements, 'SELECT nonsense FROM', [])).rejects.toThrow();
    expect(await readPrepared(pg, statements, 'SELECT $1::text AS w', ['a'])).toEqual([{ w: 'a' }]);
    // One kept at most: every other statement it made was closed with a later batch.
    expect(statements.size).toBe(1);
    expect(await prepared()).toBe(before + 1);
  });
});
