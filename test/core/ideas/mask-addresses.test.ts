import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../../../src/core/ideas/mask.js';

const masked = (text: string) => maskPersonalData(text).text;

describe('an address as one span, a phone number in brackets (session 29)', () => {
  it.each([
    ['aan de Burgemeester de Withstraat 8 is geen lift', 'aan de [adres] is geen lift'],
    ['Post aan de Prins Hendrikstraat 55 komt niet aan.', 'Post aan de [adres] komt niet aan.'],
    ['Het adres is Dr. Schaepmanstraat 3.', 'Het adres is [adres].'],
    ['Bewoner woont op Van Heemstraweg 12.', 'Bewoner woont op [adres].'],
    ['thuis (Hoofdstraat 101, 7811 EP Emmen). Graag', 'thuis ([adres]). Graag'],
    ['Stuur het naar Kerkstraat 1, 2514 EA Den Haag.', 'Stuur het naar [adres].'],
    ['Het adres: 1234 AB Amsterdam.', 'Het adres: [adres].'],
    ['Op 5211 AB ’s-Hertogenbosch wonen.', 'Op [adres] wonen.'],
    ['Adres 2900 AA Capelle aan den IJssel, graag.', 'Adres [adres], graag.'],
    ['Adres 7511 JN 21 Enschede.', 'Adres [adres].'],
    ['Zet het nummer (010-4567890) op de site.', 'Zet het nummer ([telefoonnummer]) op de site.'],
    ['Bel ons (+31 6 12345678) tijdens kantooruren.', 'Bel ons ([telefoonnummer]) tijdens kantooruren.'],
    // The brackets around an area code belong to the number.
    ['Bel (020) 1234567 of (06)12345678.', 'Bel [telefoonnummer] of [telefoonnummer].'],
  ])('masks %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    // A place after `in` stays; the words of the sentence before a street stay.
    ['Ik woon op de Lindelaan 23b in Zwolle.', 'Ik woon op de [adres] in Zwolle.'],
    ['In de Kerkstraat 12 zit de praktijk.', 'In de [adres] zit de praktijk.'],
    ['Bij Kerkstraat 14 is parkeren lastig.', 'Bij [adres] is parkeren lastig.'],
    [
      'Het kantoor aan de Dorpsstraat 12 is dicht. Graag naar Kerkweg 5.',
      'Het kantoor aan de [adres] is dicht. Graag naar [adres].',
    ],
    ['Ons adres is 1234 AB en daar is de praktijk.', 'Ons adres is [adres] en daar is de praktijk.'],
    ['Postcode 1234 AB Graag invullen.', 'Postcode [adres] Graag invullen.'],
  ])('keeps the rest of %j', (text, expected) => {
    expect(masked(text)).toBe(expected);
  });

  it.each([
    'In 1500 MB passen veel foto’s.',
    'Het wordt 3000 KM reizen.',
    'In Capelle aan den IJssel is een wijkpost.',
  ])('leaves %j', (text) => {
    expect(masked(text)).toBe(text);
  });
});
