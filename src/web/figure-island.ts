/**
 * The figures island: every figure is drawn on the server by the one chart module (src/core/charts);
 * this island only asks for the drawing that fits its box and makes the marks keyboard-reachable.
 *
 *   <div class="figure__svg" data-figure-src="/figuren/kwadranten/{breedte}.svg?beroep=…"
 *        data-figure-width="720">…the server's SVG, shown without JavaScript…</div>
 *
 * On load and whenever the box changes width, it takes the widest of the drawn widths (FIGURE_WIDTHS)
 * that fits the box, so 12 px text is never shown smaller, fetches that SVG (the server's route, or the
 * static export's file of the same name) and swaps it in. In every figure, one Tab stop leads into
 * the marks: arrow keys move between them, each shows its tooltip (the mark's `<title>`, which is also
 * its accessible name), Escape hides it; hover shows the same tooltip. A page opened at an anchor
 * stays there while the drawings above it swap in (holdAnchor).
 */
import { itemAt } from '../core/contract/item-at.js';
import { FIGURE_WIDTHS } from '../core/charts/figure-spec.js';

export const SOURCE_ATTRIBUTE = 'data-figure-src';
export const WIDTH_ATTRIBUTE = 'data-figure-width';
const TIP_CLASS = 'wb-tip';

/** The widest drawn width that fits `available` pixels; the narrowest when none does. */
export function widthFor(available: number, widths: readonly number[] = FIGURE_WIDTHS): number {
  let chosen = itemAt(widths, 0);
  for (const w of widths) if (w <= available) chosen = w;
  return chosen;
}

/** The marks of a figure that carry a tooltip, in reading order (left to right, then top down). */
function marksOf(svg: SVGSVGElement): SVGElement[] {
  const marks: SVGElement[] = [];
  for (const title of Array.from(svg.querySelectorAll('title'))) {
    const mark = title.parentNode as SVGElement | null;
    // nodeType, not instanceof: the document may come from another realm (tests use linkedom).
    if (!mark || mark.nodeType !== 1 || mark === svg) continue;
    if (mark.closest('[aria-hidden="true"]')) continue;
    marks.push(mark);
  }
  return marks;
}

/**
 * Makes the marks reachable: a roving tab stop (one Tab into the figure, arrows inside it), the
 * tooltip on focus and hover. Returns the number of marks.
 */
export function enhanceTooltips(svg: SVGSVGElement): number {
  const doc = svg.ownerDocument;
  const marks = marksOf(svg);
  if (marks.length === 0) return 0;
  // Focusable marks must be reachable by assistive technology: the root becomes a labelled group.
  svg.setAttribute('role', 'group');
  const host = svg.parentElement ?? doc.body;
  let tip: HTMLElement | null = null;
  const hide = () => {
    tip?.remove();
    tip = null;
  };
  const show = (mark: Element) => {
    hide();
    const box = mark.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    tip = doc.createElement('div');
    tip.className = TIP_CLASS;
    tip.setAttribute('role', 'tooltip');
    tip.textContent = mark.querySelector('title')?.textContent ?? '';
    // Above the mark, centred on it, then moved sideways as little as needed to stay inside the
    // window (a tooltip wider than half the figure would otherwise start left of a phone's screen).
    const centre = box.left - origin.left + box.width / 2;
    tip.style.top = `${box.top - origin.top - 8}px`;
    tip.style.left = '0px';
    tip.style.transform = 'translateY(-100%)';
    host.append(tip);
    const width = tip.getBoundingClientRect().width;
    const viewport = doc.documentElement.clientWidth;
    const margin = 4;
    const lowest = margin - origin.left;
    const highest = viewport - margin - width - origin.left;
    tip.style.left = `${Math.max(lowest, Math.min(highest, centre - width / 2))}px`;
  };
  const focusAt = (index: number) => {
    const next = itemAt(marks, (index + marks.length) % marks.length);
    for (const mark of marks) mark.setAttribute('tabindex', mark === next ? '0' : '-1');
    next.focus();
  };
  marks.forEach((mark, i) => {
    const label = mark.querySelector('title')?.textContent ?? '';
    mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', label);
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('mouseenter', () => show(mark));
    mark.addEventListener('blur', hide);
    mark.addEventListener('mouseleave', hide);
    mark.addEventListener('keydown', (event) => {
      const key = event.key;
      const step =
        key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
      if (key === 'Escape') hide();
      else if (key === 'Home') focusAt(0);
      else if (key === 'End') focusAt(marks.length - 1);
      else if (step !== 0) focusAt(i + step);
      else return;
      event.preventDefault();
    });
  });
  return marks.length;
}

/*
 * Keeps a page opened at an anchor (`/beroep/x?met=y#vergelijk`) at that anchor while the figures above
 * it swap in their drawings. The server's inline drawing is 720 px wide and scaled down on a phone; the
 * narrow drawing the island fetches after the browser's jump is taller, which pushed the anchored
 * heading some 650 px down at 390 px. After each swap the anchor is brought back to the top. The hold
 * corrects only what the swaps and the browser's own jump do: any other move of the page (a wheel, a
 * tap, a key, focus moving, or a scroll without any input event, such as a screen reader's virtual
 * cursor or a script's scrollTo) is the reader's, and the page is theirs for good. It ends after HOLD_MS
 * in any case.
 */

