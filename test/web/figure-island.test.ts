import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountFigures, widthFor } from '../../src/web/figure-island.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(): Document {
  return parseHTML(
    '<!DOCTYPE html><html><body><div data-figure-src="/figuren/kwadranten/{breedte}.svg" data-figure-width="720"><svg><text>720</text></svg></div></body></html>',
  ).document;
}

afterEach(() => vi.unstubAllGlobals());

describe('figures island', () => {
  it('takes the widest drawing that fits the box, the narrowest when none does', () => {
    expect(widthFor(1200)).toBe(720);
    expect(widthFor(719)).toBe(560);
    expect(widthFor(358)).toBe(340);
    expect(widthFor(288)).toBe(280);
    expect(widthFor(100)).toBe(280);
  });

  it('swaps in the drawing for the box, and after a failed load keeps naming the one shown', async () => {
    const requested: string[] = [];
    let fail = true;
    vi.stubGlobal('fetch', (url: string) => {
      requested.push(url);
      return Promise.resolve(
        fail
          ? new Response('', { status: 503 })
          : new Response('<svg><text>280</text></svg>', { status: 200 }),
      );
    });
    const doc = page();
    const box = doc.querySelector('div')!;
    // linkedom has no layout: the box is 0 px wide, so the narrowest drawing is wanted.
    mountFigures(doc);
    await flush();
    expect(requested).toEqual(['/figuren/kwadranten/280.svg']);
    expect(box.getAttribute('data-figure-width')).toBe('720');
    expect(box.textContent).toBe('720');
    fail = false;
    mountFigures(doc);
    await flush();
    expect(requested).toEqual(['/figuren/kwadranten/280.svg', '/figuren/kwadranten/280.svg']);
    expect(box.getAttribute('data-figure-width')).toBe('280');
    expect(box.textContent).toBe('280');
  });
});
