import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../../src/core/contract/branches.js';
import { PROFESSIONS } from '../../../src/core/contract/professions.js';
import { PROVINCES } from '../../../src/core/contract/provinces.js';
import { IDEA_LABELS } from '../../../src/core/ideas/known-labels.js';
import { makeLabelMatcher } from '../../../src/core/ideas/label-matcher.js';

describe('label matching', () => {
  it('knows the 10 branches, 12 provinces and 23 professions of the brief', () => {
    expect(BRANCHES).toHaveLength(10);
    expect(PROVINCES).toHaveLength(12);
    expect(PROFESSIONS).toHaveLength(23);
  });

  it.each([
    ['GGZ', 'Geestelijke gezondheidszorg (GGZ)'],
    ['geestelijke gezondheidszorg', 'Geestelijke gezondheidszorg (GGZ)'],
    ['Geestelijke Gezondheidszorg (ggz)', 'Geestelijke gezondheidszorg (GGZ)'],
    ['vvt', 'Verpleging, verzorging en thuiszorg (VVT)'],
    ['Verpleging verzorging en thuiszorg', 'Verpleging, verzorging en thuiszorg (VVT)'],
    ['umcs', "UMC's"],
    ["  UMC's ", "UMC's"],
  ])('branch %s → %s', (written, label) => {
    expect(IDEA_LABELS.branch.match(written)).toEqual({ known: true, label });
  });

  it.each([
    ['noord holland', 'Noord-Holland'],
    ['NOORD-HOLLAND', 'Noord-Holland'],
    ['Friesland', 'Fryslân'],
    ['fryslan', 'Fryslân'],
  ])('province %s → %s', (written, label) => {
    expect(IDEA_LABELS.province.match(written)).toEqual({ known: true, label });
  });

  it.each([
    ['wijkverpleegkundige', 'Wijkverpleegkundigen'],
    ['Gedragsdeskundigen', 'Gedragsdeskundigen (wo)'],
    ['verpleegkundigen psychiatrie ggz', 'Verpleegkundigen psychiatrie, ggz'],
    ['Tandartsassistenten en mondhygienisten', 'Tandartsassistenten en mondhygiënisten'],
    ['ok assistent', 'OK-assistenten'],
  ])('profession %s → %s', (written, label) => {
    expect(IDEA_LABELS.profession.match(written)).toEqual({ known: true, label });
  });

  it('matches themes by label, id and alias', () => {
    expect(IDEA_LABELS.theme.match('administratieve-lasten').label).toBe('Administratieve lasten');
    expect(IDEA_LABELS.theme.match('Regeldruk').label).toBe('Administratieve lasten');
    expect(IDEA_LABELS.theme.match('vertrouwen').label).toBe('Vertrouwen en professionele ruimte');
  });

  it('keeps an unknown value as written (trimmed, spaces folded) and names the nearest label', () => {
    expect(IDEA_LABELS.branch.match('  Ziekenhuizn  en  zo ')).toEqual({
      known: false,
      label: 'Ziekenhuizn en zo',
      nearest: 'Ziekenhuizen en overige medisch specialistische zorg',
    });
    expect(IDEA_LABELS.province.match('Brussel')).toEqual({ known: false, label: 'Brussel', nearest: null });
  });

  it('does not accept a lower-case bracket as an abbreviation, nor a key shared by two labels', () => {
    expect(IDEA_LABELS.profession.match('wo').known).toBe(false);
    const matcher = makeLabelMatcher([
      { label: 'Alpha', aliases: ['gedeeld'] },
      { label: 'Beta', aliases: ['Gedeeld'] },
    ]);
    expect(matcher.match('gedeeld').known).toBe(false);
    expect(matcher.match('beta')).toEqual({ known: true, label: 'Beta' });
  });
});
