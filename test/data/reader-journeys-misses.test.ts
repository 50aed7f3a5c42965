/**
 * Misses the fourth reader-journey audit (2026-12-01) left open, held on the example data through both
 * paths a reader meets (the server's search on PGlite and the static export's search).
 */
import { describe, expect, it } from 'vitest';
import { bothSearchPaths } from '../support/both-search-paths.js';

const WORKLOAD = 'Werkdruk en roosters';

describe('reader journeys through the ideas search, fourth audit (voorbeelddata)', () => {
  const { answers } = bothSearchPaths();

  it('finds idee-0064 ("een groep van veertien kinderen") for `groepsgrootte`, idee-0120 still', async () => {
    for (const [path, answer] of Object.entries(await answers('groepsgrootte'))) {
      // `groepsgrootte` did not split (`grootte` is in no idea, and `groeps` ends in a linking s), so
      // only its thesaurus group's theme answered: 37 workload ideas, not this childcare idea.
      const ids = answer.items.map((item) => item.id);
      expect(ids.slice(0, 10), path).toContain('idee-0064');
      // idee-0120: "Met de vaste verhouding tussen kinderen en begeleiders …", by the group's theme.
      expect(ids, path).toContain('idee-0120');
      // The page does not count the part as the word.
      expect(answer.query?.words, path).toEqual([{ word: 'groepsgrootte', ideas: 0 }]);
    }
  });

  it('reads `geen tijd` as having no time: the ideas writing it first, then the workload ideas', async () => {
    for (const [path, answer] of Object.entries(await answers('geen tijd'))) {
      // `geen` is a stop word and `tijd` a weak word: it listed the 25 ideas holding `tijd`, counted
      // as 25 for `tijd` (`Tijdens de spreekuren`, `op tijd`, `Die tijd gaat naar gesprekken`).
      expect(answer.query?.words, path).toEqual([{ word: 'geen tijd', ideas: 2 }]);
      const ids = answer.items.map((item) => item.id);
      expect(ids.slice(0, 2).sort(), path).toEqual(['idee-0018', 'idee-0166']);
      // Then the workload group (`caseload`, `pauze`, `stress` …) and its theme.
      expect(ids, path).toEqual(expect.arrayContaining(['idee-0029', 'idee-0037']));
      expect(answer.items.filter((item) => item.themes.includes(WORKLOAD)).length, path).toBeGreaterThan(30);
      // An idea holding `tijd` with no `geen` before it is not "geen tijd" (idee-0176 "op tijd",
      // idee-0012 "Die tijd gaat naar gesprekken", neither about workload).
      for (const id of ['idee-0176', 'idee-0012']) expect(ids, `${path} ${id}`).not.toContain(id);
    }
  });

  it('keeps `"geen tijd"` between quotes strict: the two ideas writing it', async () => {
    for (const [path, answer] of Object.entries(await answers('"geen tijd"'))) {
      expect(answer.items.map((item) => item.id).sort(), path).toEqual(['idee-0018', 'idee-0166']);
      expect(answer.query?.words, path).toEqual([{ word: 'geen tijd', ideas: 2 }]);
    }
  });

  it('reads `gezonder` as `gezond`: the lifestyle ideas for `gezonder leven`', async () => {
    // `gezonder` had no thesaurus group (the comparative of the prevention term `gezond`), so idee-0046
    // (`leefstijladvies`) and idee-0169 (`leefstijlcoach`) were not in the first 20 on either path.
    for (const [path, answer] of Object.entries(await answers('gezonder leven')))
      expect(answer.items.slice(0, 20).map((item) => item.id), path).toEqual(
        expect.arrayContaining(['idee-0014', 'idee-0046', 'idee-0169']),
      );
  });

  it('ranks the judged pause ideas first for `geen tijd voor pauze`', async () => {
    for (const [path, answer] of Object.entries(await answers('geen tijd voor pauze')))
      expect(answer.items.slice(0, 2).map((item) => item.id).sort(), path).toEqual(['idee-0037', 'idee-0120']);
  });
});
