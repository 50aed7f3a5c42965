/**
 * What a read request costs (audit 9, finding 2): cold drawings, searches by their words, comparisons
 * and the spreadsheet are heavy and cost more than a page; a drawing the figure cache holds is a page.
 */
import { describe, expect, it } from 'vitest';
import { CostMemory } from '../../../src/node/server/cost-memory.js';
import { HeavyInFlight } from '../../../src/node/server/heavy-in-flight.js';
import {
  CHEAP,
  COMPARISON_TOKENS,
  DRAWING_TOKENS,
  MAX_SEARCH_TOKENS,
  opensPage,
  pageAddressOf,
  requestCost,
  searchTokens,
  sharedAddressOf,
} from '../../../src/node/server/request-cost.js';

const cost = (address: string, drawn: readonly string[] = []) =>
  requestCost(new URL(address, 'http://localhost'), (a) => drawn.includes(a));

describe('the cost of a read request', () => {
  it('charges a page, an asset, a kept figure page and an empty search as one', () => {
    for (const address of [
      '/methode',
      '/methode?beroep=huisartsen',
      '/vergelijk?beroep=huisartsen',
      '/downloads?beroep=huisartsen',
      '/assets/app-1234.js',
      '/ideeen',
      '/api/ideas?q=',
      '/ideeen?thema=werkdruk',
      '/downloads/analyse.csv',
    ]) {
      expect(cost(address), address).toEqual(CHEAP);
    }
    expect(cost('/', ['/'])).toEqual(CHEAP);
    expect(cost('/beroep/huisartsen', ['/beroep/huisartsen'])).toEqual(CHEAP);
    expect(cost('/beroep/huisartsen?met=', ['/beroep/huisartsen'])).toEqual(CHEAP);
  });

  it('charges a page that draws figures not kept yet as heavy, as its drawings', () => {
    const pages: [string, number][] = [
      ['/?beroep=huisartsen', 4],
      ['/beroep/huisartsen?beroep=tandartsen', 1],
      ['/ranglijst?beroep=huisartsen', 1],
      ['/ranglijst/werkdruk?beroep=huisartsen', 1],
      ['/kwadranten?beroep=huisartsen', 3],
      ['/embed/kwadranten?beroep=huisartsen', 1],
      ['/ideeen/themas', 3],
    ];
    for (const [address, figures] of pages) {
      expect(cost(address), address).toEqual({ tokens: figures * DRAWING_TOKENS, heavy: true });
      expect(cost(address, [address]), address).toEqual(CHEAP);
    }
    // Remembered under the path, the profession and the version (the first of each), as drawn.
    expect(pageAddressOf(new URL('http://localhost/?x=1&versie=2&beroep=a&beroep=b'))).toBe(
      '/?beroep=a&versie=2',
    );
    expect(cost('/?bron=brief&beroep=huisartsen', ['/?beroep=huisartsen'])).toEqual(CHEAP);
    expect(cost('/?beroep=tandartsen', ['/?beroep=huisartsen']).heavy).toBe(true);
    expect(cost('/?beroep=huisartsen&versie=1', ['/?beroep=huisartsen']).heavy).toBe(true);
  });

  it('prices an address by the path the router serves, whatever its spelling', () => {
    // Review of session 28: one escaped letter made every heavy address cost a page.
    const spellings: [string, string][] = [
      ['/%62eroep/huisartsen?beroep=tandartsen', '/beroep/huisartsen?beroep=tandartsen'],
      ['/kwadrant%65n?beroep=huisartsen', '/kwadranten?beroep=huisartsen'],
      ['/%65mbed/kwadranten?beroep=huisartsen', '/embed/kwadranten?beroep=huisartsen'],
      ['/ideeen/thema%73', '/ideeen/themas'],
      ['/%62eroep/huisartsen?met=tandartsen', '/beroep/huisartsen?met=tandartsen'],
      [
        '/beroep/huisartsen/vergelijking%2Ecsv?met=tandartsen',
        '/beroep/huisartsen/vergelijking.csv?met=tandartsen',
      ],
      ['/%66iguren/gepubliceerd/kwadranten/400.svg', '/figuren/gepubliceerd/kwadranten/400.svg'],
      ['/downloads/analyse%2Exlsx', '/downloads/analyse.xlsx'],
      ['/%69deeen?q=te%20veel%20papierwerk%20elke%20dag', '/ideeen?q=te%20veel%20papierwerk%20elke%20dag'],
    ];
    for (const [escaped, plain] of spellings) {
      expect(cost(escaped), escaped).toEqual(cost(plain));
      expect(cost(plain).heavy, plain).toBe(true);
    }
    // A lone `%` elsewhere in the path does not leave the rest undecoded (second review).
    expect(cost('/%62eroep/x%25?beroep=tandartsen')).toEqual(cost('/beroep/x%25?beroep=tandartsen'));
    expect(requestCost(new URL('http://localhost/%62eroep/x%'), () => false).heavy).toBe(true);
    // Remembered under one key whatever the spelling.
    expect(pageAddressOf(new URL('http://localhost/%62eroep/a?beroep=b'))).toBe('/beroep/a?beroep=b');
  });

  it('remembers a figure page under the profession as the page reads it', () => {
    const key = (address: string) => pageAddressOf(new URL(address, 'http://localhost'));
    expect(key('/?beroep=%20HUISARTSEN%20')).toBe('/?beroep=huisartsen');
    // A malformed slug is dropped by the page, and by the key: no memory filled with junk.
    expect(key(`/?beroep=${'x'.repeat(300)}`)).toBe('/');
    expect(key('/?beroep=%3Cscript%3E')).toBe('/');
    // The themes in numbers draw the same figures for every reader.
    expect(key('/ideeen/themas?beroep=huisartsen&versie=2')).toBe('/ideeen/themas');
    expect(cost('/ideeen/themas?beroep=tandartsen', ['/ideeen/themas'])).toEqual(CHEAP);
  });

  it('charges a drawing not yet kept as heavy, and the same address once kept as a page', () => {
    const drawings = [
      '/figuren/gepubliceerd/kwadranten/400.svg?beroep=huisartsen',
      '/ideeen/themas/figuren/themas/720.svg',
      '/downloads/figuren/kwadranten.svg',
      '/downloads/figuren/kwadranten.png?variant=drie-themas',
    ];
    for (const address of drawings) {
      expect(cost(address), address).toEqual({ tokens: DRAWING_TOKENS, heavy: true });
      expect(cost(address, [address]), address).toEqual(CHEAP);
    }
    // Another highlight is another drawing.
    expect(cost(drawings[0]!.replace('huisartsen', 'fysiotherapeuten'), [drawings[0]!]).heavy).toBe(true);
  });

  it('charges comparisons and the spreadsheet as heavy', () => {
    expect(cost('/beroep/huisartsen?met=fysiotherapeuten', ['/beroep/huisartsen'])).toEqual({
      tokens: COMPARISON_TOKENS,
      heavy: true,
    });
    // The comparison page also draws the profile's figure when it is not kept (review of session 28:
    // `?met=…&beroep=…` drew a cold figure at a comparison's price).
    expect(cost('/beroep/huisartsen?met=fysiotherapeuten&beroep=tandartsen', ['/beroep/huisartsen'])).toEqual(
      {
        tokens: COMPARISON_TOKENS + DRAWING_TOKENS,
        heavy: true,
      },
    );
    expect(cost('/downloads/analyse.xlsx')).toEqual({ tokens: COMPARISON_TOKENS, heavy: true });
  });

  it('charges a comparison as a file what the comparison on its page costs', () => {
    // The page as it costs with the profile's figure kept: the files draw no figure.
    const page = cost('/beroep/huisartsen?met=fysiotherapeuten', ['/beroep/huisartsen']);
    for (const name of ['vergelijking.csv', 'vergelijking-excel.csv', 'vergelijking.json']) {
      expect(cost(`/beroep/huisartsen/${name}?met=fysiotherapeuten`), name).toEqual(page);
      // Without a second profession the address compares nothing (a 404): a page's price.
      expect(cost(`/beroep/huisartsen/${name}?met=`), name).toEqual(CHEAP);
    }
    // Another file under a profile is no comparison.
    expect(cost('/beroep/huisartsen/iets.csv?met=fysiotherapeuten')).toEqual(CHEAP);
    // Two versions compared: the page and its files cost the same.
    const versions = cost('/vergelijk?a=2&b=3');
    for (const name of ['vergelijking.csv', 'vergelijking-excel.csv', 'vergelijking.json'])
      expect(cost(`/vergelijk/${name}?a=2&b=3`), name).toEqual(versions);
  });

  it('charges a search by the words it searches, long ones most', () => {
    expect(searchTokens('werkdruk')).toBe(1);
    expect(searchTokens('werkdruk nachtdienst')).toBe(1);
    expect(searchTokens('werkdruk nachtdienst rooster pauze')).toBe(3);
    // The audit's 480 characters (flood.js): 25 words with and without "en", repeated.
    const words = [
      'werkdruk',
      'nachtdienst',
      'registratie',
      'agressie',
      'leidinggevende',
      'rooster',
      'pauze',
    ];
    const long = Array.from(
      { length: 48 },
      (_, i) => words[(i * 3) % words.length]! + (i % 3 ? 'en' : ''),
    ).join(' ');
    expect(searchTokens(long)).toBe(MAX_SEARCH_TOKENS);
    expect(cost(`/api/ideas?limit=100&q=${encodeURIComponent(long)}`)).toEqual({
      tokens: MAX_SEARCH_TOKENS,
      heavy: true,
    });
    // One or two words: a page's price, in the cheap lane; three or more: heavy.
    expect(cost('/ideeen?q=werkdruk%20rooster')).toEqual(CHEAP);
    expect(cost('/ideeen?q=werkdruk%20rooster%20pauze')).toEqual({ tokens: 2, heavy: true });
    // Stop words alone ask for no word: the list of every idea, a page.
    expect(cost('/ideeen?q=de%20het')).toEqual(CHEAP);
  });
});

