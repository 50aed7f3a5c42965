/**
 * Facet counts maintained on write (src/node/store/ideas-facet-counts.ts), run on every back end: after
 * an import, each kind of curation, a label decision, an erasure, a re-import and a TRUNCATE the
 * maintained counts must equal a full count of every idea by the search statement itself
 * (search-query.ts, no words, no filters), for the public and the curator audience.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIdeaSearchParams } from '../../../src/core/ideas/search-params.js';
import type { Audience } from '../../../src/node/store/search-columns.js';
import { facetCounts } from '../../../src/node/store/search-facets.js';
import { searchQuery } from '../../../src/node/store/search-query.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import {
  addIdea,
  editIdea,
  hideIdea,
  rethemeIdea,
  unhideIdea,
} from '../../../src/node/store/ideas-curation.js';
import { eraseIdea } from '../../../src/node/store/ideas-erase.js';
import { maintainedFacets, recountFacets } from '../../../src/node/store/ideas-facet-counts.js';
import { acceptLabel } from '../../../src/node/store/ideas-labels.js';
import { searchIdeas } from '../../../src/node/store/ideas-search.js';
import { emptyStore } from '../../support/empty-store.js';

const PROVINCES = ['Utrecht', 'Zeeland', 'Limburg', 'Gelderland', 'Drenthe', 'Overijssel', 'Friesland'];
const BRANCHES = ['GGZ', 'VVT', 'Ziekenhuizen', 'Kinderopvang', 'Jeugdzorg'];
const PROFESSIONS = ['Wijkverpleegkundigen', 'Medisch specialisten', 'Verzorgende IG', 'Jeugdzorgwerker'];
const THEMES = ['werkdruk', 'administratie', 'samenwerking', 'veiligheid', 'brede blik'];
const KINDS = ['wens', 'kans', 'knelpunt', 'voorstel', ''];

/**
 * A constructed ideas file (voorbeelddata): `n` ideas whose attributes cycle at different periods, so
 * some combinations are shared by many ideas and some by fewer than k = 5 (suppressed in public), with a
 * province nobody vetted and a theme listed twice on one idea. `shift` changes every attribute.
 */
export function ideasCsv(n: number, shift = 0, prefix = 'i'): string {
  const lines = ['id;tekst;thema;soort;branche;provincie;beroep'];
  for (let k = 0; k < n; k++) {
    const j = k + shift;
    const province = k % 41 === 0 ? 'Waddeneilanden-Oost' : PROVINCES[(j * 7) % PROVINCES.length]!;
    const themes =
      k % 17 === 0
        ? 'werkdruk; werkdruk'
        : [THEMES[j % THEMES.length]!, ...(k % 3 === 0 ? [THEMES[(j + 2) % THEMES.length]!] : [])].join('; ');
    lines.push(
      [
        `${prefix}${k}`,
        `Idee nummer ${k} over het werk in de zorg, variant ${j % 13}.`,
        `"${themes}"`,
        KINDS[j % KINDS.length]!,
        k % 29 === 0 ? '' : BRANCHES[(j * 3) % BRANCHES.length]!,
        k % 23 === 0 ? '' : province,
        PROFESSIONS[(j * j) % PROFESSIONS.length]!,
      ].join(';'),
    );
  }
  return lines.join('\n') + '\n';
}

