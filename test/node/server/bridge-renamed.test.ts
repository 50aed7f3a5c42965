/**
 * A wave that renames a profession (audit 4, finding 6): the bridge knows it by the contract's one name
 * rule (label or alias, case, accents, punctuation and a bracketed part aside), so its ideas keep their
 * branch preference.
 */
import { describe, expect, it } from 'vitest';
import { branchesOf, knownProfession } from '../../../src/node/server/bridge-ideas.js';
import { twoWavesCsv } from '../../support/two-waves.js';
import { testAppPerFile, upload } from './app-fixture.js';

interface BridgeBody {
  bridge: { clear: { ideas: { ownBranch: boolean }[] }[] };
}

describe('the bridge of a renamed profession', () => {
  it('knows a profession by its alias with a bracketed part, as the ideas import does', () => {
    expect(knownProfession('Basisverpleegkundigen (niveau 4)')).toBe('Basisverpleegkundige niveau 4');
    expect(knownProfession('huisarts')).toBe('Huisartsen');
    expect(knownProfession('Kapper')).toBeNull();
    expect(branchesOf('Basisverpleegkundigen (niveau 4)')).toEqual(
      branchesOf('Basisverpleegkundige niveau 4'),
    );
    expect(branchesOf('Basisverpleegkundigen (niveau 4)').length).toBeGreaterThan(0);
  });

  const t = testAppPerFile();
  it('gives the renamed profession the ideas from its own branches, as before the rename', async () => {
    const csv = twoWavesCsv({
      renames: { 'Basisverpleegkundige niveau 4': 'Basisverpleegkundigen (niveau 4)' },
    });
    expect((await upload(t.app, csv, 'golven.csv')).status).toBe(201);
    const own = async (path: string) => {
      const response = await t.app.request(path);
      expect(response.status).toBe(200);
      const body = (await response.json()) as BridgeBody;
      return body.bridge.clear.flatMap((g) => g.ideas).filter((idea) => idea.ownBranch).length;
    };
    const before = await own('/api/professions/basisverpleegkundige-niveau-4?dataset=1');
    expect(before).toBeGreaterThan(0);
    expect(await own('/api/professions/basisverpleegkundigen-niveau-4?dataset=3')).toBeGreaterThan(0);
  });
});
