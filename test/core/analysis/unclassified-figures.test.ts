/**
 * Audit 4, finding 1: a profession missing one component of an index has no quadrant, yet its
 * published figures are shown wherever figures are listed — rankings, its profile, the report's table
 * and the downloads — and only medians, quadrants, ranks and correlations leave it out.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { listFigures } from '../../../src/core/charts/figures.js';
import { profileSpec } from '../../../src/core/charts/profile.js';
import { rankingRows, rankingSpec } from '../../../src/core/charts/ranking.js';
import { analysisJson } from '../../../src/node/analysis-json.js';
import { dataTableHtml } from '../../../src/node/render/report-html.js';
import { analysisTable } from '../../../src/node/server/analysis-csv.js';
import { CONFIG, tableOf, uniform, type ProfessionSpec } from '../../support/tables.js';

const without = (spec: ProfessionSpec, ...ids: string[]): ProfessionSpec => ({
  ...spec,
  values: { ...spec.values, ...Object.fromEntries(ids.map((id) => [id, null])) },
});

const result = analyse(
  tableOf([
    uniform('Alfa', 40, 30, 55, 76, 4),
    uniform('Bravo', 50, 35, 60, 77, 4),
    uniform('Charlie', 60, 25, 72, 80, 4),
    uniform('Delta', 55, 45, 66, 79, 4),
    uniform('Echo', 45, 40, 50, 75, 4),
    // Missing a demand: its resource components and outcomes are still published.
    without(uniform('Foxtrot', 70, 47.3, 81, 82, 3), 'werkdruk'),
  ]),
  { config: CONFIG, draws: 200 },
);

describe('an unclassified profession', () => {
  it('keeps its published figures in the result, and stays out of medians and quadrants', () => {
    const [foxtrot] = result.unclassified;
    expect(foxtrot?.name).toBe('Foxtrot');
    expect(foxtrot?.missing).toEqual(['werkdruk']);
    expect(foxtrot?.values.werkdruk).toBeNull();
    expect(foxtrot?.values.autonomie).toEqual({ value: 70, lower: 67, upper: 73 });
    expect(foxtrot?.values.agressie_extern?.value).toBe(47.3);
    expect(result.medians).toEqual({ resources: 50, demands: 35 });
    expect(result.professions.map((p) => p.name)).not.toContain('Foxtrot');
    expect(result.correlations.every((c) => c.n === 5)).toBe(true);
  });

  it('appears without a rank in the ranking of a component it has, and the count says so', () => {
    const rows = rankingRows(result, 'autonomie');
    expect(rows.map((r) => r.name)).toEqual(['Foxtrot', 'Charlie', 'Delta', 'Bravo', 'Echo', 'Alfa']);
    const foxtrot = rows[0]!;
    expect(foxtrot.rank).toBeNull();
    expect(foxtrot.tip).toContain('niet ingedeeld');
    expect(rows[1]!.rank?.rank).toBe(1);
    const spec = rankingSpec(result, 'autonomie');
    expect(spec.subtitle).toMatch(/^6 beroepen/);
    expect(spec.description).toContain('voor 6 beroepen');
    expect(spec.notes.join(' ')).toContain('Foxtrot');
    expect(spec.notes.join(' ')).toContain('5 ingedeelde beroepen');
    expect(spec.table.rows.find((r) => r[0] === 'Foxtrot')).toEqual([
      'Foxtrot',
      '70,0%',
      '67,0% tot 73,0%',
      'niet ingedeeld',
      '–',
    ]);
  });

  it('is absent from the rankings of the indices and of the component it misses', () => {
    expect(rankingRows(result, 'resources').map((r) => r.name)).not.toContain('Foxtrot');
    expect(rankingRows(result, 'werkdruk').map((r) => r.name)).not.toContain('Foxtrot');
  });

  it('has a profile figure with its published components and a note naming what is missing', () => {
    expect(listFigures(result).map((f) => f.id)).toContain('profiel-foxtrot');
    const spec = profileSpec(result, result.unclassified[0]!);
    expect(spec.table.rows.map((r) => r[0])).toEqual([
      'Loopbaanperspectief',
      'Ontwikkelmogelijkheden',
      'Invloed op de inhoud van het werk',
      'Autonomie',
      'Steun van leidinggevende',
      'Agressie door cliënten of naasten',
      'Agressie door collega’s of leidinggevenden',
      'Tijd aan verslaglegging',
      'Tijd aan registratie',
    ]);
    expect(spec.notes.join(' ')).toContain('werkdruk te hoog');
    expect(spec.notes.join(' ')).toContain('geen kwadrant');
    expect(spec.description).not.toContain('werkdruk_');
  });

  it('has a row in the report’s table of all figures, with empty index and quadrant cells', () => {
    const html = dataTableHtml(result);
    const row = /<tr data-profession="foxtrot">.*?<\/tr>/.exec(html)?.[0] ?? '';
    expect(row).toContain('Foxtrot');
    expect(row).toContain('data-value="70"');
    expect(row).toContain('niet ingedeeld');
  });

  it('has its published values in the download, only the unpublished and index cells empty', () => {
    const { header, rows } = analysisTable(result);
    const row = rows.find((r) => r[0] === 'Foxtrot')!;
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('ingedeeld')).toBe('nee');
    expect(cell('autonomie')).toBe(70);
    expect(cell('autonomie_ondergrens')).toBe(67);
    expect(cell('agressie_extern')).toBe(47.3);
    expect(cell('tevreden_werk')).toBe(82);
    expect(cell('werkdruk')).toBeNull();
    expect(cell('kwadrant')).toBeNull();
    expect(cell('hulpbronnen')).toBeNull();
    expect(cell('zekerheid_procent')).toBeNull();
    expect(cell('rang_hulpbronnen_95_van')).toBeNull();
    expect(cell('ontbreekt')).toBe('werkdruk');
  });

  it('keeps the contract’s JSON fields and adds its values', () => {
    const json = JSON.parse(analysisJson(result)) as {
      unclassified: { name: string; missing: string[]; values: Record<string, { value: number } | null> }[];
    };
    const [foxtrot] = json.unclassified;
    expect(Object.keys(foxtrot!).slice(0, 2)).toEqual(['name', 'missing']);
    expect(foxtrot?.missing).toEqual(['werkdruk']);
    expect(foxtrot?.values['autonomie']?.value).toBe(70);
  });
});
