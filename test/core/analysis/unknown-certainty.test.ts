/**
 * Audit 8, finding 3: without confidence bounds a draw cannot vary a figure, so the share of draws in
 * the own quadrant (always 100%) says nothing. The certainty is unknown (null) for a profession when any
 * component of its indices lacks bounds, the notes say so in one line, and the CLI table says "onbekend".
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analysis/analyse.js';
import { quadrantSpec } from '../../../src/core/charts/quadrant-plot.js';
import { BORDERLINE, CERTAIN } from '../../../src/core/charts/certainty.js';
import { analysisSummary } from '../../../src/core/text/analysis-summary.js';
import { bridgeText } from '../../../src/core/text/bridge-text.js';
import { boundsText } from '../../../src/core/text/certainty-text.js';
import { chartText } from '../../../src/core/text/chart-text.js';
import { profileDescription, quadrantDescription } from '../../../src/core/text/findings.js';
import { homeText } from '../../../src/core/text/page-text.js';
import { certaintyFinding } from '../../../src/core/text/report-findings.js';
import { certaintyStory } from '../../../src/core/text/story.js';
import { CONFIG, tableOf, uniform } from '../../support/tables.js';

describe('certainty without confidence bounds', () => {
  it('is unknown for every profession of a table without bounds, said once', () => {
    const table = tableOf([uniform('Alfa', 40, 30), uniform('Bravo', 50, 35), uniform('Charlie', 60, 25)]);
    const result = analyse(table, { config: CONFIG, draws: 50 });
    expect(result.professions.map((p) => [p.quadrantProbability, p.certainty])).toEqual([
      [1, null],
      [1, null],
      [1, null],
    ]);
    const notes = result.warnings.filter((w) => w.code === 'no-bounds');
    expect(notes.map((w) => w.message)).toEqual([
      'zekerheid onbekend: de tabel heeft geen betrouwbaarheidsintervallen, dus voor geen van de 3 ingedeelde beroepen is te zeggen hoe zeker het kwadrant is.',
    ]);
    const summary = analysisSummary(result);
    expect(summary).not.toMatch(/100%/);
    expect(summary).toContain('onbekend');
  });

  it('is unknown only for the professions whose components lack bounds, summed up in one line', () => {
    const table = tableOf([
      uniform('Alfa', 40, 30, 55, 76, 4),
      uniform('Bravo', 50, 35, 60, 77, 4),
      uniform('Charlie', 60, 25, 72, 80, 0),
    ]);
    const result = analyse(table, { config: CONFIG, draws: 50 });
    expect(result.professions.map((p) => [p.name, p.certainty === null, p.boundsMissing.length])).toEqual([
      ['Alfa', false, 0],
      ['Bravo', false, 0],
      ['Charlie', true, 10],
    ]);
    expect(result.warnings.filter((w) => w.code === 'no-bounds').map((w) => w.message)).toEqual([
      'Zekerheid onbekend bij 1 beroep, want onderdelen van hun indices hebben geen betrouwbaarheidsgrenzen: Charlie (10).',
    ]);
  });

  it('reads as unknown, never as 100%, in the story, findings, figure, report and home texts', () => {
    const table = tableOf([uniform('Alfa', 40, 30), uniform('Bravo', 50, 35), uniform('Charlie', 60, 25)]);
    const result = analyse(table, { config: CONFIG, draws: 50 });
    const alfa = result.professions.find((p) => p.name === 'Alfa')!;
    const story = certaintyStory(result, BORDERLINE, CERTAIN);
    const texts = [
      story.heading,
      story.plain,
      quadrantDescription(result, BORDERLINE, CERTAIN),
      profileDescription(alfa, []),
      certaintyFinding(result, BORDERLINE).text,
      chartText.quadrantTip(alfa.name, alfa.quadrant, alfa.certainty, alfa.resources, alfa.demands),
      homeText.mineSummary(alfa.quadrant, alfa.certainty),
    ];
    for (const text of texts) expect(text).not.toMatch(/100%|kwadrant zeker|valt in minstens/);
    expect(story.plain).toBe(
      'Bij geen van de 3 beroepen is te zeggen hoe zeker het kwadrant is: de tabel heeft geen betrouwbaarheidsintervallen.',
    );
    expect(profileDescription(alfa, [])).toContain('zekerheid onbekend');
    expect(homeText.mineSummary(alfa.quadrant, alfa.certainty)).toContain('zekerheid onbekend');
    const rows = quadrantSpec(result).table.rows;
    expect(rows.map((r) => r[4])).toEqual(['onbekend', 'onbekend', 'onbekend']);
  });

  it('counts only the known ones as certain when some professions lack bounds', () => {
    const table = tableOf([
      uniform('Alfa', 40, 30, 55, 76, 4),
      uniform('Bravo', 50, 35, 60, 77, 4),
      uniform('Charlie', 60, 25, 72, 80, 0),
    ]);
    const result = analyse(table, { config: CONFIG, draws: 50 });
    const story = certaintyStory(result, BORDERLINE, CERTAIN);
    expect(story.plain).toContain(
      'Bij 1 van de 3 beroepen is de zekerheid onbekend: onderdelen van hun indices hebben geen betrouwbaarheidsgrenzen.',
    );
    expect(certaintyFinding(result, BORDERLINE).text).toMatch(
      /^Bij 1 van de 3 beroepen is de zekerheid onbekend/,
    );
  });

  it('says "geen interval" for a component without bounds, and why it is still clearly weak', () => {
    expect(boundsText(null, null)).toBe('geen interval');
    expect(boundsText(41, 47)).toBe('95%-BI 41,0% tot 47,0%');
    expect(bridgeText.compactItem('Autonomie', '44,0%', boundsText(null, null), '50,0%')).not.toMatch(
      /–|95%-BI/,
    );
    expect(bridgeText.clear(false)).not.toContain('hele 95%-interval');
    expect(bridgeText.clear(true)).toBe('het hele 95%-interval ligt aan de ongunstige kant');
  });
});
