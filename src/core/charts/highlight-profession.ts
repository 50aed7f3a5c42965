/**
 * Marks one profession in a finished figure ("mijn beroep"): every mark whose accessible name starts with
 * the profession's name, and every label that spells it, gets a class the page's style sheet draws with a
 * thick outline and bold text — shape and weight, not colour alone. The same function runs on the server
 * (linkedom) and in the browser, so the figure code itself needs no option for it.
 */
export const HIGHLIGHT_CLASS = 'wb-highlight';
/** Class on the figure when one profession is marked: the other marks fade (see {@link highlightCss}). */
export const HAS_HIGHLIGHT_CLASS = 'wb-has-highlight';
/** Class of the mark groups whose unmarked members fade. */
export const DIMMABLE_CLASS = 'wb-dimmable';
/** Class of the frame's text group (see frame.ts `finishFigure`). */
const FRAME_CLASS = 'wb-frame';

function hasClass(element: Element): boolean {
  return (element.getAttribute('class') ?? '').split(/\s+/).includes(HIGHLIGHT_CLASS);
}

function addClass(element: Element, name = HIGHLIGHT_CLASS): void {
  const current = element.getAttribute('class');
  const classes = current ? current.split(/\s+/) : [];
  if (!classes.includes(name)) element.setAttribute('class', [...classes, name].join(' '));
}

/**
 * The marking in CSS for a figure's root class: thick outline and bold underlined name for the marked
 * profession, the other dots and names faded to a third, so the marked one stands out by shape,
 * weight and contrast, not by colour alone.
 */
export function highlightCss(scope: string): string {
  return `.${scope} .${HIGHLIGHT_CLASS} { stroke: currentColor; stroke-width: 3px; stroke-opacity: 1; }
.${scope} text.${HIGHLIGHT_CLASS} { font-weight: bold; stroke-width: 0; text-decoration: underline; }
.${scope} g.wb-paper-halo text.${HIGHLIGHT_CLASS} { stroke-width: 3px; stroke: var(--wb-paper, #FFFFFF); }
.${scope}.${HAS_HIGHLIGHT_CLASS} .${DIMMABLE_CLASS} > :not(.${HIGHLIGHT_CLASS}) { opacity: 0.4; }
@media (prefers-color-scheme: dark) {
.${scope} g.wb-paper-halo text.${HIGHLIGHT_CLASS} { stroke: var(--wb-paper, #121212); }
}
`;
}

function namesProfession(text: string, name: string): boolean {
  return text === name || text.startsWith(`${name}:`) || text.startsWith(`${name} (`);
}

/** Marks the profession's marks and labels in `svg`; returns how many elements were marked. */
export function highlightProfession(svg: Element, name: string): number {
  let marked = 0;
  const wanted = name.trim();
  if (wanted === '') return 0;
  // Marks name their profession in an aria-label or a <title> child (the tooltip).
  for (const element of Array.from(svg.querySelectorAll('[aria-label], title'))) {
    const mark = element.tagName.toLowerCase() === 'title' ? element.parentElement : element;
    if (!mark || mark === svg || mark.tagName.toLowerCase() === 'g') continue;
    const name =
      element.tagName.toLowerCase() === 'title'
        ? (element.textContent ?? '')
        : (element.getAttribute('aria-label') ?? '');
    if (namesProfession(name, wanted) && !hasClass(mark)) {
      addClass(mark);
      marked++;
    }
  }
  for (const text of Array.from(svg.querySelectorAll('text'))) {
    // The frame (title, notes, source) may name the profession too; only labels of marks count.
    if (text.closest(`.${FRAME_CLASS}`)) continue;
    const spans = Array.from(text.querySelectorAll('tspan'));
    const words = (
      spans.length > 0 ? spans.map((s) => s.textContent ?? '').join(' ') : (text.textContent ?? '')
    )
      .replace(/\s+/g, ' ')
      .trim();
    if (namesProfession(words, wanted)) {
      addClass(text);
      marked++;
    }
  }
  if (marked > 0) addClass(svg, HAS_HIGHLIGHT_CLASS);
  return marked;
}
