import { describe, expect, it } from 'vitest';
import { CurationError } from '../../../../src/node/store/index.js';
import { labelRequest } from '../../../../src/node/server/request/label-request.js';
import { labelDecisionBody } from '../../../../src/node/server/request/request-schemas.js';

/** The decision of a body as the API and the labels form send it (through its schema first). */
const decision = (body: Record<string, unknown>) => labelRequest(labelDecisionBody.parse(body));

describe('a curator’s decision on an unknown label', () => {
  it('maps a label to a known one, with Dutch or English field and action names', () => {
    expect(
      decision({ veld: 'Branche', waarde: ' Thuiszorg ', actie: 'koppelen', naar: 'VVT', reden: 'dubbel' }),
    ).toEqual({ field: 'branch', label: 'Thuiszorg', to: 'VVT', reason: 'dubbel' });
    expect(decision({ field: 'theme', label: 'Roosters', action: 'map', to: 'Werkdruk' })).toEqual({
      field: 'theme',
      label: 'Roosters',
      to: 'Werkdruk',
      reason: '',
    });
  });

  it('accepts a label as it is (no label to map to)', () => {
    expect(decision({ veld: 'provincie', waarde: 'Zeeuws-Vlaanderen', actie: 'goedkeuren' })).toMatchObject({
      field: 'province',
      to: null,
    });
  });

  it('refuses an unknown field, an unknown action and a mapping without its target, in Dutch', () => {
    const refusal = (body: Record<string, unknown>) => {
      try {
        decision(body);
      } catch (error) {
        if (error instanceof CurationError) return [error.failure, error.message];
      }
      return undefined;
    };
    expect(refusal({ veld: 'kleur', actie: 'koppelen', naar: 'x' })).toEqual([
      'bad-label',
      "Onbekend veld 'kleur'; verwacht branche, provincie, beroep of thema.",
    ]);
    expect(refusal({ veld: 'beroep', actie: 'Weg' })).toEqual([
      'bad-label',
      "Onbekende keuze 'weg'; verwacht koppelen of goedkeuren.",
    ]);
    expect(refusal({ veld: 'beroep', actie: 'koppelen', naar: ' ' })).toEqual([
      'bad-label',
      "'' is geen bekende beroep; koppel alleen aan een bekende beroep.",
    ]);
  });
});
