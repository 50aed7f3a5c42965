/**
 * Audit 9, finding 5: searches a care worker types that found nothing or the wrong thing, on both search
 * paths (the server on PGlite and the static export's engine) over the example ideas and three
 * constructed ones (voorbeelddata, not quotes). Each rule is general: search-only terms of a thesaurus
 * group (tiredness → workload, the care plan under each branch's name), past participles read as forms
 * of their verb (term-expansion.ts `participleOf`), and no verb prefix read as a compound
 * (term-expansion.ts `holdsAsPart`). Every test here fails without its rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  holdsAsPart,
  participleOf,
  participleStem,
} from '../../src/core/ideas/term-expansion.js';
import type { LocalSearch } from '../../src/core/ideas/local-search.js';
import { parseIdeaSearchParams } from '../../src/core/ideas/search-params.js';
import type { IdeasGrid } from '../../src/node/import/ideas-read.js';
import type { Database } from '../../src/node/store/database.js';
import { searchIdeas } from '../../src/node/store/ideas-search.js';
import { NO_FILTERS, openSearchPaths } from '../support/both-search-paths.js';

/** Not being listened to, in three forms of `luisteren` (the example ideas hold none). */
const LISTENING = [
  ['luister-1', 'Er wordt niet naar me geluisterd als ik zeg dat de planning niet klopt.'],
  ['luister-2', 'Een teamleider die echt luistert naar de nachtdienst maakt het verschil.'],
  ['luister-3', 'Het bestuur moet vaker luisteren naar wat de werkvloer nodig heeft.'],
] as const;

const grid: IdeasGrid = {
  file: 'luisteren.csv',
  format: 'csv',
  headers: ['id', 'tekst', 'thema'],
  rows: LISTENING.map(([id, text], k) => ({ row: k + 2, cells: [id, text, 'Leiderschap en steun'] })),
  errors: [],
};

describe('dead ends and false matches of audit 9 (voorbeelddata)', () => {
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
  const ids = (answer: { items: readonly { id: string }[] }) => answer.items.map((item) => item.id);

  // idee-0029, idee-0037, idee-0051, idee-0111: the workload ideas `stress door werk` finds.
  it('reads tiredness (`ik ben moe`, `oververmoeid`) as workload: no longer 0 results', async () => {
    for (const q of ['ik ben moe', 'oververmoeid', 'ik trek het niet meer']) {
      const { server, static: exported } = await answers(q);
      for (const [path, answer] of Object.entries({ server, static: exported }))
        expect(ids(answer).slice(0, 10), `${path}: ${q}`).toEqual(
          expect.arrayContaining(['idee-0029', 'idee-0037', 'idee-0051', 'idee-0111']),
        );
      expect(exported.total, q).toBe(server.total);
    }
  });

  // idee-0092, idee-0118, idee-0154 write `zorgplan` (the group's other paperwork ideas rank among them).
  it('reads the care plan under each branch’s name as the paperwork group', async () => {
    for (const q of ['zorgleefplan', 'behandelplan', 'begeleidingsplan']) {
      const { server, static: exported } = await answers(q);
      for (const [path, answer] of Object.entries({ server, static: exported })) {
        expect(ids(answer).slice(0, 20), `${path}: ${q}`).toEqual(
          expect.arrayContaining(['idee-0092', 'idee-0118']),
        );
        expect(ids(answer), `${path}: ${q}`).toContain('idee-0154');
      }
      expect(exported.total, q).toBe(server.total);
    }
  });

  it('matches a past participle and the other forms of its verb, both ways', async () => {
    const listening = LISTENING.map(([id]) => id).sort();
    for (const q of ['luistert', 'geluisterd', 'luisteren']) {
      for (const [path, answer] of Object.entries(await answers(q))) {
        // The word's own count: its forms, not the synonyms of the voice group.
        expect(answer.query?.words, `${path}: ${q}`).toEqual([{ word: q, ideas: 3 }]);
        expect([...ids(answer).slice(0, 3)].sort(), `${path}: ${q}`).toEqual(listening);
      }
    }
  });

  it('reads ge-…-d/-t as a participle only where the vocabulary holds the verb', () => {
    expect(participleStem('geluisterd')).toBe('luister');
    for (const noun of ['gezin', 'gesprek', 'gemeente', 'gevoel', 'gebied', 'gezond']) {
      expect(participleStem(noun), noun).toBeNull();
    }
    expect(participleOf('geluisterd', new Set(['luisteren']))).toBe('luister');
    expect(participleOf('gedeeld', new Set(['delen']))).toBe('deel');
    expect(participleOf('gestopt', new Set(['stoppen']))).toBe('stop');
    // `gezicht` is no participle of a verb `zichen`; `gerecht` keeps its `t` (no `rechen`).
    expect(participleOf('gezicht', new Set(['zichten', 'zich']))).toBeNull();
    expect(participleOf('gerecht', new Set(['rechten']))).toBeNull();
  });

  // idee-0027 "Betrek ons …": `trek` matched inside `betrek`, and `vertrek`.
  it('does not read a verb with a prefix (`betrek`, `vertrek`) as a compound holding `trek`', async () => {
    for (const [path, answer] of Object.entries(await answers('trek'))) {
      expect(answer.query?.words, path).toEqual([{ word: 'trek', ideas: 0 }]);
      expect(ids(answer), path).not.toContain('idee-0027');
    }
    expect(holdsAsPart('betrek', 'trek')).toBe(false);
    expect(holdsAsPart('vertrekken', 'trek')).toBe(false);
    expect(holdsAsPart('teamoverleg', 'overleg')).toBe(true);
    // A compound whose modifier only ends like a prefix still holds the word.
    expect(holdsAsPart('dagbesteding', 'besteding')).toBe(true);
  });

  it('still finds compounds holding the word on both paths (`overleg` → `teamoverleg`)', async () => {
    for (const [path, answer] of Object.entries(await answers('overleg')))
      expect(answer.query?.words, path).toEqual([{ word: 'overleg', ideas: 14 }]);
  });
});
