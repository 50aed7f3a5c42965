/**
 * A word of `ouder` however it is written, and a word that only holds its letters, on both search
 * paths (the server on PGlite and the static export) over the example ideas and a few constructed ones
 * (voorbeelddata): accented (`Oudéren`, `ÖUDERS`, an accent as a combining mark), beside `_`, and the
 * shoulder (`schouder`) and the bookkeeper (`boekhouder`). Before session 29 the server indexed the
 * accented and `_` words without their sense (migration 020) and `ouder` found `schouder` and
 * `boekhouder` as compounds holding it on both paths (compound-head.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalSearch } from '../../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../../src/node/import/ideas-read.js';
import type { Database } from '../../../src/node/store/database.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { NO_FILTERS, openSearchPaths } from '../../support/both-search-paths.js';

const IDEAS = [
  ['x-accent', 'Oudéren in de wijk voelen zich op zondag vaak eenzaam.'],
  ['x-mark', 'Oude\u0301ren wachten maanden op een plek in het verpleeghuis.'],
  ['x-capitals', 'ÖUDERS krijgen het bericht over de planning te laat.'],
  ['x-under', 'Het formulier ouders_groep vullen we twee keer in.'],
  ['x-under-elderly', 'De map groep_ouderen staat op de gedeelde schijf.'],
  ['x-shoulder', 'Na een lange dienst doet mijn schouder pijn van het tillen.'],
  ['x-shoulders', 'Tillen geeft klachten aan de schouders van collega’s.'],
  ['x-bookkeeper', 'De boekhouder vraagt elke maand dezelfde cijfers op.'],
] as const;

const grid: IdeasGrid = {
  file: 'ouder.csv',
  format: 'csv',
  headers: ['id', 'tekst', 'thema'],
  rows: IDEAS.map(([id, text], k) => ({ row: k + 2, cells: [id, text, 'Werkdruk'] })),
  errors: [],
};

const ELDERLY = ['x-accent', 'x-mark', 'x-under-elderly'];
const PARENTS = ['x-capitals', 'x-under'];

describe('words of ouder as written, and words only holding its letters, on both paths', () => {
  let db: Database;
  let local: LocalSearch;
  beforeAll(async () => {
    ({ db, local } = await openSearchPaths(grid));
  });
  afterAll(() => db?.close());

  const answers = async (q: string) => ({
    server: await searchIdeas(db, parseIdeaSearchParams({ q, limit: '100' })),
    static: local.search({ q, filters: NO_FILTERS, limit: 100 }),
  });
  const constructed = (items: readonly { id: string }[]) =>
    items
      .map((item) => item.id)
      .filter((id) => id.startsWith('x-'))
      .sort();

  it.each([
    ['ouderen', ELDERLY],
    ['Oudéren', ELDERLY],
    ['oudere', ELDERLY],
    ['ouders', PARENTS],
    ['ÖUDERS', PARENTS],
    ['ouder', PARENTS],
    ['schouder', ['x-shoulder', 'x-shoulders']],
  ])('%s finds %j of the constructed ideas, and the same ideas on both paths', async (q, expected) => {
    const { server, static: exported } = await answers(q);
    expect(constructed(server.items), `server: ${q}`).toEqual([...expected].sort());
    expect(constructed(exported.items), `static: ${q}`).toEqual([...expected].sort());
    expect(exported.items.map((item) => item.id).sort(), q).toEqual(
      server.items.map((item) => item.id).sort(),
    );
    expect(exported.query?.words, q).toEqual(server.query?.words);
  });

  it('marks the word as written and shows no tag', async () => {
    for (const [q, id, marked] of [
      ['ouderen', 'x-accent', '<mark>Oudéren</mark>'],
      ['ouderen', 'x-mark', '<mark>Oude\u0301ren</mark>'],
      ['ouders', 'x-capitals', '<mark>ÖUDERS</mark>'],
      ['ouders', 'x-under', '<mark>ouders</mark>_groep'],
    ] as const) {
      const { server, static: exported } = await answers(q);
      for (const [path, answer] of [
        ['server', server],
        ['static', exported],
      ] as const) {
        const snippet = answer.items.find((item) => item.id === id)?.snippet ?? '';
        expect(snippet, `${path}: ${q}`).toContain(marked);
        expect(snippet, `${path}: ${q}`).not.toMatch(/xq(snr|prt)/i);
      }
    }
  });
});
