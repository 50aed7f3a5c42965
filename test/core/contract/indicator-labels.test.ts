import { describe, expect, it } from 'vitest';
import { INDICATORS, matchIndicator } from '../../../src/core/contract/indicators.js';
import { joinedLabel, labelKey, normaliseLabel } from '../../../src/core/contract/names.js';

/** Every id and accepted label with the indicator it stands for. */
const ACCEPTED = INDICATORS.flatMap((info) =>
  [info.id, ...info.labels].map((label) => [label, info.id] as const),
);
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WITH_PUNCTUATION = ACCEPTED.filter(([label]) => PUNCTUATION.test(label));

describe('contract: indicator labels match ignoring case, white space, diacritics and punctuation', () => {
  it('has labels with punctuation to test', () => {
    expect(WITH_PUNCTUATION.map(([label]) => label)).toEqual(
      expect.arrayContaining(["Agressie door leidinggevenden of collega's", 'Ontwikkelen/ontplooien']),
    );
  });

  it.each(ACCEPTED)('%j is accepted as written', (label, id) => {
    expect(matchIndicator(label)).toBe(id);
  });

  it.each(WITH_PUNCTUATION)('%j is accepted with its punctuation left out', (label, id) => {
    expect(matchIndicator(label.replace(/[\p{P}\p{S}]/gu, ''))).toBe(id);
  });

  it.each(WITH_PUNCTUATION)('%j is accepted with its punctuation written as a space', (label, id) => {
    expect(matchIndicator(label.replace(/[\p{P}\p{S}]/gu, ' '))).toBe(id);
  });

  it.each(WITH_PUNCTUATION)('%j is accepted with spaces around its punctuation', (label, id) => {
    expect(matchIndicator(label.replace(/([\p{P}\p{S}])/gu, ' $1 '))).toBe(id);
  });

  it.each(ACCEPTED)('%j is accepted with punctuation added', (label, id) => {
    expect(matchIndicator(`${label}.`)).toBe(id);
    expect(matchIndicator(`"${label}"`)).toBe(id);
    expect(matchIndicator(`${label} (%)`)).toBe(id);
    expect(matchIndicator(`${label} *`)).toBe(id);
    // A mark inside a word, and between words.
    expect(matchIndicator(label.replace(/^(\p{L}{2})/u, "$1'"))).toBe(id);
    expect(matchIndicator(label.replace(/ /g, ' - '))).toBe(id);
    expect(matchIndicator(label.replace(/ /g, '-'))).toBe(id);
  });

  it.each(ACCEPTED)(
    '%j is accepted in other case, without diacritics, with extra white space',
    (label, id) => {
      expect(matchIndicator(`  ${label.toUpperCase().replace(/ /g, '   ')}\t`)).toBe(id);
      expect(matchIndicator(label.normalize('NFD').replace(/\p{M}/gu, ''))).toBe(id);
    },
  );

  it('accepts the audit\'s "collegas" and the typographic apostrophe', () => {
    expect(matchIndicator('Agressie door leidinggevenden of collegas')).toBe('agressie_intern');
    expect(matchIndicator('Agressie door leidinggevenden of collega’s')).toBe('agressie_intern');
    expect(matchIndicator('agressie door patienten clienten of hun naasten')).toBe('agressie_extern');
    expect(matchIndicator('Agressie door patiëntencliënten of hun naasten')).toBe('agressie_extern');
  });

  it('keeps words apart that the label writes as one: a space inside a word is no punctuation', () => {
    expect(matchIndicator('Loopbaan perspectief')).toBeUndefined();
    expect(matchIndicator('Werk druk')).toBeUndefined();
  });

  it('no two indicators share a key, so no written label can match two of them', () => {
    for (const key of [normaliseLabel, joinedLabel, labelKey]) {
      const owner = new Map<string, string>();
      for (const [label, id] of ACCEPTED) {
        const k = key(label);
        expect(owner.get(k) ?? id, `${key.name}(${label})`).toBe(id);
        owner.set(k, id);
      }
    }
  });

  it('drops punctuation with the white space around it in the joined key', () => {
    expect(joinedLabel("Agressie door leidinggevenden of collega's")).toBe(
      'agressie door leidinggevenden of collegas',
    );
    expect(joinedLabel('Patiënten / cliënten')).toBe('patientenclienten');
    expect(joinedLabel('  Werkdruk   te hoog. ')).toBe('werkdruk te hoog');
  });
});
