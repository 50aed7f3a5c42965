import { describe, expect, it } from 'vitest';
import { findFigure } from '../../../src/core/charts/figures.js';
import { FIGURE_WIDTHS } from '../../../src/core/charts/figure-spec.js';
import { FONT, PAD } from '../../../src/core/charts/frame.js';
import { textWidth } from '../../../src/core/charts/text-width.js';
import { HIGHLIGHT_CLASS, highlightProfession } from '../../../src/core/charts/highlight-profession.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { strongResources } from '../../support/analysis-fixture.js';

describe('highlighting the reader’s profession in a figure', () => {
  const result = strongResources();
  const name = result.professions[1]!.name;

  for (const id of ['kwadranten', 'hulpbronnen-tevreden-organisatie', 'ranking-autonomie']) {
    it(`marks its mark and its label in ${id}, and nothing of another profession`, () => {
      const svg = findFigure(result, id)!.render({ document: nodeDocument() });
      const marked = highlightProfession(svg, name);
      expect(marked).toBeGreaterThanOrEqual(2);
      const elements = Array.from(svg.querySelectorAll(`.${HIGHLIGHT_CLASS}`));
      for (const element of elements) {
        const text = element.getAttribute('aria-label') ?? element.textContent ?? '';
        expect(text.replace(/\s+/g, ' ')).toContain(name.split(' ')[0]);
      }
      expect(elements.some((e) => e.tagName.toLowerCase() === 'text')).toBe(true);
    });
  }

  it('leaves the frame (title, notes, source) alone', () => {
    const profile = findFigure(result, `profiel-${result.professions[1]!.slug}`)!.render({
      document: nodeDocument(),
    });
    highlightProfession(profile, name);
    expect(profile.querySelector(`.wb-frame .${HIGHLIGHT_CLASS}`)).toBeNull();
  });
});

describe('highlighting a long name on a phone', () => {
  const result = strongResources();
  const long = 'Deltaverpleegkundigen met een erg lange beroepsnaam';
  const narrow = FIGURE_WIDTHS.filter((w) => w < 520);

  for (const id of ['kwadranten', 'hulpbronnen-tevreden-organisatie', 'ranking-autonomie']) {
    it(`names the reader's profession whole in ${id} and marks its label, at every narrow width`, () => {
      let whole = 0;
      let cut = 0;
      for (const width of narrow) {
        // As the server renders a marked figure: the profession's label is placed first, then marked.
        const svg = findFigure(result, id)!.render({ document: nodeDocument(), width, highlight: long });
        highlightProfession(svg, long);
        const labels = Array.from(svg.querySelectorAll('text')).filter(
          (t) => t.getAttribute('aria-label') === long,
        );
        expect(labels.length, `${id} at ${width}`).toBe(1);
        const label = labels[0]!;
        expect(label.getAttribute('class') ?? '', `${id} at ${width}`).toContain(HIGHLIGHT_CLASS);
        // Before: cut to two lines ("Deltaverpleegk…" / "met een erg…") and then not marked at all.
        // Now whole where it finds room; where it does not (the quadrant plot at 280 px) it is still cut,
        // and marked by its whole name all the same.
        const shown = Array.from(label.querySelectorAll('tspan'))
          .map((s) => s.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (shown === long) whole++;
        else cut++;
      }
      expect(whole, id).toBeGreaterThanOrEqual(narrow.length - 1);
      if (id === 'kwadranten') expect(cut, id).toBe(1);
    });
  }

  it('wraps the ranking’s names so that the marked one, drawn bold, fits on a phone', () => {
    for (const width of narrow) {
      const svg = findFigure(result, 'ranking-autonomie')!.render({ document: nodeDocument(), width });
      const label = Array.from(svg.querySelectorAll('text')).find(
        (t) => t.getAttribute('aria-label') === long,
      )!;
      for (const line of Array.from(label.querySelectorAll('tspan')).map((s) => s.textContent ?? '')) {
        // The names start at PAD from the left edge and keep PAD + 8 from the right one (ranking.ts).
        expect(textWidth(line, FONT.body, true), `${line} at ${width}`).toBeLessThanOrEqual(
          width - 2 * PAD - 8,
        );
      }
    }
  });
});
