import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../../src/core/analysis/result.js';
import { listFigures, findFigure, FIGURES } from '../../../src/core/charts/figures.js';
import { boxesOverlap } from '../../../src/core/charts/label-placement.js';
import { quadrantGeometry } from '../../../src/core/charts/quadrant-plot.js';
import { rankingRows } from '../../../src/core/charts/ranking.js';
import { scatterGeometry } from '../../../src/core/charts/scatter.js';
import { chartText } from '../../../src/core/text/chart-text.js';
import {
  formatCoefficient,
  formatCount,
  formatInterval,
  formatPercent,
  formatShare,
} from '../../../src/core/text/format.js';
import { EXAMPLE_DATA_LABEL } from '../../../src/core/text/labels.js';
import { nodeDocument } from '../../../src/node/render/document.js';
import { renderSvg } from '../../../src/node/render/svg-string.js';
import { exampleAnalysis } from '../../support/example-analysis.js';
import { strongDemands, strongResources } from '../../support/analysis-fixture.js';

const result = await exampleAnalysis();
const render = (r: AnalysisResult, id: string, width?: number) =>
  findFigure(r, id)!.render({ document: nodeDocument(), width });

describe('figure registry', () => {
  it('lists every figure kind with stable ids', () => {
    const ids = listFigures(result).map((f) => f.id);
    expect(ids.slice(0, 6)).toEqual([
      'hulpbronnen-tevreden-organisatie',
      'taakeisen-tevreden-organisatie',
      'hulpbronnen-tevreden-werk',
      'taakeisen-tevreden-werk',
      'kwadranten',
      'tevredenheid-per-kwadrant',
    ]);
    expect(ids).toContain('ranking-autonomie');
    expect(ids).toContain('ranking-hulpbronnen');
    expect(ids).toContain('ranking-steun-leidinggevende');
    expect(ids).toContain('gevoeligheid');
    expect(ids).toContain('profiel-huisartsen');
    expect(new Set(ids).size).toBe(ids.length);
    expect(FIGURES.map((k) => k.kind).sort()).toEqual(
      ['profile', 'quadrants', 'ranking', 'satisfaction', 'scatter', 'sensitivity'].sort(),
    );
    // one ranking per component of both indices, and one per index
    expect(ids.filter((id) => id.startsWith('ranking-'))).toHaveLength(12);
    expect(ids.filter((id) => id.startsWith('profiel-'))).toHaveLength(result.professions.length);
  });

  it('returns undefined for an unknown id', () => {
    expect(findFigure(result, 'bestaat-niet')).toBeUndefined();
  });
});