describe('drawings remembered as kept', () => {
  it('counts an address as drawn only while the cache still holds its drawing', () => {
    const memory = new CostMemory(2);
    let held = true;
    memory.remember('/a', () => held);
    expect(memory.drawn('/a')).toBe(true);
    held = false;
    expect(memory.drawn('/a')).toBe(false);
    expect(memory.size).toBe(0);
  });

  it('keeps at most its bound, the least recently remembered forgotten, and forgets all on clear', () => {
    const memory = new CostMemory(2);
    for (const address of ['/a', '/b', '/c']) memory.remember(address, () => true);
    expect([memory.drawn('/a'), memory.drawn('/b'), memory.drawn('/c')]).toEqual([false, true, true]);
    memory.clear();
    expect(memory.drawn('/b')).toBe(false);
  });

  it('knows which heavy addresses are being answered, until each answer ends, also past a clear', () => {
    const memory = new CostMemory();
    const first = memory.answer('/?beroep=a');
    const second = memory.answer('/?beroep=a');
    memory.clear();
    first();
    first();
    expect(memory.answering('/?beroep=a')).toBe(true);
    second();
    expect(memory.answering('/?beroep=a')).toBe(false);
  });
});

describe('pages and shared answers', () => {
  const url = (address: string) => new URL(address, 'http://localhost');

  it('tells a page a reader opens from data, files, drawings and searches', () => {
    for (const page of [
      '/',
      '/beroep/a?beroep=b',
      '/beroep/a?met=b',
      '/ideeen/12?versie=2',
      '/embed/kwadranten',
      '/vergelijk',
    ])
      expect(opensPage(url(page)), page).toBe(true);
    for (const file of [
      '/api/ideas?q=a+b+c',
      '/figuren/gepubliceerd/kwadranten/400.svg',
      '/%66iguren/gepubliceerd/kwadranten/400.svg',
      '/ideeen/themas/figuren/aantallen/400.svg',
      '/downloads/analyse.xlsx',
      '/beroep/a/vergelijking.csv?met=b',
      '/vergelijk/vergelijking.json',
      '/ideeen?q=werkdruk+nachtdienst+rooster',
    ])
      expect(opensPage(url(file)), file).toBe(false);
  });

  it('shares a drawing or a figure page under the address it is remembered by, never a comparison', () => {
    expect(sharedAddressOf(url('/?bron=x&beroep=A'))).toBe('/?beroep=a');
    expect(sharedAddressOf(url('/figuren/gepubliceerd/kwadranten/400.svg?beroep=a'))).toBe(
      '/figuren/gepubliceerd/kwadranten/400.svg?beroep=a',
    );
    expect(sharedAddressOf(url('/beroep/a?met=b'))).toBeUndefined();
    expect(sharedAddressOf(url('/api/ideas?q=a+b+c'))).toBeUndefined();
  });
});

describe('heavy requests in flight per client', () => {
  it('admits up to the cap per client, then refuses until one leaves', () => {
    const heavy = new HeavyInFlight(2);
    expect([heavy.enter('a'), heavy.enter('a'), heavy.enter('a')]).toEqual([true, true, false]);
    expect(heavy.enter('b')).toBe(true);
    heavy.leave('a');
    expect(heavy.enter('a')).toBe(true);
    heavy.leave('a');
    heavy.leave('a');
    heavy.leave('b');
    expect(heavy.clients).toBe(0);
  });

  it('admits pages up to a cap of their own', () => {
    const heavy = new HeavyInFlight(1, 2);
    expect([heavy.enter('a'), heavy.enter('a'), heavy.enter('a', true), heavy.enter('a', true)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(heavy.full('a')).toBe(true);
    expect(() => new HeavyInFlight(4, 3)).toThrow(RangeError);
  });
});
