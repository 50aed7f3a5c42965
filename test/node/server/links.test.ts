import { describe, expect, it } from 'vitest';
import { Links } from '../../../src/node/server/links.js';
import { readPageState } from '../../../src/node/server/page-state.js';
import { HttpProblem } from '../../../src/node/server/http-problem.js';

const state = (query: Record<string, string>) => readPageState((name) => query[name]);

describe('links', () => {
  it('carry the profession and version on the server, state first', () => {
    const links = new Links('/beroepen', state({ beroep: 'huisartsen', versie: '2' }), false);
    expect(links.to('/ranglijst/autonomie')).toBe('/ranglijst/autonomie?beroep=huisartsen&versie=2');
    expect(links.to('/ideeen', { q: 'rooster' })).toBe('/ideeen?beroep=huisartsen&versie=2&q=rooster');
    expect(links.to('/', { beroep: null })).toBe('/?versie=2');
    expect(links.to('/downloads/analyse.csv', {}, { keepState: 'version' })).toBe(
      '/downloads/analyse.csv?versie=2',
    );
  });

  it('are relative and name index.html files in a static export', () => {
    const links = new Links('/beroep/huisartsen', state({}), true);
    expect(links.to('/')).toBe('../../index.html');
    expect(links.to('/ranglijst/autonomie', { q: 'x' })).toBe('../../ranglijst/autonomie/index.html');
    expect(links.path('/assets/styles.css')).toBe('../../assets/styles.css');
    expect(new Links('/', state({}), true).to('/beroepen')).toBe('beroepen/index.html');
    // A page whose script reads its address keeps the query.
    expect(links.to('/ideeen', { thema: ['Werkdruk en roosters'] }, { readByIsland: true })).toBe(
      '../../ideeen/index.html?thema=Werkdruk+en+roosters',
    );
  });
});

describe('page state', () => {
  it('drops a malformed profession slug and refuses a malformed version', () => {
    expect(state({ beroep: '"><script>' })).toEqual({ beroep: null, versie: null });
    expect(state({ beroep: 'Huisartsen' }).beroep).toBe('huisartsen');
    expect(() => state({ versie: '0' })).toThrow(HttpProblem);
    expect(() => state({ versie: '1; DROP' })).toThrow('geen geldig versienummer');
  });
});
