import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels } from '../../../src/core/charts/label-placement.js';

const frame = { left: 0, top: 0, right: 600, bottom: 400 };

describe('label placement', () => {
  it('puts a lone label right of its dot, without a leader', () => {
    const [label] = placeLabels([{ x: 100, y: 100, width: 50, height: 12, key: 'a' }], { frame, radius: 4 });
    expect(label!.box!.left).toBeGreaterThan(104);
    expect(label!.box!.top).toBeLessThan(100);
    expect(label!.box!.bottom).toBeGreaterThan(100);
    expect(label!.leader).toBe(false);
  });

  it('never lets two placed labels overlap, stay outside the frame or cover a dot', () => {
    const dot = fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      fc.property(
        fc.array(dot, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 20, max: 160 }),
        (dots, w) => {
          const requests = dots.map((d, i) => ({ ...d, width: w, height: 13, key: `k${i}` }));
          const placed = placeLabels(requests, { frame, radius: 4 });
          const boxes = placed.flatMap((p) => (p.box ? [p.box] : []));
          for (let i = 0; i < boxes.length; i++) {
            const b = boxes[i]!;
            expect(b.left >= 0 && b.right <= 600 && b.top >= 0 && b.bottom <= 400).toBe(true);
            for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(b, boxes[j]!)).toBe(false);
            for (const d of dots) {
              const dx = d.x - Math.max(b.left, Math.min(d.x, b.right));
              const dy = d.y - Math.max(b.top, Math.min(d.y, b.bottom));
              expect(dx * dx + dy * dy).toBeGreaterThanOrEqual(16);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same input gives the same boxes', () => {
    const requests = Array.from({ length: 12 }, (_, i) => ({
      x: 200 + ((i * 37) % 90),
      y: 150 + ((i * 53) % 70),
      width: 80,
      height: 13,
      key: `p${i}`,
    }));
    expect(placeLabels(requests, { frame, radius: 4 })).toEqual(placeLabels(requests, { frame, radius: 4 }));
  });

  it('keeps labels off the obstacles it is given', () => {
    const obstacle = { left: 105, top: 80, right: 300, bottom: 120 };
    const [label] = placeLabels([{ x: 100, y: 100, width: 50, height: 12, key: 'a' }], {
      frame,
      radius: 4,
      obstacles: [obstacle],
    });
    expect(boxesOverlap(label!.box!, obstacle)).toBe(false);
  });
});
