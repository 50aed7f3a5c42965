/**
 * Clients' money problems (thesaurus group `geldzorgen`): a care worker types `geldzorgen` or
 * `financiële problemen`, the ideas write `schuldhulp`, `rondkomen` and `huisuitzetting`. Before the
 * group `geldzorgen` found nothing on either path (the one judged query of rounds 1-7 without a result).
 */
import { describe, expect, it } from 'vitest';
import { bothSearchPaths } from '../support/both-search-paths.js';

// idee-0102 "Schuldhulp die vroeg begint …", idee-0109 "… voorkomt een huisuitzetting …",
// idee-0011 "… of mensen na een jaar beter rondkomen …".
const MONEY = ['idee-0011', 'idee-0102', 'idee-0109'];

describe('clients with money problems (voorbeelddata)', () => {
  const { answers } = bothSearchPaths();

  it.each(['geldzorgen', 'financiële problemen'])(
    'finds the ideas on debts, getting by and eviction for `%s`',
    async (q) => {
      for (const [path, answer] of Object.entries(await answers(q))) {
        const ids = answer.items.map((item) => item.id);
        expect(ids.slice(0, 5), path).toEqual(expect.arrayContaining(MONEY));
      }
    },
  );

  it('finds the same ideas for a phrase of the group on both paths, its search-only terms included', async () => {
    // The static export read a thesaurus phrase's group without its search-only terms (`schuldhulp`,
    // `rondkomen`, `huisuitzetting`), which the server's concept postings hold: 49 ideas against 51.
    const { server, static: exported } = await answers('financiële problemen');
    expect(exported.total).toBe(server.total);
    expect(exported.items.map((item) => item.id).sort()).toEqual(server.items.map((item) => item.id).sort());
  });

  // Review s26, finding 5: the phrase `geen geld` put the debt-help ideas 2nd and 3rd for the
  // employer's budget.
  it('does not read the employer’s budget as money problems: `geen geld voor extra personeel`', async () => {
    for (const [path, answer] of Object.entries(await answers('geen geld voor extra personeel')))
      for (const id of MONEY) expect(answer.items.map((item) => item.id).slice(0, 5), `${path} ${id}`).not.toContain(id);
  });

  it('does not read pay as money problems: `salaris` finds no idea by the group', async () => {
    for (const [path, answer] of Object.entries(await answers('salaris')))
      for (const id of MONEY) expect(answer.items.map((item) => item.id).slice(0, 10), `${path} ${id}`).not.toContain(id);
  });
});
