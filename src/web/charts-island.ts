/**
 * Browser island for the figures: renders figures live in the page with the same chart modules the
 * CLI and the report use (src/core/charts), from an analysis published in the page as JSON.
 *
 *   <script type="application/json" id="werkbalans-analyse">{…AnalysisResult…}</script>
 *   <div data-werkbalans-figure="kwadranten">…server-rendered SVG, shown without JavaScript…</div>
 *
 * On mount each container's SVG is replaced by one drawn at the container's width (and again when it
 * resizes), and every mark with a tooltip becomes focusable: hover or keyboard focus shows its text,
 * Escape hides it. The figure's data table in the page stays the full alternative.
 */
import type { AnalysisResult } from '../core/analysis/result.js';
import { MAX_WIDTH, MIN_WIDTH, type ChartOptions } from '../core/charts/figure-spec.js';
import { findFigure } from '../core/charts/figures.js';

export const ANALYSIS_SCRIPT_ID = 'werkbalans-analyse';
export const FIGURE_ATTRIBUTE = 'data-werkbalans-figure';
const TIP_CLASS = 'wb-tip';

/** The analysis published in the page, or null when there is none (or it is not valid JSON). */
export function readAnalysis(doc: Document = document, id = ANALYSIS_SCRIPT_ID): AnalysisResult | null {
  const script = doc.getElementById(id);
  if (!script?.textContent) return null;
  try {
    return JSON.parse(script.textContent) as AnalysisResult;
  } catch {
    return null;
  }
}

/** Draws figure `id` into `container`, replacing what was there. Null when the id is unknown. */
export function renderFigureInto(
  container: Element,
  result: AnalysisResult,
  id: string,
  options: ChartOptions = {},
): SVGSVGElement | null {
  const figure = findFigure(result, id);
  if (!figure) return null;
  const doc = container.ownerDocument;
  const svg = figure.render({ ...options, document: doc });
  container.replaceChildren(svg);
  enhanceTooltips(svg);
  return svg;
}

/** Makes every mark with a `<title>` focusable and shows its text on hover and focus. */
export function enhanceTooltips(svg: SVGSVGElement): void {
  const doc = svg.ownerDocument;
  const marks: Element[] = [];
  for (const title of Array.from(svg.querySelectorAll('title'))) {
    const mark = title.parentNode as Element | null;
    // nodeType, not instanceof: the document may come from another realm (tests use linkedom).
    if (mark && mark.nodeType === 1 && mark !== svg) marks.push(mark);
  }
  if (marks.length === 0) return;
  // Focusable marks must be reachable by assistive technology: the root becomes a labelled group.
  svg.setAttribute('role', 'group');
  let tip: HTMLElement | null = null;
  const hide = () => {
    tip?.remove();
    tip = null;
  };
  // The tip lives inside the figure's container (so inside the page's landmarks), positioned over it.
  const host = svg.parentElement ?? doc.body;
  const show = (mark: Element) => {
    hide();
    const text = mark.querySelector('title')?.textContent ?? '';
    const box = mark.getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    if (doc.defaultView?.getComputedStyle(host).position === 'static') host.style.position = 'relative';
    tip = doc.createElement('div');
    tip.className = TIP_CLASS;
    tip.setAttribute('role', 'tooltip');
    tip.textContent = text;
    Object.assign(tip.style, {
      position: 'absolute',
      left: `${box.left - origin.left + box.width / 2}px`,
      top: `${box.top - origin.top - 8}px`,
      transform: 'translate(-50%, -100%)',
      width: 'max-content',
      maxWidth: '22rem',
      padding: '0.35rem 0.5rem',
      background: 'Canvas',
      color: 'CanvasText',
      border: '1px solid currentColor',
      font: '0.85rem/1.3 system-ui, sans-serif',
      pointerEvents: 'none',
      zIndex: '10',
    });
    host.append(tip);
  };
  for (const mark of marks) {
    const label = mark.querySelector('title')?.textContent ?? '';
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'img');
    if (!mark.hasAttribute('aria-label')) mark.setAttribute('aria-label', label);
    mark.addEventListener('focus', () => show(mark));
    mark.addEventListener('mouseenter', () => show(mark));
    mark.addEventListener('blur', hide);
    mark.addEventListener('mouseleave', hide);
    mark.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') hide();
    });
  }
}

function widthOf(container: Element): number | undefined {
  const width = Math.round(container.getBoundingClientRect?.().width ?? 0);
  return width > 0 ? Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)) : undefined;
}

/** Renders every `[data-werkbalans-figure]` container under `root`, and again when its width changes. */
export function mountCharts(root: ParentNode = document, result = readAnalysis()): number {
  if (!result) return 0;
  const containers = Array.from(root.querySelectorAll(`[${FIGURE_ATTRIBUTE}]`));
  for (const container of containers) {
    const id = container.getAttribute(FIGURE_ATTRIBUTE)!;
    let drawnWidth = widthOf(container);
    renderFigureInto(container, result, id, { width: drawnWidth });
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => {
        const width = widthOf(container);
        if (width !== drawnWidth) {
          drawnWidth = width;
          renderFigureInto(container, result, id, { width });
        }
      }).observe(container);
    }
  }
  return containers.length;
}

if (typeof document !== 'undefined' && document.getElementById(ANALYSIS_SCRIPT_ID)) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => mountCharts());
  else mountCharts();
}
