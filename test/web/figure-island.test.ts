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

/** The window's part the anchor hold uses: its address's fragment, scroll position, events and a timer. */
function windowAt(hash: string) {
  return Object.assign(new EventTarget(), {
    location: { hash },
    scrollY: 0,
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
  });
}

/**
 * A page with one figure above the heading `#vergelijk`, opened at it. linkedom has no layout: the
 * heading sits at `at` px, aligning it scrolls there, and its box is measured from the scroll position.
 */
function anchoredPage(hash = '#vergelijk', at = 1000) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response('<svg><text>280</text></svg>', { status: 200 })));
  const { document: doc } = parseHTML(
    '<!DOCTYPE html><html><body><div data-figure-src="/f/{breedte}.svg" data-figure-width="720"><svg></svg></div><h2 id="vergelijk">Vergelijk</h2></body></html>',
  );
  const win = windowAt(hash);
  const heading = doc.getElementById('vergelijk')!;
  const aligned = vi.fn(() => {
    win.scrollY = at;
  });
  heading.scrollIntoView = aligned;
  heading.getBoundingClientRect = () => ({ top: at - win.scrollY }) as DOMRect;
  /** The page scrolled to `y` without the hold and without an input event. */
  const scrollTo = (y: number) => {
    win.scrollY = y;
    win.dispatchEvent(new Event('scroll'));
    win.dispatchEvent(new Event('scrollend'));
  };
  /** The browser's smooth jump to the anchor under way (scrolled, not ended). */
  const jumping = () => {
    win.scrollY = 70;
    win.dispatchEvent(new Event('scroll'));
  };
  return { doc, win, aligned, scrollTo, jumping };
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
    const { doc, win, aligned, scrollTo, jumping } = anchoredPage();
    const hold = holdAnchor(doc, win as unknown as Window);
    jumping();
    mountFigures(doc, hold);
    await flush();
    expect(aligned).toHaveBeenCalledTimes(1);
    expect(aligned).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
    // The browser's smooth jump ending just past the anchor after the swap: aligned again.
    scrollTo(1020);
    expect(aligned).toHaveBeenCalledTimes(2);
    // The reader scrolls: the page is theirs.
    win.dispatchEvent(new Event('wheel'));
    hold.keep();
    win.dispatchEvent(new Event('scrollend'));
    expect(aligned).toHaveBeenCalledTimes(2);
  });

  it('corrects the browser’s jump ending past the anchor once, and lets a scroll without input win', async () => {
    const { doc, win, aligned, scrollTo, jumping } = anchoredPage();
    const hold = holdAnchor(doc, win as unknown as Window);
    jumping();
    mountFigures(doc, hold);
    await flush();
    expect(aligned).toHaveBeenCalledTimes(1);
    expect(win.scrollY).toBe(1000);
    // The browser's smooth jump, under way at the swap, ends 250 px past the anchor: corrected.
    scrollTo(1250);
    expect(aligned).toHaveBeenCalledTimes(2);
    expect(win.scrollY).toBe(1000);
    // The hold's own scroll ending: nothing to do.
    win.dispatchEvent(new Event('scrollend'));
    expect(aligned).toHaveBeenCalledTimes(2);
    // A screen reader's virtual cursor or a script moves the page, with no wheel, touch, pointer or key
    // event: the page is the reader's, also when the next drawing swaps in.
    scrollTo(0);
    expect(aligned).toHaveBeenCalledTimes(2);
    hold.keep();
    scrollTo(0);
    expect(aligned).toHaveBeenCalledTimes(2);
    expect(win.scrollY).toBe(0);
  });

  it('puts back a rounding, and lets a small move win when the browser’s jump ended before the swaps', async () => {
    const { doc, win, aligned, scrollTo } = anchoredPage();
    const hold = holdAnchor(doc, win as unknown as Window);
    // The browser's jump ends before the first swap: no overshoot left to correct.
    scrollTo(1000);
    mountFigures(doc, hold);
    await flush();
    expect(aligned).toHaveBeenCalledTimes(1);
    // Off by rounding: put back.
    scrollTo(1002);
    expect(aligned).toHaveBeenCalledTimes(2);
    expect(win.scrollY).toBe(1000);
    // A screen reader moves the page 40 px: theirs.
    scrollTo(1040);
    hold.keep();
    expect(aligned).toHaveBeenCalledTimes(2);
    expect(win.scrollY).toBe(1040);
  });

  it('lets go when focus moves', async () => {
    const { doc, win, aligned } = anchoredPage();
    const hold = holdAnchor(doc, win as unknown as Window);
    win.dispatchEvent(new Event('focusin'));
    mountFigures(doc, hold);
    await flush();
    expect(aligned).not.toHaveBeenCalled();
  });

  it('holds nothing at a malformed fragment (#%) and still swaps the drawings in', async () => {
    const { doc, win, aligned } = anchoredPage('#%');
    let hold: ReturnType<typeof holdAnchor> | undefined;
    expect(() => (hold = holdAnchor(doc, win as unknown as Window))).not.toThrow();
    mountFigures(doc, hold);
    await flush();
    expect(doc.querySelector('div')!.textContent).toBe('280');
    expect(aligned).not.toHaveBeenCalled();
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
