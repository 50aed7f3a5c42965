import { describe, expect, it } from 'vitest';
import { labelDecisionBody, labelDecisionForm } from '../../../../src/node/server/request/request-schemas.js';

/** The decision as the API and the labels form read it: one schema, aliases included. */
const decision = (body: Record<string, unknown>) => labelDecisionBody.parse(body);

/** The messages of a refused body, each with the field it names. */
const refusal = (body: Record<string, unknown>) =>
  labelDecisionBody.safeParse(body).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('a curator’s decision on an unknown label, read by its schema', () => {
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
    expect(decision({ veld: ' PROFESSION ', waarde: 'x', actie: 'Accept' })).toMatchObject({
      field: 'profession',
      to: null,
    });
  });

  it('refuses an unknown field, an unknown action and a mapping without its target, in Dutch', () => {
    expect(refusal({ veld: 'kleur', actie: 'koppelen', naar: 'x' })).toEqual([
      ['veld', "Onbekend veld 'kleur'; verwacht branche, provincie, beroep of thema."],
    ]);
    expect(refusal({ veld: 'beroep', actie: 'Weg' })).toEqual([
      ['actie', "Onbekende keuze 'weg'; verwacht koppelen of goedkeuren."],
    ]);
    expect(refusal({ veld: 'beroep', actie: 'koppelen', naar: ' ' })).toEqual([
      ['naar', "'' is geen bekend beroep; koppel alleen aan een bekend beroep."],
    ]);
    expect(refusal({ actie: 'koppelen' })).toEqual([
      ['veld', "Onbekend veld ''; verwacht branche, provincie, beroep of thema."],
    ]);
    expect(refusal({ veld: 'kleur', actie: 'weg' })).toHaveLength(1);
  });

  it('lets the labels form ask for the list only (no label), and read a decision as the API does', () => {
    expect(labelDecisionForm.parse({ veld: 'branche', actie: 'koppelen', naar: '', waarde: ' ' })).toBeNull();
    expect(labelDecisionForm.parse({ token: 't' })).toBeNull();
    const body = { veld: 'branche', waarde: 'Thuiszorg', actie: 'koppelen', naar: 'VVT', reden: 'dubbel' };
    expect(labelDecisionForm.parse(body)).toEqual(decision(body));
    expect(labelDecisionForm.safeParse({ ...body, naar: '' }).success).toBe(false);
  });
});
