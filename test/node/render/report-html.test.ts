import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MIN_WIDTH } from '../../../src/core/charts/figure-spec.js';
import { listFigures } from '../../../src/core/charts/figures.js';
import { INDICATORS } from '../../../src/core/contract/indicators.js';
import { formatCount, formatPercent, formatShare } from '../../../src/core/text/format.js';
import { EXAMPLE_DATA_LABEL, INDEX_LABELS } from '../../../src/core/text/labels.js';
import { reportFindings } from '../../../src/core/text/report-findings.js';
import { reportHtml } from '../../../src/node/render/report-html.js';
import { strongDemands, strongResources } from '../../support/analysis-fixture.js';
import { exampleAnalysis } from '../../support/example-analysis.js';

const result = await exampleAnalysis();
const html = reportHtml(result);
const { document } = parseHTML(html);
const text = (selector: string) => document.querySelector(selector)?.textContent ?? '';

describe('the report is self-contained and accessible', () => {
  it('is one Dutch HTML document with inline CSS and SVG and no network reference', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http/i);
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<)]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(html).toContain('@media print');
    expect(html).toContain('prefers-color-scheme: dark');
  });

  it('shows the voorbeelddata label prominently, and not for real data', () => {
    expect(text('header .example')).toContain(EXAMPLE_DATA_LABEL);
    const real = reportHtml({
      ...result,
      dataset: { ...result.dataset, example: false, label: null, title: 'CBS' },
    });
    expect(real).not.toContain('class="example"');
    expect(real.toLowerCase()).not.toContain('voorbeelddata');
  });

  it('holds every figure with role img, its description and its data table', () => {
    for (const figure of listFigures(result)) {
      const element = document.getElementById(`figuur-${figure.id}`);
      expect(element, figure.id).not.toBeNull();
      const svg = element!.querySelector('svg')!;
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.querySelector('desc')!.textContent).toBe(figure.spec().description);
      expect(element!.querySelector('figcaption')!.textContent).toContain(figure.spec().description);
      expect(element!.querySelectorAll('details table tbody tr')).toHaveLength(
        figure.spec().table.rows.length,
      );
    }
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws every figure a second time at the narrowest width, shown instead on a phone, never in print', () => {
    for (const figure of listFigures(result, 'report')) {
      const element = document.getElementById(`figuur-${figure.id}`)!;
      const wide = element.querySelector('.figure-wide svg')!;
      const narrow = element.querySelector('.figure-narrow svg')!;
      expect(wide.getAttribute('viewBox'), figure.id).toMatch(/^0 0 720 /);
      expect(narrow.getAttribute('viewBox'), figure.id).toMatch(new RegExp(`^0 0 ${MIN_WIDTH} `));
      expect(narrow.querySelector('desc')!.textContent).toBe(figure.spec().description);
      expect(narrow.getAttribute('aria-labelledby')).toBe(`wb-${figure.id}-smal-title`);
    }
    // 720 px of drawing plus 2 × 1,25 rem of padding: 47,5 rem.
    expect(html).toContain('@media screen and (max-width: 47.49rem)');
    expect(html).toMatch(/\.figure-narrow \{ display: none;/);
  });

  it('has a heading for every section and a table of contents that links to them', () => {
    for (const link of Array.from(document.querySelectorAll('nav a'))) {
      const target = link.getAttribute('href')!.slice(1);
      expect(document.getElementById(target), target).not.toBeNull();
    }
    expect(document.querySelectorAll('h1')).toHaveLength(1);
  });
});

describe('every number in the report equals the analysis', () => {
  it('the findings are the templates over this analysis', () => {
    const items = Array.from(document.querySelectorAll('#bevindingen li')).map((li) => li.textContent);
    expect(items).toEqual(reportFindings(result, 0.8).map((f) => `${f.title} ${f.text}`));
  });

  it('the quadrant table carries each profession with its quadrant probability and shares', () => {
    const rows = Array.from(document.querySelectorAll('#kwadranttabel tbody tr'));
    expect(rows).toHaveLength(result.professions.length);
    for (const p of result.professions) {
      const row = rows.find((r) => r.querySelector('th')!.textContent === p.name)!;
      const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent);
      expect(cells[0]).toBe(formatPercent(p.resources));
      expect(cells[1]).toBe(formatPercent(p.demands));
      expect(cells[2]!.startsWith(String(p.quadrant))).toBe(true);
      expect(cells[3]).toBe(formatShare(p.quadrantProbability));
      expect(cells.slice(4)).toEqual(p.quadrantShares.map((s) => formatShare(s)));
    }
  });

  it('the full data table holds every value of every profession', () => {
    const rows = Array.from(document.querySelectorAll('#alle-cijfers tbody tr'));
    expect(rows).toHaveLength(result.professions.length);
    for (const p of result.professions) {
      const row = document.querySelector(`#alle-cijfers tr[data-profession="${p.slug}"]`)!;
      const values = Array.from(row.querySelectorAll('td')).map((td) => td.getAttribute('data-value'));
      const expected = [
        String(p.resources),
        String(p.demands),
        String(p.quadrant),
        String(p.quadrantProbability),
        ...INDICATORS.map((i) => (p.values[i.id] ? String(p.values[i.id]!.value) : null)),
      ];
      expect(values).toEqual(expected);
      const shown = Array.from(row.querySelectorAll('td')).map((td) => td.textContent);
      expect(shown[0]).toBe(formatPercent(p.resources));
    }
  });

  it('the method is generated from result.method', () => {
    const method = text('#methode');
    expect(method).toContain(
      `${formatCount(result.method.draws)} trekkingen met startwaarde ${result.method.seed}`,
    );
    expect(method).toContain('sd = (bovengrens − ondergrens) / (2 × 1,96)');
    expect(method).toContain(result.method.variant.label);
    expect(method).toContain('precies op de mediaan telt dus als hoog');
    expect(method).toContain(result.method.correlationCI);
    expect(method).toContain(result.method.rankRule);
    expect(method).toContain(
      `hulpbronnen ${formatPercent(result.medians.resources)}, taakeisen ${formatPercent(result.medians.demands)}`,
    );
    const weights = Array.from(document.querySelectorAll('#methode table tbody tr'));
    const components = [...result.method.variant.resources, ...result.method.variant.demands];
    expect(weights).toHaveLength(components.length);
    weights.forEach((row, i) => {
      expect(row.querySelector('td.num')!.textContent).toBe(formatPercent(components[i]!.weight * 100));
    });
    expect(weights[0]!.querySelector('th')!.textContent).toBe(INDEX_LABELS.resources);
  });

  it('the caveats name the level, n and the median split', () => {
    const caveats = text('#kanttekeningen');
    expect(caveats).toContain('beroepen, geen personen');
    expect(caveats).toContain(`n = ${result.professions.length}`);
    expect(caveats).toContain('mediaansplitsing');
  });

  it('is the same byte for byte when written twice', () => {
    expect(reportHtml(result)).toBe(html);
  });
});

describe('the report changes with the data', () => {
  it('leads with resources for one dataset and with demands for the swapped one', () => {
    const first = (r: ReturnType<typeof strongResources>) =>
      parseHTML(reportHtml(r)).document.querySelector('#bevindingen li')!.textContent;
    expect(first(strongResources())).toContain(
      'Hulpbronnen hangen sterker samen met tevredenheid met de organisatie',
    );
    expect(first(strongDemands())).toContain(
      'Taakeisen hangen sterker samen met tevredenheid met de organisatie',
    );
  });
});
