import { describe, expect, it } from 'vitest';
import { opensMasked } from '../../../src/core/ideas/masked-opening.js';

describe('an idea that reads as a masking placeholder', () => {
  it('opens with one among its first three words', () => {
    expect(opensMasked('Laatst stuurde [e-mailadres] ons een verwijzing als bijlage.')).toBe(true);
    expect(opensMasked('[telefoonnummer]: bel ons na vijf uur.')).toBe(true);
  });

  it('is dominated by placeholders, wherever they stand', () => {
    expect(opensMasked('Mail naar de afdeling via [e-mailadres] of [link] of bel [telefoonnummer].')).toBe(
      true,
    );
  });

  it('reads as the idea when a placeholder stands late in a longer text, or there is none', () => {
    const late =
      'Een koppeling tussen ons systeem en dat van de huisarts zou veel overtypen schelen, vraag [e-mailadres].';
    expect(opensMasked(late)).toBe(false);
    expect(opensMasked('Laatst stuurde de huisarts ons een verwijzing.')).toBe(false);
    expect(opensMasked('')).toBe(false);
  });

  it('reads as the idea when the placeholder is a name after its cue', () => {
    expect(opensMasked('Collega [naam] maakte een lijst voor de overdracht.')).toBe(false);
    expect(opensMasked('Mevrouw [naam] van de planning maakt het rooster zonder ons.')).toBe(false);
    expect(opensMasked('Collega [e-mailadres] maakte een lijst voor de overdracht.')).toBe(true);
  });
});
