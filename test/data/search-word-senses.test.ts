/**
 * Older people and parents apart (src/core/ideas/analyzer/word-senses.ts), on both search paths (the
 * server on PGlite and the static export's engine) over the example ideas (voorbeelddata): the Dutch
 * stemmer gives `ouderen` and `ouders` one stem, and `eenzaamheid ouderen` listed ideas about parents
 * among its first ten. Which idea is about which is read from its text here, by its words, not listed
 * by hand. Every test fails with the senses switched off (`senseOf` returning null and
 * `werkbalans_senses` returning its text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSearch } from '../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../src/core/ideas/search-params.js';
import type { Database } from '../../src/node/store/database.js';
import { searchIdeas } from '../../src/node/store/ideas-search.js';
import { NO_FILTERS, openSearchPaths } from '../support/both-search-paths.js';

/** A word of the parent sense (`ouder`, `ouders`, `ouderportaal` …), not of older people. */
const PARENT_WORD = /\bouder(?!e|dom|ling|wets)[a-z]*/i;
/** A word of the older-people sense (`oudere`, `ouderen`, `ouderenzorg` …). */
const ELDERLY_WORD = /\boudere(?:n[a-z]*)?\b/i;

describe('older people and parents apart (voorbeelddata)', () => {
  let db: Database;
  let local: LocalSearch;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths());
  });
  afterAll(() => db?.close());

  const answers = async (q: string) => ({
    server: await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' })),
    static: local.search({ q, filters: NO_FILTERS, limit: 100 }),
  });
  type Item = { id: string; text: string; snippet?: string | null };
  const both = async (q: string) => Object.entries(await answers(q)) as [string, { items: readonly Item[]; total: number }][];
  const parentOnly = (item: Item) => PARENT_WORD.test(item.text) && !ELDERLY_WORD.test(item.text);
  const elderlyOnly = (item: Item) => ELDERLY_WORD.test(item.text) && !PARENT_WORD.test(item.text);

  it.each(['eenzaamheid ouderen', 'mondzorg ouderen', 'ouderen thuis'])(
    '`%s` lists no idea about parents among its first ten',
    async (q) => {
      for (const [path, answer] of await both(q)) {
        const first = answer.items.slice(0, 10);
        expect(first.filter(parentOnly).map((item) => item.id), `${path}: ${q}`).toEqual([]);
        expect(first.some(elderlyOnly), `${path}: ${q}`).toBe(true);
      }
    },
  );

  it('`ouders` and `ouder` find every idea about parents and none about older people', async () => {
    for (const q of ['ouders', 'ouder']) {
      const answers = await both(q);
      for (const [path, answer] of answers) {
        expect(answer.items.filter(elderlyOnly).map((item) => item.id), `${path}: ${q}`).toEqual([]);
        expect(answer.items.filter(parentOnly).length, `${path}: ${q}`).toBe(answer.total);
        expect(answer.total, `${path}: ${q}`).toBeGreaterThanOrEqual(10);
      }
      expect(answers[0]![1].total).toBe(answers[1]![1].total);
    }
  });

  it('`ouderen` and `oudere` find older people, compounds included, and no parents', async () => {
    for (const q of ['ouderen', 'oudere']) {
      for (const [path, answer] of await both(q)) {
        expect(answer.items.filter(parentOnly).map((item) => item.id), `${path}: ${q}`).toEqual([]);
        expect(answer.items.filter(elderlyOnly).length, `${path}: ${q}`).toBe(answer.total);
        // `ouderenzorg` is a compound holding `ouderen`.
        expect(answer.items.some((item) => /ouderenzorg/i.test(item.text)), `${path}: ${q}`).toBe(true);
      }
    }
  });

  it('marks the word in the snippet and never shows the sense tag', async () => {
    for (const [q, word] of [
      ['ouderen', /<mark>ouderen<\/mark>/i],
      ['ouders', /<mark>ouders<\/mark>/i],
    ] as const) {
      for (const [path, answer] of await both(q)) {
        const snippets = answer.items.map((item) => item.snippet ?? '');
        expect(snippets.some((snippet) => word.test(snippet)), `${path}: ${q}`).toBe(true);
        expect(snippets.filter((snippet) => /xq(snr|prt)/i.test(snippet)), `${path}: ${q}`).toEqual([]);
      }
    }
  });
});
