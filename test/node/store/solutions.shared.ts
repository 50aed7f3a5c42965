/**
 * The solutions store suite ("veelgenoemde oplossingen"), run against every back end: the public
 * document, each curator's change with its history, pinned curation through a re-import with
 * proposals, and near-duplicates flagged on import and decided by a curator.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clusterIdeas } from '../../../src/core/ideas/clusters/cluster-ideas.js';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { getStoredIdea, ideaHistory } from '../../../src/node/store/ideas-curation.js';
import { eraseIdea } from '../../../src/node/store/ideas-erase.js';
import { decideNearDuplicate, themeNearDuplicates } from '../../../src/node/store/solutions-duplicates.js';
import { SolutionError, themeIdeas, themeSolutions } from '../../../src/node/store/solutions.js';
import {
  mergeSolutions,
  moveIdea,
  pinSolution,
  renameSolution,
  splitSolution,
} from '../../../src/node/store/solutions-curation.js';
import { solutionsDocument } from '../../../src/node/store/solutions-document.js';
import { solutionHistory } from '../../../src/node/store/solutions-history.js';

const EXAMPLE = new URL('../../../data/ideeen-voorbeeld.csv', import.meta.url).pathname;
const THEME = 'Administratieve lasten';
const why = { reason: 'test van de beheerder' };

export function solutionsStoreSuite(name: string, open: () => Promise<Database>): void {
  describe(`solutions store on ${name}`, () => {
    let db: Database;
    let dir: string;
    const importExample = () => importIdeasFile(db, EXAMPLE, { example: true });
    const importText = (fileName: string, rows: string) => {
      const path = join(dir, fileName);
      writeFileSync(path, `id,tekst,thema,branche\n${rows}`);
      return importIdeasFile(db, path);
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-solutions-'));
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    beforeEach(async () => {
      await db.exec(
        'TRUNCATE ideas, idea_history, import_batches, idea_words, solution_clusters, solution_members, solution_history, idea_near_duplicates RESTART IDENTITY CASCADE',
      );
      await importExample();
    });

    it('answers the public document: the core clustering of the theme’s visible ideas, every idea once', async () => {
      const solutions = await themeSolutions(db, THEME);
      const document = solutionsDocument(solutions);
      expect(Object.keys(document)).toEqual(['thema', 'clusters', 'unclustered']);
      // The fields first, then what readers need beyond them (audit 5: near-duplicates, examples).
      expect(Object.keys(document.clusters[0]!)).toEqual([
        'label',
        'count',
        'ids',
        'quote',
        'branches',
        'distinct',
        'nearlyEqual',
      ]);
      expect(Object.keys(document.clusters[0]!.quote)).toEqual(['id', 'text', 'branch', 'example']);
      const expected = clusterIdeas(await themeIdeas(db, THEME));
      expect(document.clusters.map((c) => c.ids)).toEqual(expected.clusters.map((c) => c.ids));
      const all = [...document.clusters.flatMap((c) => c.ids), ...document.unclustered].sort();
      expect(all).toEqual((await themeIdeas(db, THEME)).map((i) => i.id));
      for (const c of document.clusters) expect(c.count).toBe(c.ids.length);
      expect(solutions.example).toBe('all');
    });

    it('refuses a theme without visible ideas', async () => {
      await expect(themeSolutions(db, 'Geen thema')).rejects.toBeInstanceOf(SolutionError);
    });

    it('renames a cluster with a summary line and records when, what and why', async () => {
      const before = await themeSolutions(db, THEME);
      const target = before.clusters[1]!;
      const after = await renameSolution(db, THEME, target.key, '  Systemen  laten samenwerken ', why);
      const renamed = after.clusters.find((c) => c.label === 'Systemen laten samenwerken')!;
      expect(renamed.ids).toEqual(target.ids);
      expect(renamed.curated).toBe(true);
      expect(renamed.automaticLabel).toBe(target.label);
      const history = await solutionHistory(db, THEME);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: 'rename', reason: 'test van de beheerder' });
      expect(history[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      await expect(renameSolution(db, THEME, renamed.key, 'x', { reason: ' ' })).rejects.toThrow(/reden/);
      await expect(renameSolution(db, THEME, 'auto-bestaat-niet', 'x', why)).rejects.toBeInstanceOf(
        SolutionError,
      );
    });

    it('merges two clusters, splits one, and moves an idea in and out', async () => {
      const before = await themeSolutions(db, THEME);
      const [a, b] = before.clusters;
      const merged = await mergeSolutions(db, THEME, [a!.key, b!.key], { ...why, label: 'Samen' });
      const together = merged.clusters.find((c) => c.label === 'Samen')!;
      expect([...together.ids].sort()).toEqual([...a!.ids, ...b!.ids].sort());

      const split = await splitSolution(db, THEME, together.key, b!.ids, { ...why, label: 'Weer apart' });
      expect([...split.clusters.find((c) => c.label === 'Weer apart')!.ids].sort()).toEqual(
        [...b!.ids].sort(),
      );
      expect([...split.clusters.find((c) => c.label === 'Samen')!.ids].sort()).toEqual([...a!.ids].sort());

      const idea = a!.ids[1]!;
      const moved = await moveIdea(
        db,
        THEME,
        idea,
        split.clusters.find((c) => c.label === 'Weer apart')!.key,
        why,
      );
      expect(moved.clusters.find((c) => c.label === 'Weer apart')!.ids).toContain(idea);
      const outside = await moveIdea(db, THEME, idea, null, why);
      expect(outside.unclustered).toContain(idea);
      expect((await solutionHistory(db, THEME)).map((h) => h.action)).toEqual([
        'merge',
        'split',
        'move',
        'move',
      ]);
    });

    it('keeps pinned curation through a re-import, drops the rest, and proposes a new idea for the pinned cluster', async () => {
      const before = await themeSolutions(db, THEME);
      const [pinned] = before.clusters;
      await renameSolution(db, THEME, pinned!.key, 'Vastgezette oplossing', why);
      const afterRename = await themeSolutions(db, THEME);
      const key = afterRename.clusters.find((c) => c.label === 'Vastgezette oplossing')!.key;
      await pinSolution(db, THEME, key, true, why);
      // Pinning changes no other solution: the automatic ones keep their members and keys.
      const afterPin = await themeSolutions(db, THEME);
      const automatic = (s: typeof afterPin) =>
        s.clusters.filter((c) => !c.curated).map((c) => ({ key: c.key, ids: [...c.ids].sort() }));
      expect(automatic(afterPin)).toEqual(automatic(afterRename));
      const renamed = afterPin.clusters.find((c) => !c.curated);
      await renameSolution(db, THEME, renamed!.key, 'Niet vastgezet', why);

      const quote = pinned!.quote.text;
      await importText(
        'nieuw.csv',
        `nieuw-1,"${quote.replace(/"/g, '""')} Dat zeg ik ook.",${THEME},Jeugdzorg\n`,
      );
      const after = await themeSolutions(db, THEME);
      const kept = after.clusters.find((c) => c.key === key)!;
      expect(kept.label).toBe('Vastgezette oplossing');
      expect(kept.pinned).toBe(true);
      expect([...kept.ids].sort()).toEqual([...pinned!.ids].sort());
      expect(after.clusters.some((c) => c.label === 'Niet vastgezet')).toBe(false);
      expect(after.proposals).toContainEqual(expect.objectContaining({ ideaId: 'nieuw-1', clusterKey: key }));
      expect((await solutionHistory(db, THEME)).at(-1)).toMatchObject({ action: 'reimport' });
    });

    it('scrubs an erased idea from the recorded solutions: its id, its key, and labels made of its words', async () => {
      // A small theme whose one solution is labelled by words two ideas share, one of them erased.
      await importText(
        'wissen.csv',
        [
          'w-1,Koppel het roosterprogramma aan de salarisadministratie zodat niemand overtypt.,Technologie en hulpmiddelen,VVT',
          'w-2,Het roosterprogramma moet gekoppeld aan de salarisadministratie: ik typ alles over.,Technologie en hulpmiddelen,VVT',
          'w-3,Koppel de systemen zodat ik niet dubbel hoef te typen.,Technologie en hulpmiddelen,VVT',
          'w-4,Koppel de systemen van de apotheek en het dossier.,Technologie en hulpmiddelen,VVT',
          'w-5,Een fruitschaal in de teamkamer.,Technologie en hulpmiddelen,VVT',
          'w-6,"Koppel het rooster aan de salarissen, dan hoeft niemand meer over te typen.",Technologie en hulpmiddelen,VVT',
        ].join('\n') + '\n',
      );
      const before = await themeSolutions(db, 'Technologie en hulpmiddelen');
      const cluster = before.clusters.find((c) => c.ids.includes('w-1'))!;
      await pinSolution(db, 'Technologie en hulpmiddelen', cluster.key, true, why);
      // An entry as written before labels were flagged automatic, with a label of the erased ideas' words.
      await db.query('INSERT INTO solution_history (theme, action, reason, detail) VALUES ($1, $2, $3, $4)', [
        'Technologie en hulpmiddelen',
        'rename',
        'ouder formaat',
        JSON.stringify({
          before: [
            {
              key: 'auto-w-1',
              label: 'Roosterprogramma en salarisadministratie',
              ids: ['w-1', 'w-2', 'w-3'],
            },
          ],
        }),
      ]);
      const recorded = JSON.stringify(await solutionHistory(db, 'Technologie en hulpmiddelen'));
      expect(recorded).toContain('"w-1"');
      const erasedWords = ['roosterprogramma', 'salarisadministratie'];
      expect(erasedWords.every((w) => recorded.toLowerCase().includes(w))).toBe(true);

      await eraseIdea(db, 'w-1', { reason: 'verzoek van de schrijver' });
      await eraseIdea(db, 'w-2', { reason: 'verzoek van de schrijver' });
      const history = await solutionHistory(db, 'Technologie en hulpmiddelen');
      const text = JSON.stringify(history).toLowerCase();
      expect(text).not.toContain('"w-1"');
      expect(text).not.toContain('"w-2"');
      expect(text).not.toContain('auto-w-1');
      for (const word of erasedWords) expect(text).not.toContain(word);
      // The recorded solution is still there, with the ideas that remain and a label made from them.
      const entries = history.flatMap((h) => Object.values(h.detail as Record<string, unknown[]>).flat()) as {
        ids: string[];
        label: string;
        automatic?: boolean;
      }[];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry.ids.length).toBeGreaterThan(0);
        expect(entry.label).not.toBe('');
      }
    });

    it('clears a curator’s line that quotes an erased idea, and keeps one that does not', async () => {
      await importText(
        'citaat.csv',
        [
          'q-1,Koppel het roosterprogramma aan de salarisadministratie zodat niemand overtypt.,Technologie en hulpmiddelen,VVT',
          'q-2,Het roosterprogramma moet gekoppeld aan de salarisadministratie: ik typ alles over.,Technologie en hulpmiddelen,VVT',
          'q-3,Koppel de systemen zodat ik niet dubbel hoef te typen.,Technologie en hulpmiddelen,VVT',
          'q-4,Koppel de systemen van de apotheek en het dossier.,Technologie en hulpmiddelen,VVT',
        ].join('\n') + '\n',
      );
      const theme = 'Technologie en hulpmiddelen';
      const cluster = (await themeSolutions(db, theme)).clusters.find((c) => c.ids.includes('q-1'))!;
      const quote = '"Roosterprogramma aan de salarisadministratie"';
      await renameSolution(db, theme, cluster.key, quote, why);
      const renamed = (await themeSolutions(db, theme)).clusters.find((c) => c.ids.includes('q-2'))!;
      expect(renamed.label).toBe(quote);

      await eraseIdea(db, 'q-1', { reason: 'verzoek van de schrijver' });
      const lineOf = async (key: string) =>
        (
          await db.query<{ label: string | null }>(
            "SELECT label FROM solution_clusters WHERE 'c' || id::text = $1",
            [key],
          )
        ).rows[0]?.label;
      expect(await lineOf(renamed.key)).toBeNull();
      const history = await solutionHistory(db, theme);
      expect(history.at(-1)).toMatchObject({ action: 'erase-label' });
      expect(JSON.stringify(history).toLowerCase()).not.toContain('roosterprogramma aan de');

      // A line in the curator's own words stays.
      const other = (await themeSolutions(db, theme)).clusters.find((c) => c.ids.includes('q-3'))!;
      await renameSolution(db, theme, other.key, 'Systemen die gegevens delen', why);
      await eraseIdea(db, 'q-4', { reason: 'verzoek van de schrijver' });
      expect(await lineOf(other.key)).toBe('Systemen die gegevens delen');
    });

    it('flags a near-duplicate on import, never drops it, and lets a curator merge the pair', async () => {
      const original = (await themeIdeas(db, THEME))[0]!;
      const result = await importText(
        'dubbel.csv',
        `dubbel-1,"${original.text.replace(/"/g, '""')}!",${THEME},UMC's\n`,
      );
      expect(result.added).toBe(1);
      expect(result.nearDuplicates).toEqual([expect.objectContaining({ a: 'dubbel-1', b: original.id })]);
      expect(await themeNearDuplicates(db, THEME)).toContainEqual(
        expect.objectContaining({ a: 'dubbel-1', b: original.id, status: 'open' }),
      );
      await decideNearDuplicate(
        db,
        { a: original.id, b: 'dubbel-1' },
        { status: 'merged', keep: original.id, reason: 'zelfde idee' },
      );
      expect((await getStoredIdea(db, 'dubbel-1'))!.hidden).toBe(true);
      expect((await ideaHistory(db, 'dubbel-1')).at(-1)!.reason).toContain('zelfde idee');
      expect((await getStoredIdea(db, original.id))!.hidden).toBe(false);
      expect(await themeNearDuplicates(db, THEME)).toEqual([]);
    });
  });
}
