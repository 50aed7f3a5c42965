import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';

const masked = (text: string) => maskPersonalData(text).text;

describe('names beside the writer or a contact, listed or not (session 29)', () => {
  it.each([
    ['Ik (Oluwaseun) werk al 20 jaar in de thuiszorg.', 'Ik ([naam]) werk al 20 jaar in de thuiszorg.'],
    ['ik (kwadwo) werk 32 uur', 'ik ([naam]) werk 32 uur'],
    ['Dit komt van mij (Lars).', 'Dit komt van mij ([naam]).'],
    ['Ik (Shanti Ramdin, wijkverpleegkundige) merk het.', 'Ik ([naam], wijkverpleegkundige) merk het.'],
    ['wij (Ilse en Bram) willen scholing.', 'wij ([naam] en [naam]) willen scholing.'],
    ['zoals Oluwaseun en ik al zeiden', 'zoals [naam] en ik al zeiden'],
    ['bohdan en ik doen dat al', '[naam] en ik doen dat al'],
    ['Het rooster maken ik en Zoraida samen.', 'Het rooster maken ik en [naam] samen.'],
    ['@Zoraida heeft een goed idee.', '@[naam] heeft een goed idee.'],
    ['@sanne kun jij het rooster maken?', '@[naam] kun jij het rooster maken?'],
    ['Bel me: 06-12345678 (Oluwaseun).', 'Bel me: [telefoonnummer] ([naam]).'],
    ['Mail sanne@zorg.nl (Sanne de Vries).', 'Mail [e-mailadres] ([naam]).'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    'Mijn collega en ik vinden dat de overdracht beter kan.',
    'Mijn moeder en ik zijn allebei mantelzorger.',
    'De kinderen en ik eten samen op de groep.',
    'Jij en ik weten hoe druk het is.',
    'Iedereen en ik waren het eens.',
    'Ik (verpleegkundige, 52) merk dat het zwaarder wordt.',
    'Ik (zzp) krijg geen scholing.',
    'ik (nachtdienst) zie dat de bel te zacht staat',
    'Ik (Marokkaans, moslima) mis een stilteruimte.',
    'Ik (Eritrese) spreek weinig Nederlands.',
    'Wij (team 3) willen zelf roosteren.',
    'Ik en andere collega’s werken al jaren zo.',
    '@allemaal: de vergadering is verplaatst.',
    '@iedereen graag je rooster inleveren.',
    'Zet “@odata.context” in de kop; @home werkt niet.',
  ])('leaves %j', (text) => {
    expect(masked(text)).toBe(text);
  });

  it('keeps a label after a contact: `(privé)`, `(Receptie)`, `(algemeen)`', () => {
    expect(masked('Bel 06-12345678 (privé) of 010-1234567 (Receptie).')).toBe(
      'Bel [telefoonnummer] (privé) of [telefoonnummer] (Receptie).',
    );
    expect(masked('Mail naar info@voorbeeld.nl (algemeen).')).toBe('Mail naar [e-mailadres] (algemeen).');
  });
});

describe('names after a family word, inside multi-part surnames, for a payee (session 29)', () => {
  it.each([
    ['De familie Öztürk wil meer contact.', 'De familie [naam] wil meer contact.'],
    ["Familie van 't Hof vroeg het.", 'Familie [naam] vroeg het.'],
    ['fam. Jansen belt elke dag.', 'fam. [naam] belt elke dag.'],
    ['Dhr. Tjon A Fong eet slecht.', 'Dhr. [naam] eet slecht.'],
    ['Meneer Lie A Kwie wil zelf koken.', 'Meneer [naam] wil zelf koken.'],
    ['overmaken op de rekening t.n.v. S. Pinas', 'overmaken op de rekening t.n.v. [naam]'],
    ['Brief t.a.v. J. de Vries sturen.', 'Brief t.a.v. [naam] sturen.'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    'Familie kan via Caren Zorgt meelezen.',
    'De familie van de bewoner wil meer contact.',
    'Familie Wil Graag Meer Contact Met De Zorg',
    'Overmaken t.n.v. de personeelsvereniging.',
    'Overmaken t.n.v. Stichting Vrienden van het Huis.',
    'Ik vroeg het dhr. Jansen A. niet.',
  ])('leaves the rest of %j', (text) => {
    expect(masked(text)).toBe(text.replace('Jansen A.', '[naam] A.'));
  });
});

describe('sign-offs: kisses before the last name, a name above a role line (session 29)', () => {
  it.each([
    ['Zorg dat het goed gaat! xx Oluwaseun', 'Zorg dat het goed gaat! xx [naam]'],
    ['Fijn weekend allemaal. :) Sevda', 'Fijn weekend allemaal. :) [naam]'],
    [
      'Het kan beter.\n\nOluwaseun Adeyemi\npersoonlijk begeleider, team 3',
      'Het kan beter.\n\n[naam]\npersoonlijk begeleider, team 3',
    ],
    ['Het kan beter.\nSanne\nVerpleegkundige', 'Het kan beter.\n[naam]\nVerpleegkundige'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    'Graag meer tijd.\nLocatie De Hoge Weide\nverpleegkundige',
    'Met vriendelijke groet,\nTeam Noord\nverpleegkundigen',
    'Graag meer tijd.\nAfdeling Zonnebloem\nverzorgenden',
    'Graag meer tijd.\nDe Hoge Weide\nverpleegkundige',
    'Zorg dat het goed gaat! xx Fijne dag',
    'Zorg dat het goed gaat! xx Team Noord',
  ])('leaves %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});
