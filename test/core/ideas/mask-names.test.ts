import { describe, expect, it } from 'vitest';
import { ideasPerMaskKind } from '../../../src/core/ideas/idea-batch.js';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';
import { normaliseIdeaRow } from '../../../src/core/ideas/normalise-row.js';

describe('names of people after a cue (audit 6, finding 8)', () => {
  it('masks the name in the audit’s idea and keeps the cue and the rest', () => {
    const { text, masked } = maskPersonalData(
      'Mevrouw Fatima El Amrani van de planning maakt het rooster altijd zonder ons te vragen.',
    );
    expect(text).toBe('Mevrouw [naam] van de planning maakt het rooster altijd zonder ons te vragen.');
    expect(masked).toEqual({ name: 1 });
  });

  it.each([
    ['mijn teamleider Joyce vindt het goed', 'mijn teamleider [naam] vindt het goed'],
    ['volgens dokter Bakker niet', 'volgens dokter [naam] niet'],
    ['ik vroeg het dhr. de Vries', 'ik vroeg het dhr. [naam]'],
    ['meneer Jansen wil douchen', 'meneer [naam] wil douchen'],
    ['collega Sanne heeft een idee', 'collega [naam] heeft een idee'],
    ['mw. Van den Berg-Smit wacht', 'mw. [naam] wacht'],
    ['Anouk (onze planner) plant', '[naam] (onze planner) plant'],
    ['de heer Van der Linden klaagt', 'de heer [naam] klaagt'],
    ['Mevrouw Van Dam-de Boer is er', 'Mevrouw [naam] is er'],
    ['Dhr. J. Pietersen belt', 'Dhr. [naam] belt'],
    ["dokter Jansen's praktijk", "dokter [naam]'s praktijk"],
    ['Mevrouw Kaya en meneer Smit', 'Mevrouw [naam] en meneer [naam]'],
  ])('masks %s', (written, expected) => {
    expect(maskPersonalData(written).text).toBe(expected);
  });

  it.each([
    'Mevrouw, u moet even wachten.',
    'Mevrouw zei dat ze geen pijn had.',
    'In Utrecht werken we anders.',
    'De heer des huizes wil het anders.',
    'Mevrouw van de planning belt terug.',
    'Collega van de thuiszorg belde.',
    'De manager Zorg en Welzijn besluit.',
    'Verzorgende IG is een mooi vak.',
    'Zie voor de cliënt Thuisarts.nl.',
    'Een bewoner Covid-positief.',
    'De cliënt WhatsApp sturen mag niet.',
    'Dokter Google weet alles.',
    'De cliënt A kreeg een andere tijd.',
    'Bid tot de Heer om kracht.',
    'De collega In de avond.',
  ])('leaves %s', (text) => {
    expect(maskPersonalData(text)).toEqual({ text, masked: {} });
  });

  it('does not guess a first name without a cue (README: a curator can hide the idea)', () => {
    const text = 'Sanne en ik maken het rooster samen.';
    expect(maskPersonalData(text).text).toBe(text);
  });

  it('reads the name in the normalised text and masks exactly its original characters', () => {
    expect(maskPersonalData('Collega Ｓａｎｎｅ belde.').text).toBe('Collega [naam] belde.');
    // A decomposed ë in the cue, a no-break space after it.
    expect(maskPersonalData('De clie\u0308nt\u00A0Henk kookt.').text).toBe(
      'De clie\u0308nt\u00A0[naam] kookt.',
    );
  });

  it('masks names in every field of a row and the import counts the idea under naam', () => {
    const result = normaliseIdeaRow('ideeen.csv', {
      row: 2,
      cells: {
        text: { value: 'Bel collega Sanne op 06-12345678.', column: 'tekst' },
        branch: { value: 'Team van dokter Bakker', column: 'branche' },
      },
    });
    expect(result.draft?.text).toBe('Bel collega [naam] op [telefoonnummer].');
    expect(result.draft?.branch).toBe('Team van dokter [naam]');
    expect(result.masked).toEqual({ name: 2, phone: 1 });
    expect(
      ideasPerMaskKind([{ kinds: ['phone', 'name'] }, { kinds: ['name'] }, { kinds: ['email'] }]),
    ).toEqual([
      ['email', 1],
      ['phone', 1],
      ['name', 2],
    ]);
  });
});
