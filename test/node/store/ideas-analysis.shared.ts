/**
 * An import analyses its texts in its own statement (ideas-analysis.ts) instead of the per-row trigger
 * (migration 013): the stored search vectors and concepts must be exactly what the trigger writes,
 * which every other write path still uses. Compared per idea, for tricky texts and synthetic ideas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdeas } from '../../../data/make-synthetic-ideas.js';
import { importIdeasGrid } from '../../../src/node/ideas-file.js';
import type { IdeasGrid } from '../../../src/node/import/ideas-read.js';
import type { Database } from '../../../src/node/store/database.js';
import { phrasePostingNumber } from '../../../src/node/store/search-concepts.js';

/** Hyphens and apostrophes of every kind unaccent maps, markup, accents, stop words only, numbers. */
const TRICKY = [
  'E-health en zzp’ers in de 24-uursdienst: burn-out door de werk-privé-balans.',
  "Zzp'ers en cliënt‐gerichte zorg (met een Unicode‐streepje) en de ‘e–health’ app.",
  'Patiënten, cliënten en naasten; overleg bij het MDO – elke week.',
  '<b>Vet</b> en <script>alert(1)</script> blijven woorden.',
  'en de het een van',
  '2024 2025 12,5% 3-4 uur',
  'Meer administratie, formulieren en registratiedruk; minder rompslomp.',
  'Rooster, nachtdiensten en agressie van bezoekers.',
  'Ééntje mét accenten: ëën, ïn, ûn, çà.',
  'Oudéren_groep, ÖUDERS en de ouders—avond; de oude\u0301re bewoner en zijn schouder².',
  'Géén tijd voor pauze, en te weinig tijd voor overleg.',
  'Ouderen en ouders, de ouder-kindrelatie en OUDERENZORG; ouderdom en een schouder.',
  'Tijd genoeg, geen zorgen.',
];

function gridOf(texts: readonly { id: string; text: string; themes: string }[]): IdeasGrid {
  return {
    file: 'analyse.csv',
    format: 'csv',
    headers: ['id', 'tekst', 'thema'],
    rows: texts.map((t, k) => ({ row: k + 2, cells: [t.id, t.text, t.themes] })),
    errors: [],
  };
}

/** The trigger's analysis of `ideas.text`, as werkbalans_analyse_idea computes it. */
const TRIGGER_VALUES = `to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(text, '<>', '  ')))
    || to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(werkbalans_joined_words(text)))`;
const TRIGGER_CONCEPTS = `werkbalans_phrase_postings(${TRIGGER_VALUES}, text)
    || werkbalans_concepts(to_tsvector('werkbalans_dutch'::regconfig, werkbalans_senses(translate(text, '<>', '  '))))`;

export function ideasAnalysisSuite(name: string, open: () => Promise<Database>): void {
  describe(`an import's own text analysis on ${name}`, () => {
    let db: Database;
    const ideas = [
      ...TRICKY.map((text, k) => ({ id: `t${k}`, text, themes: 'werkdruk' })),
      ...generateIdeas(300, 7).map((idea) => ({
        id: idea.id,
        text: idea.text,
        themes: idea.themes.join(';'),
      })),
    ];
    beforeAll(async () => {
      db = await open();
      await importIdeasGrid(db, gridOf(ideas), { k: 1 });
    });
    afterAll(async () => {
      await db?.close();
    });

    it('stores the search vector and concepts the per-row trigger computes, idea by idea', async () => {
      const { rows } = await db.query<{
        id: string;
        stored: string;
        trigger: string;
        c: number[];
        tc: number[];
      }>(
        `SELECT id, search_vector::text AS stored, (${TRIGGER_VALUES})::text AS trigger,
           concepts AS c, ${TRIGGER_CONCEPTS} AS tc
         FROM ideas ORDER BY id`,
      );
      expect(rows).toHaveLength(ideas.length);
      for (const row of rows) {
        expect(row.stored, row.id).toBe(row.trigger);
        expect(row.c, row.id).toEqual(row.tc);
      }
      // The sample holds what the comparison is about: joined words and concepts.
      expect(rows.find((r) => r.id === 't0')?.stored).toContain("'ehealth'");
      // Older people and parents apart (migration 019), the joined `ouder-kindrelatie` too.
      const senses = rows.find((r) => r.id === `t${TRICKY.length - 2}`)?.stored ?? '';
      for (const lexeme of [
        'xqsnrouder',
        'xqprtouder',
        'xqsnrouderenzorg',
        'xqprtouderkindrelatie',
        'ouderdom',
        'schouder',
      ])
        expect(senses).toContain(`'${lexeme}'`);
      expect(senses).not.toContain("'ouder'");
      // Written with accents, capitals, `_` and a dash (migration 020).
      const written = rows.find((r) => r.id === `t${TRICKY.length - 4}`)?.stored ?? '';
      for (const lexeme of ['xqsnrouder', 'xqprtouder', 'xqprtoudersavond', 'schouder'])
        expect(written).toContain(`'${lexeme}'`);
      expect(written).not.toContain("'ouder'");
      expect(rows.filter((r) => r.c.length > 0).length).toBeGreaterThan(100);
      // And phrase postings (negative numbers, search-concepts.ts): `géén tijd` written, `tijd` alone not.
      const geenTijd = phrasePostingNumber(['geen', 'tijd']);
      expect(geenTijd).toBeLessThan(0);
      expect(rows.find((r) => r.id === `t${TRICKY.length - 3}`)?.c).toContain(geenTijd);
      expect(rows.find((r) => r.id === `t${TRICKY.length - 1}`)?.c).not.toContain(geenTijd);
      expect(rows.filter((r) => r.c.some((c) => c < 0)).length).toBeGreaterThan(1);
    });

    it('lets the trigger analyse a row written without its analysis, the same as the import did', async () => {
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO ideas (id, text, action, reason) SELECT 'copy-' || id, text, 'add', 'test' FROM ideas`,
        );
        const { rows } = await tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ideas a JOIN ideas b ON b.id = 'copy-' || a.id
           WHERE a.search_vector::text IS DISTINCT FROM b.search_vector::text OR a.concepts IS DISTINCT FROM b.concepts`,
        );
        expect(rows[0]?.n).toBe(0);
        const copies = await tx.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ideas WHERE id LIKE 'copy-%'`,
        );
        expect(copies.rows[0]?.n).toBe(ideas.length);
        await tx.query(`DELETE FROM ideas WHERE id LIKE 'copy-%'`);
      });
    });

    it('re-imports idempotently and re-analyses a changed text through the update trigger', async () => {
      const again = await importIdeasGrid(db, gridOf(ideas), { k: 1 });
      expect([again.added, again.updated, again.unchanged]).toEqual([0, 0, ideas.length]);
      const changed = ideas.map((idea, k) =>
        k === 0 ? { ...idea, text: 'Nu over e-learning en roosters.' } : idea,
      );
      const result = await importIdeasGrid(db, gridOf(changed), { k: 1 });
      expect([result.added, result.updated]).toEqual([0, 1]);
      const { rows } = await db.query<{ same: boolean }>(
        `SELECT search_vector::text = (${TRIGGER_VALUES})::text AND concepts = ${TRIGGER_CONCEPTS} AS same
         FROM ideas WHERE id = 't0'`,
      );
      expect(rows[0]?.same).toBe(true);
    });
  });
}
