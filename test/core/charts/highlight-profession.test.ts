import { describe, expect, it } from 'vitest';
import { findFigure } from '../../../src/core/charts/figures.js';
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
