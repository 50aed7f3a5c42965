/**
 * The marks that name dots: leader lines from a dot to a label that had to move away, and the labels
 * themselves on a halo so they stay readable over grid lines and other marks. Shared by every figure
 * that labels its dots (scatter, quadrant plot).
 */
import * as Plot from '@observablehq/plot';
import { chartText } from '../text/chart-text.js';
import { LABEL_LINE, LABEL_SIZE, type DotLabel } from './labelled-dots.js';
import { COLOURS } from './palette.js';

/** Leader lines for the labels that have one; no mark at all when none has. */
export function leaderLines(placed: readonly DotLabel[]): Plot.Markish[] {
  const leaders = placed.flatMap((l) => (l.leader ? [{ ...l.leader, key: l.key }] : []));
  if (leaders.length === 0) return [];
  return [
    Plot.link(leaders, {
      x1: 'x1',
      y1: 'y1',
      x2: 'x2',
      y2: 'y2',
      stroke: 'currentColor',
      strokeOpacity: 0.5,
      strokeWidth: 0.75,
      className: 'wb-dimmable',
      ariaHidden: 'true',
      // Named by its dot's key, so marking a profession marks the line to its label too.
      ariaLabel: 'key',
    }),
  ];
}

/** The labels, dark text on a light halo (the halo follows the page colour in dark mode). */
export function dotLabels(placed: readonly DotLabel[]): Plot.Markish {
  return Plot.text(placed, {
    x: 'x',
    y: 'y',
    text: 'text',
    fontSize: LABEL_SIZE,
    lineHeight: LABEL_LINE,
    lineAnchor: 'middle',
    fill: 'currentColor',
    stroke: '#FFFFFF',
    strokeWidth: 3,
    className: `${COLOURS.paper.className}-halo wb-dimmable`,
    ariaDescription: chartText.labelsGroup,
    // The whole name, also where the label is wrapped, hyphenated or cut ("…"): marking a profession
    // finds its label by this name (highlight-profession.ts), not by the words it shows.
    ariaLabel: 'key',
  });
}
