import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES, foldAliases } from '../../../../src/node/server/request/field-aliases.js';

describe('field aliases', () => {
  it('fold an English alias onto the Dutch name, the first alias holding a value winning', () => {
    expect(foldAliases({ text: 'a', theme: 't', reason: 'r' }, ['tekst', 'themas', 'reden'])).toEqual({
      tekst: 'a',
      themas: 't',
      reden: 'r',
    });
    expect(foldAliases({ thema: 'x', themas: ['y'] }, ['themas'])).toEqual({ themas: ['y'] });
    expect(foldAliases({ soort: null, kind: 'wens' }, ['soort'])).toEqual({ soort: 'wens' });
  });

  it('keep null when no alias holds a value (null clears a label)', () => {
    expect(foldAliases({ branch: null }, ['branche'])).toEqual({ branche: null });
  });

  it('leave fields that the route does not fold as they are', () => {
    expect(foldAliases({ thema: 'Werkdruk', reason: 'r' }, ['reden'])).toEqual({
      thema: 'Werkdruk',
      reden: 'r',
    });
    expect(foldAliases(['not', 'an', 'object'], ['reden'])).toEqual(['not', 'an', 'object']);
  });

  it('give every field its own name as its first alias', () => {
    for (const [field, names] of Object.entries(FIELD_ALIASES)) expect(names[0]).toBe(field);
  });
});
