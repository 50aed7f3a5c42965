/**
 * The curation semantics of "veelgenoemde oplossingen", run against every back end: an import drops
 * unpinned decisions only in the themes whose ideas it changed and says so; every change says whether
 * it lasts; pinning freezes the line and quote readers see; a declined proposal stays declined; a stale
 * key is followed or named; a curator's solution below the minimum is not shown to readers; the
 * near-duplicate decisions answer exactly and land whole or not at all; an import takes the solutions
 * lock before it writes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importIdeasFile } from '../../../src/node/ideas-file.js';
import type { Database } from '../../../src/node/store/database.js';
import { hideIdea, unhideIdea } from '../../../src/node/store/ideas-curation.js';
import { decideNearDuplicateGroup } from '../../../src/node/store/solutions-duplicate-groups.js';
import { decideNearDuplicate, themeNearDuplicates } from '../../../src/node/store/solutions-duplicates.js';
import { forReaders, SolutionError, themeIdeas, themeSolutions } from '../../../src/node/store/solutions.js';
import {
  acceptProposals,
  declineProposal,
  declineProposals,
  moveIdea,
  pinSolution,
  renameSolution,
  splitSolution,
} from '../../../src/node/store/solutions-curation.js';
import { solutionHistory } from '../../../src/node/store/solutions-history.js';
import { failingOn, spiedDatabase } from '../../support/query-spy.js';

const EXAMPLE = new URL('../../../data/ideeen-voorbeeld.csv', import.meta.url).pathname;
const THEME = 'Administratieve lasten';
const OTHER = 'Werkdruk en roosters';
const why = { reason: 'test van de beheerder' };

export function solutionsCurationSuite(name: string, open: () => Promise<Database>): void {
  describe(`solutions curation on ${name}`, () => {
    let db: Database;
    let dir: string;
    const importText = (fileName: string, rows: string) => {
      const path = join(dir, fileName);
      writeFileSync(path, `id,tekst,thema,branche\n${rows}`);
      return importIdeasFile(db, path);
    };
    const csv = (text: string) => `"${text.replace(/"/g, '""')}"`;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'werkbalans-curation-'));
      db = await open();
    });
    afterAll(async () => {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    beforeEach(async () => {
      await db.exec(
        'TRUNCATE ideas, idea_history, import_batches, idea_words, solution_clusters, solution_members, solution_history, idea_near_duplicates, solution_declines RESTART IDENTITY CASCADE',
      );
      await importIdeasFile(db, EXAMPLE, { example: true });
    });

    it('drops unpinned decisions only in the themes an import changed, and says which', async () => {
      const here = (await themeSolutions(db, THEME)).clusters[0]!;
      const there = (await themeSolutions(db, OTHER)).clusters[0]!;
      const renamed = await renameSolution(db, THEME, here.key, 'Hier blijft het', why);
      expect(renamed.change.untilImport).toBe('solution');
      await renameSolution(db, OTHER, there.key, 'Daar vervalt het', why);

      const result = await importText(
        'werkdruk.csv',
        `w-1,"Plan vaste pauzes in het rooster.",${OTHER},VVT\n`,
      );
      expect((await themeSolutions(db, THEME)).clusters.map((c) => c.label)).toContain('Hier blijft het');
      expect((await themeSolutions(db, OTHER)).clusters.map((c) => c.label)).not.toContain(
        'Daar vervalt het',
      );
      expect(result.droppedCuration).toEqual([
        { theme: OTHER, solutions: [expect.objectContaining({ label: 'Daar vervalt het' })], outside: [] },
      ]);
      expect((await solutionHistory(db, THEME)).map((h) => h.action)).toEqual(['rename']);
    });

    it('says which changes last only until the next import', async () => {
      const [a, b] = (await themeSolutions(db, THEME)).clusters;
      const pinned = await pinSolution(db, THEME, a!.key, true, why);
      expect(pinned.change.untilImport).toBe(false);
      const key = pinned.clusters.find((c) => c.pinned)!.key;
      expect((await renameSolution(db, THEME, key, 'Vast', why)).change.untilImport).toBe(false);
      expect((await moveIdea(db, THEME, b!.ids[1]!, null, why)).change.untilImport).toBe('outside');
    });

    it('freezes the line and quote a pinned solution shows; a hidden quote is replaced and recorded', async () => {
      const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
      const pinned = await pinSolution(db, THEME, cluster.key, true, why);
      const kept = pinned.clusters.find((c) => c.pinned)!;
      expect(kept).toMatchObject({ label: cluster.label, storedLabel: cluster.label, lineFrozen: true });
      expect(kept.quote.id).toBe(cluster.quote.id);
      // Ideas taken in that say what another member says do not move the quote.
      const other = (await themeIdeas(db, THEME)).find((i) => i.id === cluster.ids.at(-1))!;
      await importText(
        'kopie.csv',
        ['k-1', 'k-2', 'k-3']
          .map((id, i) => `${id},${csv(`${other.text} ${'Echt.'.repeat(i + 1)}`)},${THEME},VVT`)
          .join('\n') + '\n',
      );
      for (const id of ['k-1', 'k-2', 'k-3']) await moveIdea(db, THEME, id, kept.key, why);
      const after = (await themeSolutions(db, THEME)).clusters.find((c) => c.key === kept.key)!;
      expect(after.quote.id).toBe(cluster.quote.id);
      expect(after.ids[0]).toBe(cluster.quote.id);
      expect(after.label).toBe(cluster.label);

      await hideIdea(db, cluster.quote.id, { reason: 'niet openbaar' });
      const hidden = (await themeSolutions(db, THEME)).clusters.find((c) => c.key === kept.key)!;
      expect(hidden.quote.id).not.toBe(cluster.quote.id);
      expect(hidden.storedQuote).toBe(hidden.quote.id);
      expect((await solutionHistory(db, THEME)).at(-1)).toMatchObject({
        action: 'quote',
        detail: { quotes: [{ key: kept.key, from: cluster.quote.id, to: hidden.quote.id }] },
      });
      // Unpinned, the frozen line and quote are let go.
      await pinSolution(db, THEME, kept.key, false, why);
      const loose = (await themeSolutions(db, THEME)).clusters.find((c) => c.key === kept.key)!;
      expect(loose).toMatchObject({ storedLabel: null, lineFrozen: false, storedQuote: null });
    });

    it('remembers a declined proposal across imports and records it with its reason', async () => {
      const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
      const key = (await pinSolution(db, THEME, cluster.key, true, why)).clusters.find((c) => c.pinned)!.key;
      await importText('voorstel.csv', `v-1,${csv(`${cluster.quote.text} Dat zeg ik ook.`)},${THEME},VVT\n`);
      expect((await themeSolutions(db, THEME)).proposals).toContainEqual(
        expect.objectContaining({ ideaId: 'v-1', clusterKey: key }),
      );
      const loose = (await themeSolutions(db, THEME)).clusters.find((c) => !c.pinned)!;
      await expect(declineProposal(db, THEME, 'v-1', loose.key, why)).rejects.toMatchObject({
        failure: 'bad-request',
      });
      const declined = await declineProposal(db, THEME, 'v-1', key, { reason: 'gaat over iets anders' });
      expect(declined.proposals.some((p) => p.ideaId === 'v-1')).toBe(false);
      expect(declined.unclustered).toContain('v-1');
      await importText(
        'nog-een.csv',
        `v-2,"Schrap de dubbele registratie van de vochtlijst.",${THEME},VVT\n`,
      );
      expect((await themeSolutions(db, THEME)).proposals.some((p) => p.ideaId === 'v-1')).toBe(false);
      const entry = (await solutionHistory(db, THEME)).find((h) => h.action === 'decline')!;
      expect(entry).toMatchObject({
        reason: 'gaat over iets anders',
        detail: { declined: [{ key, idea: 'v-1' }] },
      });
      // Taken in after all, it is no longer declined.
      await moveIdea(db, THEME, 'v-1', key, why);
      expect((await db.query('SELECT 1 FROM solution_declines')).rows).toEqual([]);
    });

    it('follows a key that became curated, and names the solution now for one it cannot follow', async () => {
      const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
      const renamed = await renameSolution(db, THEME, cluster.key, 'Eerste naam', why);
      const key = renamed.clusters.find((c) => c.label === 'Eerste naam')!.key;
      expect(key).toMatch(/^c\d+$/);
      // A tab opened before the rename still sends the automatic key.
      const again = await renameSolution(db, THEME, cluster.key, 'Tweede naam', why);
      expect(again.change.resolvedKeys).toEqual({ [cluster.key]: { key, label: 'Eerste naam' } });
      expect(again.clusters.find((c) => c.key === key)!.label).toBe('Tweede naam');

      // An automatic key never recorded (its representative changed): refused, naming the solution now.
      const other = (await themeSolutions(db, THEME)).clusters.find((c) => !c.curated)!;
      const stale = `auto-${other.ids[1]!}`;
      const error = await renameSolution(db, THEME, stale, 'Derde naam', why).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SolutionError);
      expect((error as SolutionError).stale).toEqual({
        key: stale,
        now: { key: other.key, label: other.label },
        resolved: false,
      });
      expect((error as SolutionError).message).toContain(other.label);
    });

    it('keeps a curator’s solution of fewer than 3 ideas for curators but not for readers', async () => {
      const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
      const split = await splitSolution(db, THEME, cluster.key, [cluster.ids.at(-1)!], {
        ...why,
        label: 'Eén idee',
      });
      expect(split.change.unpublished).toEqual(['Eén idee']);
      const all = await themeSolutions(db, THEME);
      expect(all.clusters.map((c) => c.label)).toContain('Eén idee');
      const readers = forReaders(all);
      expect(readers.clusters.map((c) => c.label)).not.toContain('Eén idee');
      expect(readers.unclustered).toContain(cluster.ids.at(-1));
    });

    it('refuses to keep an idea outside the pair, says which idea a merge hid, and reopens it when shown', async () => {
      const original = (await themeIdeas(db, THEME))[0]!;
      await importText('dubbel.csv', `dubbel-1,${csv(`${original.text}!`)},${THEME},VVT\n`);
      const pair = { a: original.id, b: 'dubbel-1' };
      await expect(
        decideNearDuplicate(db, pair, { status: 'kept', keep: 'idee-0002', reason: 'x' }),
      ).rejects.toMatchObject({ failure: 'bad-request' });
      const merged = await decideNearDuplicate(db, pair, { status: 'merged', reason: 'zelfde idee' });
      expect(merged).toMatchObject({ status: 'merged', keep: 'dubbel-1', hidden: original.id });
      await unhideIdea(db, original.id, { reason: 'toch apart' });
      expect(await themeNearDuplicates(db, THEME)).toContainEqual(
        expect.objectContaining({ a: 'dubbel-1', b: original.id, status: 'open' }),
      );
    });

    it('decides a group of near-duplicates whole or not at all: a failure midway changes nothing', async () => {
      const text = (tail: string) =>
        csv(`Zet de kalobber en de lomiber in het minuber van het team ${tail}.`);
      await importText(
        'groep.csv',
        [
          `g-1,${text('graag')},${THEME},VVT`,
          `g-2,${text('snel')},${THEME},VVT`,
          `g-3,${text('vandaag')},${THEME},VVT`,
        ].join('\n') + '\n',
      );
      const ids = ['g-1', 'g-2', 'g-3'];
      const state = async () => ({
        hidden: (
          await db.query<{ id: string }>("SELECT id FROM ideas WHERE hidden AND id LIKE 'g-%' ORDER BY id")
        ).rows,
        decided: (await db.query("SELECT 1 FROM idea_near_duplicates WHERE status <> 'open'")).rows.length,
        versions: (await db.query("SELECT 1 FROM idea_history WHERE idea_id LIKE 'g-%'")).rows.length,
      });
      const before = await state();
      expect(before).toEqual({ hidden: [], decided: 0, versions: 0 });
      // The second hide fails, then the record of the pairs (after both hides).
      for (const [start, nth] of [
        ['UPDATE ideas SET hidden', 2],
        ['INSERT INTO idea_near_duplicates', 1],
      ] as const) {
        await expect(
          decideNearDuplicateGroup(failingOn(db, start, nth), THEME, ids, { keep: 'g-2', reason: 'zelfde' }),
        ).rejects.toThrow('ingespoten fout');
        expect(await state()).toEqual(before);
      }
      // An id that vanished between the page and the decision: refused, nothing hidden.
      await expect(
        decideNearDuplicateGroup(db, THEME, [...ids, 'g-weg'], { keep: 'g-2', reason: 'zelfde' }),
      ).rejects.toMatchObject({ failure: 'unknown-cluster' });
      expect(await state()).toEqual(before);
      // Without a failure it lands whole.
      const outcome = await decideNearDuplicateGroup(db, THEME, ids, { keep: 'g-2', reason: 'zelfde' });
      expect(outcome.hidden).toEqual(['g-1', 'g-3']);
      expect(await state()).toMatchObject({ hidden: [{ id: 'g-1' }, { id: 'g-3' }], decided: 3 });
    });

    it('decides a near-duplicate pair whole or not at all', async () => {
      const original = (await themeIdeas(db, THEME))[0]!;
      await importText('paar.csv', `paar-1,${csv(`${original.text}!`)},${THEME},VVT\n`);
      const pair = { a: original.id, b: 'paar-1' };
      await expect(
        decideNearDuplicate(failingOn(db, 'INSERT INTO idea_near_duplicates', 1), pair, {
          status: 'merged',
          reason: 'zelfde',
        }),
      ).rejects.toThrow('ingespoten fout');
      expect((await db.query('SELECT 1 FROM ideas WHERE hidden')).rows).toEqual([]);
    });

    it('takes the solutions lock in an import before it writes a row', async () => {
      const seen: string[] = [];
      const spied = spiedDatabase(db, (text, inTransaction) => {
        if (inTransaction) seen.push(text.trimStart());
      });
      const path = join(dir, 'slot.csv');
      writeFileSync(path, `id,tekst,thema,branche\ns-1,"Plan vaste pauzes in het rooster.",${OTHER},VVT\n`);
      await importIdeasFile(spied, path);
      const lock = seen.findIndex((q) => q.includes('pg_advisory_xact_lock(727275)'));
      const firstWrite = seen.findIndex((q) => /^(INSERT|UPDATE|DELETE|WITH)\b/i.test(q));
      expect(lock).toBeGreaterThanOrEqual(0);
      expect(firstWrite).toBeGreaterThan(lock);
    });

    it('takes in or declines several proposals at once: one transaction, one history entry per idea', async () => {
      const cluster = (await themeSolutions(db, THEME)).clusters[0]!;
      const key = (await pinSolution(db, THEME, cluster.key, true, why)).clusters.find((c) => c.pinned)!.key;
      await importText(
        'voorstellen.csv',
        ['Dat zeg ik ook.', 'Graag zo.', 'Precies dit.']
          .map((tail, i) => `v-${i + 1},${csv(`${cluster.quote.text} ${tail}`)},${THEME},VVT`)
          .join('\n') + '\n',
      );
      const proposed = (await themeSolutions(db, THEME)).proposals.filter((p) => p.clusterKey === key);
      expect(proposed.map((p) => p.ideaId).sort()).toEqual(['v-1', 'v-2', 'v-3']);
      const entries = async () => (await solutionHistory(db, THEME)).filter((h) => h.action !== 'pin');
      const members = async () =>
        (await themeSolutions(db, THEME)).clusters
          .find((c) => c.key === key)!
          .ids.filter((id) => id.startsWith('v-'));

      // Refused as a whole: one idea is not in the theme; a failure at the second history entry.
      await expect(acceptProposals(db, THEME, key, ['v-1', 'idee-x'], why)).rejects.toMatchObject({
        failure: 'bad-request',
      });
      await expect(
        acceptProposals(failingOn(db, 'INSERT INTO solution_history', 2), THEME, key, ['v-1', 'v-2'], why),
      ).rejects.toThrow('ingespoten fout');
      expect(await members()).toEqual([]);
      expect(await entries()).toEqual([]);

      const accepted = await acceptProposals(db, THEME, key, ['v-1', 'v-2'], { reason: 'zelfde oplossing' });
      expect(accepted.change.untilImport).toBe(false);
      expect((await members()).sort()).toEqual(['v-1', 'v-2']);
      const moves = await entries();
      expect(moves.map((h) => [h.action, h.reason, h.detail])).toEqual([
        ['move', 'zelfde oplossing', expect.objectContaining({ ideas: ['v-1'], together: ['v-1', 'v-2'] })],
        ['move', 'zelfde oplossing', expect.objectContaining({ ideas: ['v-2'], together: ['v-1', 'v-2'] })],
      ]);
      await expect(declineProposals(db, THEME, key, ['v-3', 'v-1'], why)).rejects.toMatchObject({
        failure: 'bad-request',
      });
      await declineProposals(db, THEME, key, ['v-3'], { reason: 'iets anders' });
      expect((await themeSolutions(db, THEME)).proposals.some((p) => p.ideaId === 'v-3')).toBe(false);
      expect((await entries()).at(-1)).toMatchObject({
        action: 'decline',
        detail: { declined: [{ key, idea: 'v-3' }] },
      });
    });
  });
}
