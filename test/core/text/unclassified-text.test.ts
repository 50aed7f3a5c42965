import { describe, expect, it } from 'vitest';
import type { IndexDefinition, UnclassifiedProfession } from '../../../src/core/analysis/result.js';
import { INDICATOR_IDS, type IndicatorId } from '../../../src/core/contract/indicators.js';
import { unclassifiedText } from '../../../src/core/text/unclassified-text.js';
import { expectFinished } from './catalogue.js';

const weight = (indicator: IndicatorId) => ({ indicator, weight: 0.5, theme: null });
const variant: IndexDefinition = {
  id: 'test',
  label: 'Test',
  resources: [weight('autonomie'), weight('loopbaanperspectief')],
  demands: [weight('werkdruk'), weight('tijd_registratie')],
};
const profession = (missing: IndicatorId[]): UnclassifiedProfession => ({
  name: 'OK-assistenten',
  slug: 'ok-assistenten',
  missing,
  values: Object.fromEntries(INDICATOR_IDS.map((id) => [id, null])) as UnclassifiedProfession['values'],
  other: {},
});

describe('unclassified text', () => {
  it('names the missing component by its label, never its id', () => {
    const note = unclassifiedText.note('OK-assistenten', ['tijd_registratie']);
    expect(note).toBe('OK-assistenten is niet ingedeeld: het cijfer voor ‘tijd aan registratie’ ontbreekt.');
    expect(note).not.toMatch(/tijd_registratie|\(en\)/);
    expectFinished(note);
  });

  it('uses the plural for two missing components', () => {
    expect(unclassifiedText.note('X', ['autonomie', 'werkdruk'])).toBe(
      'X is niet ingedeeld: de cijfers voor ‘autonomie’ en ‘werkdruk te hoog’ ontbreken.',
    );
  });

  it('says which index cannot be computed and that there is no quadrant', () => {
    const lead = unclassifiedText.lead(profession(['werkdruk']), variant);
    expect(lead).toContain('geen kwadrant');
    expect(lead).toContain('de taakeisenindex niet te berekenen');
    expect(unclassifiedText.lead(profession(['autonomie']), variant)).toContain('de hulpbronnenindex');
    expect(unclassifiedText.lead(profession(['autonomie', 'werkdruk']), variant)).toContain('beide indices');
    expectFinished(lead);
  });

  it('counts professions without a quadrant in singular and plural', () => {
    expect(unclassifiedText.count(1)).toBe('1 beroep heeft geen kwadrant, omdat er een cijfer ontbreekt');
    expect(unclassifiedText.count(3)).toBe('3 beroepen hebben geen kwadrant, omdat er een cijfer ontbreekt');
    expect(unclassifiedText.countTail(1)).toBe(
      'Zijn gepubliceerde cijfers staan op zijn eigen pagina en in de ranglijsten.',
    );
    expect(unclassifiedText.countTail(2)).toBe(
      'Hun gepubliceerde cijfers staan op hun eigen pagina en in de ranglijsten.',
    );
  });
});