/** What a reader does to move or act on the page: after any of these the page is theirs. */
const READER_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'focusin'] as const;

/**
 * How long the hold lasts at most, in ms: long enough for the drawings on a slow phone connection,
 * short enough that a reader who only reads is not moved by a later resize (turning the phone).
 */
export const HOLD_MS = 10_000;

/** How far (px) the page may be from where the hold put it and still count as not moved (rounding). */
const STILL_PX = 3;

export interface AnchorHold {
  /** Brings the anchor back into place, unless the reader has moved or the hold was released. */
  keep(): void;
  /** Stops holding. */
  release(): void;
}

const NO_HOLD: AnchorHold = { keep() {}, release() {} };

/** The element id the address's fragment names; '' when it has none or it is malformed (`#%`). */
function fragmentId(win: Window): string {
  try {
    return decodeURIComponent(win.location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Holds the element named by the address's fragment, if there is one. */
export function holdAnchor(doc: Document, win: Window): AnchorHold {
  const id = fragmentId(win);
  const target = id ? doc.getElementById(id) : null;
  if (!target) return NO_HOLD;
  let holding = true;
  // Where the hold last put the page (scrollY), null before the first swap.
  let placed: number | null = null;
  // Whether the browser's own smooth jump to the anchor is still running: it scrolled and has not ended
  // before the first swap. Running when a drawing swaps in, it ends past the anchor (measured at
  // 390 px: 2 to 252 px in eight loads, further the faster it went): that end is corrected, once.
  let jumping = false;
  // `instant`: the style sheet's smooth scrolling would otherwise animate a correction.
  const align = () => {
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
    placed = win.scrollY;
  };
  const moving = () => {
    if (placed === null) jumping = true;
  };
  // At the end of every scroll: a page (within rounding) where the hold put it stays held, the end of
  // the browser's own jump is corrected, any other position is the reader's: the page is theirs.
  const settle = () => {
    if (!holding) return;
    if (placed === null) {
      jumping = false;
      return;
    }
    const off = Math.abs(win.scrollY - placed);
    if (off > STILL_PX && !jumping) {
      release();
      return;
    }
    jumping = false;
    if (off > 0) align();
  };
  const release = () => {
    holding = false;
    for (const type of READER_EVENTS) win.removeEventListener(type, release, true);
    win.removeEventListener('scroll', moving);
    win.removeEventListener('scrollend', settle);
  };
  for (const type of READER_EVENTS) win.addEventListener(type, release, { capture: true, passive: true });
  win.addEventListener('scroll', moving, { passive: true });
  win.addEventListener('scrollend', settle);
  win.setTimeout(release, HOLD_MS);
  return {
    keep() {
      if (!holding) return;
      align();
    },
    release,
  };
}

/** Swaps in the drawing for the box's width when it differs from the one shown. */
async function fit(
  container: HTMLElement,
  drawings: Map<number, Promise<string | null>>,
  hold: AnchorHold,
): Promise<void> {
  const source = container.getAttribute(SOURCE_ATTRIBUTE);
  // A copy opened as files (file://) may not fetch() the other widths: the drawing shown stays (it
  // scales), its tooltips still work.
  if (!source || globalThis.location?.protocol === 'file:') return;
  const width = widthFor(Math.floor(container.clientWidth));
  const shown = container.getAttribute(WIDTH_ATTRIBUTE);
  if (String(width) === shown) return;
  container.setAttribute(WIDTH_ATTRIBUTE, String(width));
  let drawing = drawings.get(width);
  if (!drawing) {
    drawing = fetch(source.replace('{breedte}', String(width)))
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    drawings.set(width, drawing);
  }
  const markup = await drawing;
  // The box may have changed again while the drawing came in: the newest request wins.
  if (container.getAttribute(WIDTH_ATTRIBUTE) !== String(width)) return;
  if (markup === null) {
    // Not swapped: the attribute names the drawing still shown, and the next resize tries again.
    drawings.delete(width);
    if (shown === null) container.removeAttribute(WIDTH_ATTRIBUTE);
    else container.setAttribute(WIDTH_ATTRIBUTE, shown);
    return;
  }
  container.innerHTML = markup;
  const svg = container.querySelector('svg');
  if (svg) enhanceTooltips(svg);
  hold.keep();
}

/** Fits every figure under `root` now and when its box resizes; enhances the figures already there. */
export function mountFigures(root: ParentNode = document, hold: AnchorHold = NO_HOLD): number {
  const containers = Array.from(root.querySelectorAll<HTMLElement>(`[${SOURCE_ATTRIBUTE}]`));
  for (const container of containers) {
    const svg = container.querySelector('svg');
    if (svg) enhanceTooltips(svg);
    const drawings = new Map<number, Promise<string | null>>();
    void fit(container, drawings, hold);
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => void fit(container, drawings, hold)).observe(container);
    }
  }
  return containers.length;
}

if (typeof document !== 'undefined' && typeof window !== 'undefined') {
  const start = () => mountFigures(document, holdAnchor(document, window));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