describe('every figure is accessible by construction', () => {
  for (const figure of listFigures(result)) {
    it(`${figure.id}: role img, title, data-generated desc, Dutch group names, source with voorbeelddata`, () => {
      const svg = figure.render({ document: nodeDocument() });
      const spec = figure.spec();
      expect(svg.getAttribute('role')).toBe('img');
      const title = svg.querySelector('title')!;
      const desc = svg.querySelector('desc')!;
      expect(title.textContent).toBe(spec.title);
      expect(desc.textContent).toBe(spec.description);
      expect(svg.getAttribute('aria-labelledby')).toBe(title.getAttribute('id'));
      expect(svg.getAttribute('aria-describedby')).toBe(desc.getAttribute('id'));
      for (const group of Array.from(svg.querySelectorAll('g[aria-label]'))) {
        expect(group.getAttribute('role')).toBe('group');
        expect(['dot', 'line', 'area', 'text', 'rule', 'link', 'bar', 'tick']).not.toContain(
          group.getAttribute('aria-label'),
        );
      }
      expect(svg.querySelector('[aria-description]')).toBeNull();
      const markup = renderSvg(svg);
      expect(markup).toContain(spec.source.replace(/'/g, '&#39;').slice(0, 20));
      expect(spec.source.startsWith('Bron: ')).toBe(true);
      expect(spec.source.toLowerCase()).toContain(EXAMPLE_DATA_LABEL.toLowerCase());
      expect(spec.table.rows.length).toBeGreaterThan(0);
      for (const row of spec.table.rows) expect(row).toHaveLength(spec.table.columns.length);
      // Dutch numbers: a dot only groups thousands (10.000), never a decimal point (63.4)
      const visible = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent ?? '');
      for (const text of visible) expect(text).not.toMatch(/\d\.(\d{1,2}|\d{4,})(?!\d)/);
    });
  }

  it('renders the same bytes twice (deterministic)', () => {
    for (const id of ['hulpbronnen-tevreden-organisatie', 'kwadranten', 'gevoeligheid']) {
      expect(renderSvg(render(result, id))).toBe(renderSvg(render(result, id)));
    }
  });

  it('says voorbeelddata only for example data', () => {
    const real = {
      ...result,
      dataset: { ...result.dataset, example: false, label: null, title: 'CBS, AZW werknemersenquête' },
    };
    const spec = findFigure(real, 'kwadranten')!.spec();
    expect(spec.source).toBe('Bron: CBS, AZW werknemersenquête, 4e kwartaal 2024. Bewerking: werkbalans.');
  });
});

describe('descriptions equal the analysis', () => {
  it('a scatter states r, its interval, n and the direction from the correlation', () => {
    for (const [index, outcome, id] of [
      ['resources', 'tevreden_organisatie', 'hulpbronnen-tevreden-organisatie'],
      ['demands', 'tevreden_werk', 'taakeisen-tevreden-werk'],
    ] as const) {
      const c = result.correlations.find((k) => k.x === index && k.y === outcome && k.scale === 'raw')!;
      const desc = render(result, id).querySelector('desc')!.textContent;
      expect(desc).toContain(
        `r = ${formatCoefficient(c.pearson)} (95%-BI ${formatInterval(c.pearsonCI![0], c.pearsonCI![1])}), n = ${c.n}`,
      );
      expect(desc).toContain(`ρ = ${formatCoefficient(c.spearman)}`);
      const sure = c.pearsonCI![0] > 0 || c.pearsonCI![1] < 0;
      if (!sure) expect(desc).toContain('Geen duidelijke samenhang');
      else expect(desc).toContain(c.pearson! > 0 ? 'hoe tevredener' : 'hoe minder tevreden');
    }
  });

  it('a scatter states the relation in words on top and keeps r and ρ in a note for the expert', () => {
    for (const figure of listFigures(result).filter((f) => f.kind === 'scatter')) {
      const spec = figure.spec();
      expect(spec.subtitle, figure.id).not.toMatch(/Pearson|Spearman|r =|ρ|BI/);
      expect(
        spec.notes.filter((n) => n.startsWith('Voor de kenner: Pearson r = ')),
        figure.id,
      ).toHaveLength(1);
    }
    expect(findFigure(result, 'hulpbronnen-tevreden-organisatie')!.spec().subtitle).toBe(
      'Hoe meer hulpbronnen, hoe tevredener met de organisatie: een sterke samenhang.',
    );
  });

  it('the resources scatter of the example data reads as a strong positive relation', () => {
    const desc = render(result, 'hulpbronnen-tevreden-organisatie').querySelector('desc')!.textContent;
    expect(desc).toMatch(
      /Hoe meer hulpbronnen, hoe tevredener met de organisatie: een sterke samenhang, r = 0,\d\d/,
    );
  });

  it('the quadrant description counts every quadrant and names the borderline cases', () => {
    const desc = findFigure(result, 'kwadranten')!.spec().description;
    for (const q of result.quadrants) expect(desc).toContain(`kwadrant ${q.quadrant} (`);
    for (const q of result.quadrants) expect(desc).toContain(`: ${formatCount(q.count)}`);
    for (const p of result.professions.filter((p) => p.quadrantProbability < 0.8))
      expect(desc).toContain(`${p.name} (${formatShare(p.quadrantProbability)} in kwadrant ${p.quadrant})`);
  });

  it('a ranking names the highest and lowest profession and the median', () => {
    const rows = rankingRows(result, 'autonomie');
    const values = result.professions.map((p) => p.values.autonomie!.value);
    expect(rows[0]!.estimate.value).toBe(Math.max(...values));
    expect(rows.at(-1)!.estimate.value).toBe(Math.min(...values));
    const desc = findFigure(result, 'ranking-autonomie')!.spec().description;
    expect(desc).toContain(`Hoogste: ${rows[0]!.name} (${formatPercent(rows[0]!.estimate.value)})`);
    const median = result.spreads.find((s) => s.measure === 'autonomie')!.median;
    expect(desc).toContain(`mediaan ${formatPercent(median)}`);
  });

  it('each ranking dot carries its rank interval for hover and focus', () => {
    const svg = render(result, 'ranking-autonomie');
    const p = result.professions[0]!;
    const rank = p.ranks.autonomie!;
    const titles = Array.from(svg.querySelectorAll('circle > title')).map((t) => t.textContent);
    const expected = `rang ${rank.rank} van ${result.professions.length} (95%-interval ${rank.low} tot ${rank.high})`;
    expect(titles.some((t) => t.startsWith(`${p.name}:`) && t.includes(expected))).toBe(true);
    const labelled = Array.from(svg.querySelectorAll('circle[aria-label]')).map((c) =>
      c.getAttribute('aria-label'),
    );
    expect(labelled).toEqual(titles);
  });

  it('borderline professions are drawn differently from certain ones', () => {
    const svg = render(result, 'kwadranten');
    const dashed = svg.querySelectorAll('g[stroke-dasharray] circle').length;
    const borderline = result.professions.filter((p) => p.quadrantProbability < 0.8).length;
    expect(borderline).toBeGreaterThan(0);
    expect(dashed).toBe(borderline);
  });

  it('the sensitivity table lists every scenario with its moves', () => {
    const spec = findFigure(result, 'gevoeligheid')!.spec();
    expect(spec.table.rows).toHaveLength(result.sensitivity.length);
    for (const [i, s] of result.sensitivity.entries()) {
      expect(spec.table.rows[i]![1]).toBe(formatCount(s.changes.length));
      for (const c of s.changes)
        expect(spec.table.rows[i]![2]).toContain(chartText.move(c.name, c.from, c.to));
    }
  });
});

describe('labels never overlap', () => {
  const scatters = [
    ['resources', 'tevreden_organisatie'],
    ['demands', 'tevreden_organisatie'],
    ['resources', 'tevreden_werk'],
    ['demands', 'tevreden_werk'],
  ] as const;

  for (const width of [480, 720, 1200]) {
    it(`scatters and quadrants of the example data at width ${width}`, () => {
      const layouts = [
        ...scatters.map(([i, o]) => scatterGeometry(result, i, o, width).labels),
        quadrantGeometry(result, width).labels,
      ];
      for (const layout of layouts) {
        if (width >= 720) expect(layout.unplaced).toEqual([]);
        const boxes = layout.placed.map((l) => l.box);
        for (let a = 0; a < boxes.length; a++)
          for (let b = a + 1; b < boxes.length; b++) expect(boxesOverlap(boxes[a]!, boxes[b]!)).toBe(false);
      }
    });
  }

  it('quadrant labels stay clear of the quadrant names in the corners', () => {
    const g = quadrantGeometry(result);
    for (const label of g.labels.placed)
      for (const corner of g.cornerBoxes) expect(boxesOverlap(label.box, corner)).toBe(false);
  });

  it('holds for the small fixtures too', () => {
    for (const r of [strongResources(), strongDemands()]) {
      const layout = scatterGeometry(r, 'resources', 'tevreden_organisatie').labels;
      expect(layout.unplaced).toEqual([]);
    }
  });
});
