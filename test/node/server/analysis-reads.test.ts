/**
 * Which analyses an address reads, as its route reads them (analysis-reads.ts), and what the read
 * limit charges when one is not kept (request-cost.ts).
 */
import { describe, expect, it } from 'vitest';
import { analysesRead } from '../../../src/node/server/analysis-reads.js';
import {
  ANALYSIS_TOKENS,
  CHEAP,
  DRAWING_TOKENS,
  requestCost,
  routedPath,
} from '../../../src/node/server/request-cost.js';

const reads = (address: string) => {
  const url = new URL(address, 'http://localhost');
  return analysesRead(routedPath(url), url);
};
const shown = (variant?: string) => ({ version: undefined, variant });
const version = (n: number, variant?: string) => ({ version: n, variant });

describe('the analyses an address reads', () => {
  it('reads the quadrants in every variant (they show them all)', () => {
    expect(reads('/kwadranten?versie=2')).toEqual([{ ...version(2), everyVariant: true }]);
    expect(reads('/kwadranten')).toEqual([{ ...shown(), everyVariant: true }]);
    expect(reads('/methode?versie=2')).toEqual([version(2)]);
  });

  it('reads the API and the analysis files by `dataset`, else `versie`, and `variant`', () => {
    expect(reads('/api/analysis')).toEqual([shown()]);
    expect(reads('/api/analysis?versie=3')).toEqual([version(3)]);
    expect(reads('/api/professions?dataset=4&versie=3')).toEqual([version(4)]);
    expect(reads('/api/professions/huisartsen?dataset=&versie=%203')).toEqual([version(3)]);
    expect(reads('/downloads/analyse.csv?variant=%20drie-themas')).toEqual([shown('drie-themas')]);
    expect(reads('/downloads/figuren/kwadranten.png?dataset=2&dataset=5')).toEqual([version(2)]);
    expect(reads('/%64ownloads/analyse.xlsx?versie=7')).toEqual([version(7)]);
  });

  it("reads a page's version, a drawing's variant and both versions compared", () => {
    expect(reads('/methode?versie=3&versie=5')).toEqual([version(3)]);
    expect(reads('/beroep/huisartsen?beroep=tandartsen')).toEqual([shown()]);
    expect(reads('/ideeen/12?versie=2')).toEqual([version(2)]);
    expect(reads('/figuren/drie-themas/kwadranten/400.svg?versie=2')).toEqual([
      version(2),
      version(2, 'drie-themas'),
    ]);
    expect(reads('/vergelijk?a=1&b=2')).toEqual([shown(), version(1), version(2)]);
    expect(reads('/vergelijk/vergelijking.csv?versie=4&a=4')).toEqual([version(4), version(4)]);
  });

  it('reads none where the route reads none, or refuses the address first', () => {
    for (const address of [
      '/api/ideas?versie=3',
      '/api/datasets?versie=3',
      '/assets/app.js?versie=3',
      '/insluiten.js?versie=3',
      '/ideeen/themas/figuren/aantallen/400.svg?versie=3',
      '/methode?versie=drie',
      '/api/analysis?dataset=0',
      '/vergelijk?a=x',
    ]) {
      expect(reads(address), address).toEqual([]);
    }
  });
});

describe('the cost of a cold analysis', () => {
  const cost = (address: string, cold: readonly number[], drawn: readonly string[] = []) =>
    requestCost(
      new URL(address, 'http://localhost'),
      (a) => drawn.includes(a),
      (read) => read.filter((r) => r.version !== undefined && cold.includes(r.version)).length,
    );

  it('adds each analysis not kept to what the address costs, in the heavy lane', () => {
    expect(cost('/api/analysis?versie=3', [])).toEqual(CHEAP);
    expect(cost('/api/analysis?versie=3', [3])).toEqual({ tokens: 1 + ANALYSIS_TOKENS, heavy: true });
    expect(cost('/vergelijk?a=3&b=4', [3, 4])).toEqual({ tokens: 1 + 2 * ANALYSIS_TOKENS, heavy: true });
    expect(cost('/beroep/huisartsen?versie=3', [3])).toEqual({
      tokens: DRAWING_TOKENS + ANALYSIS_TOKENS,
      heavy: true,
    });
    const drawing = '/figuren/drie-themas/kwadranten/400.svg?versie=3';
    // A drawing the figure cache holds reads the page's analysis and its variant's.
    expect(cost(drawing, [3], [drawing])).toEqual({ tokens: 1 + 2 * ANALYSIS_TOKENS, heavy: true });
  });
});
