import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdAnchor, HOLD_MS, mountFigures, widthFor } from '../../src/web/figure-island.js';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(): Document {
  return parseHTML(
    '<!DOCTYPE html><html><body><div data-figure-src="/figuren/kwadranten/{breedte}.svg" data-figure-width="720"><svg><text>720</text></svg></div></body></html>',
  ).document;
}

afterEach(() => vi.unstubAllGlobals());

/** The window's part the anchor hold uses: its address's fragment, events and a timer. */
function windowAt(hash: string) {
  return Object.assign(new EventTarget(), {
    location: { hash },
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
  });
}

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

  it('keeps a page opened at an anchor on it after a swap, until the reader moves', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('<svg><text>280</text></svg>', { status: 200 })),
    );
    const { document: doc } = parseHTML(
      '<!DOCTYPE html><html><body><div data-figure-src="/f/{breedte}.svg" data-figure-width="720"><svg></svg></div><h2 id="vergelijk">Vergelijk</h2></body></html>',
    );
    const win = windowAt('#vergelijk');
    const heading = doc.getElementById('vergelijk')!;
    const aligned = vi.fn();
    heading.scrollIntoView = aligned;
    const hold = holdAnchor(doc, win as unknown as Window);
    mountFigures(doc, hold);
    await flush();
    expect(aligned).toHaveBeenCalledTimes(1);
    expect(aligned).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
    // The browser's smooth jump ending after the swap: aligned again.
    win.dispatchEvent(new Event('scrollend'));
    expect(aligned).toHaveBeenCalledTimes(2);
    // The reader scrolls: the page is theirs.
    win.dispatchEvent(new Event('wheel'));
    hold.keep();
    win.dispatchEvent(new Event('scrollend'));
    expect(aligned).toHaveBeenCalledTimes(2);
  });

  it('holds no anchor when the address has none or names no element, and lets go after HOLD_MS', () => {
    vi.useFakeTimers();
    try {
      const { document: doc } = parseHTML('<!DOCTYPE html><html><body><p id="a">a</p></body></html>');
      const at = (hash: string) => holdAnchor(doc, windowAt(hash) as unknown as Window);
      const aligned = vi.fn();
      doc.getElementById('a')!.scrollIntoView = aligned;
      at('').keep();
      at('#b').keep();
      expect(aligned).not.toHaveBeenCalled();
      const hold = at('#a');
      vi.advanceTimersByTime(HOLD_MS);
      hold.keep();
      expect(aligned).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