export function facetCountsSuite(name: string, open: () => Promise<Database>): void {
  describe(`facet counts maintained on write on ${name}`, () => {
    let db: Database;
    let dir: string;
    const file = (fileName: string, content: string) => {
      const path = join(dir, fileName);
      writeFileSync(path, content);
      return path;
    };
    /** The full count: the search statement without words or filters, counting every idea. */
    const fullCount = async (audience: Audience) => {
      const params = parseIdeaSearchParams({ limit: '1' });
      const { text, params: values } = searchQuery({
        plan: null,
        filters: params.filters,
        limit: 1,
        offset: 0,
        audience,
        facetStrategy: 'grouping-sets',
      });
      const row = (
        await db.query<{ total: number; facets: [string, string | null, number, number][] }>(text, values)
      ).rows[0]!;
      return { total: row.total, facets: facetCounts(row.facets) };
    };
    /** Both audiences agree with a full count; returns the public one. */
    const expectExact = async () => {
      for (const audience of ['public', 'curator'] as const) {
        const maintained = await maintainedFacets(db, audience);
        const full = await fullCount(audience);
        expect(maintained.total, audience).toBe(full.total);
        // Key order differs (maintained: by name; full: by count): compare as sorted entries.
        for (const facet of Object.keys(full.facets) as (keyof typeof full.facets)[])
          expect(Object.entries(maintained.facets[facet]).sort(), `${audience} ${facet}`).toEqual(
            Object.entries(full.facets[facet]).sort(),
          );
      }
      return fullCount('public');
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-facets-'));
      db = await open();
      await emptyStore(db);
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('equal a full count after an import, with suppressed cells left out of the public counts', async () => {
      await importIdeasFile(db, file('ideas.csv', ideasCsv(300)));
      const pub = await expectExact();
      expect(pub.total).toBe(300);
      // The unvetted province (7 ideas: 0 has no province) is counted for curators, never in public.
      expect((await maintainedFacets(db, 'curator')).facets.provincie['Waddeneilanden-Oost']).toBe(7);
      expect(pub.facets.provincie['Waddeneilanden-Oost']).toBeUndefined();
      // Every published cell is shared by at least k = 5 ideas.
      for (const count of Object.values(pub.facets.provincie)) expect(count).toBeGreaterThanOrEqual(5);
      expect(Object.keys(pub.facets.thema).length).toBeGreaterThan(2);
    });

    it('serve the search with no words and no filters, on every page', async () => {
      for (const audience of ['public', 'curator'] as const) {
        for (const raw of [{}, { limit: '7', offset: '290' }]) {
          const params = parseIdeaSearchParams(raw);
          const served = await searchIdeas(db, params, { audience });
          const full = await searchIdeas(db, params, { audience, facetStrategy: 'grouping-sets' });
          expect(served).toEqual(full);
        }
      }
    });

    it('stay exact through curation: add, edit, retheme, hide, unhide, a label decision', async () => {
      const reason = { reason: 'test' };
      await addIdea(
        db,
        { id: 'new1', text: 'Een nieuw idee over roosters.', themes: 'werkdruk', province: 'Zeeland' },
        reason,
      );
      await expectExact();
      await editIdea(db, 'i5', { province: 'Limburg', kind: 'kans', branch: null }, reason);
      await expectExact();
      await rethemeIdea(db, 'i6', ['veiligheid', 'administratie'], reason);
      await expectExact();
      for (const id of ['i1', 'i2', 'i3', 'i4', 'i10']) await hideIdea(db, id, reason);
      const hidden = await expectExact();
      expect(hidden.total).toBe(301 - 5);
      await unhideIdea(db, 'i2', reason);
      await expectExact();
      await acceptLabel(db, 'province', 'Waddeneilanden-Oost', reason);
      const accepted = await expectExact();
      // Vetted now, yet its 7 ideas spread over tuples shared by fewer than k: still suppressed.
      expect(accepted.facets.provincie['Waddeneilanden-Oost']).toBeUndefined();
      for (const count of Object.values(accepted.facets.provincie)) expect(count).toBeGreaterThanOrEqual(5);
    });

    it('stay exact through erasure and a re-import that changes and adds ideas', async () => {
      await eraseIdea(db, 'i7', { reason: 'verzoek van de schrijver' });
      await eraseIdea(db, 'i3', { reason: 'verzoek van de schrijver' });
      await expectExact();
      await importIdeasFile(db, file('again.csv', ideasCsv(200, 1)));
      await importIdeasFile(db, file('more.csv', ideasCsv(60, 0, 'j')));
      const pub = await expectExact();
      expect((await maintainedFacets(db, 'curator')).total).toBe(301 - 2 + 60);
      expect(pub.total).toBeGreaterThan(300);
    });

    it('equal a rebuild from scratch, and empty with the table', async () => {
      const before = await maintainedFacets(db, 'public');
      await db.transaction((tx) => recountFacets(tx));
      expect(await maintainedFacets(db, 'public')).toEqual(before);
      await db.exec('TRUNCATE ideas, idea_history, import_batches, idea_words RESTART IDENTITY CASCADE');
      expect((await db.query('SELECT * FROM idea_facet_counts')).rows).toEqual([]);
      await expectExact();
    });
  });
}
