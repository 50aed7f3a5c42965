/**
 * The long label sweep: the quadrant plot and the four scatters at 720 px with every profession of the
 * example data highlighted in turn (`npm run fuzz`; the suite checks the six most crowded ones there).
 * The checks load only in the long run: they analyse the example data first.
 */
import { describe, it } from 'vitest';
import { LONG } from './fuzz-settings.js';

describe.runIf(LONG)('label geometry at 720 px, every profession highlighted (long)', () => {
  it('the quadrant plot and the four scatters', async () => {
    const { checkQuadrantLabels, checkScatterLabels, highlighted, SCATTERS } =
      await import('../core/charts/label-geometry.shared.js');
    checkQuadrantLabels(highlighted([720]));
    for (const scatter of SCATTERS) checkScatterLabels(scatter, highlighted([720]));
  });
});
