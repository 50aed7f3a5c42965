/**
 * The profile's narrow layout (each name on its own line above its row): no name touches the marks
 * of its row. Before, the median's diamond reached about 3 px into the name above it on a phone.
 */
import { describe, expect, it } from 'vitest';
import { findFigure } from '../../../src/core/charts/figures.js';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { slugify } from '../../../src/core/contract/slug.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

/** Font size of the names (the figure's body text) and the share of it below the baseline. */
const NAME_SIZE = 12;
const DESCENT = 0.25;
/** Room kept between a name's lowest ink and the highest mark of its row, in px. */
const CLEARANCE = 1;

const translateY = (element: Element | null): number =>
  Number(/translate\([^,]+,\s*([-\d.e]+)\)/.exec(element?.getAttribute('transform') ?? '')?.[1] ?? 0);

/** How far a mark reaches above its centre: a circle's radius, a path's lowest y. */
function reachAbove(mark: Element): number {
  if (mark.tagName.toLowerCase() === 'circle') return Number(mark.getAttribute('r'));
  const ys = [...(mark.getAttribute('d') ?? '').matchAll(/[-\d.]+,([-\d.]+)/g)].map((m) => Number(m[1]));
  return -Math.min(...ys);
}

describe('profile figure, narrow layout', () => {
  it('keeps every name clear of its row’s dot and diamond at each narrow width', async () => {
    const result = await exampleAnalysis();
    const narrow = FIGURE_WIDTHS.filter((w) => w < 520);
    expect(narrow.length).toBeGreaterThan(0);
    let rows = 0;
    for (const profession of result.professions) {
      for (const width of narrow) {
        const id = `profiel-${slugify(profession.name)}`;
        const svg = findFigure(result, id)!.render({ document: nodeDocument(), width });
        const names = [...svg.querySelectorAll('g.wb-paper-halo[aria-hidden="true"] > text')];
        const marks = [...svg.querySelectorAll('g[aria-label] > circle, g[aria-label] > path')].filter(
          (m) => m.parentElement?.getAttribute('role') === 'group',
        );
        expect(names.length, `${id} at ${width}`).toBeGreaterThan(0);
        for (const name of names) {
          const rowY = translateY(name);
          const baseline = rowY + translateY(name.parentElement);
          const lowestInk = baseline + DESCENT * NAME_SIZE;
          const ofRow = marks.filter((m) => translateY(m) === rowY);
          expect(ofRow.length, `${name.textContent} in ${id}`).toBeGreaterThan(0);
          for (const mark of ofRow) {
            const top = rowY + translateY(mark.parentElement) - reachAbove(mark);
            expect(lowestInk + CLEARANCE, `${name.textContent} in ${id} at ${width}px`).toBeLessThanOrEqual(
              top,
            );
          }
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(100);
  });
});
