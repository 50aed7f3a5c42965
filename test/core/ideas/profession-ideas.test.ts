import { describe, expect, it } from 'vitest';
import {
  namedByText,
  selectProfessionIdeas,
  type ProfessionCandidate,
} from '../../../src/core/ideas/profession-ideas.js';

const idea = (id: string, over: Partial<ProfessionCandidate> = {}): ProfessionCandidate => ({
  id,
  text: 'Minder vergaderen en meer tijd voor patiënten.',
  branch: null,
  profession: null,
  example: false,
  ...over,
});

const GP_BRANCHES = ['Huisartsen en gezondheidscentra'];

describe('the ideas from and about a profession', () => {
  it('lists the ideas filled in with the profession first, then those whose writer names it as their own work', () => {
    const { ideas, total, fromProfession } = selectProfessionIdeas({
      candidates: [
        idea('over', { text: 'Als huisarts wil ik minder formulieren.' }),
        idea('van', { profession: 'Huisartsen' }),
        idea('partner', { text: 'Ik stuur het verslag naar de huisarts.' }),
        idea('ander', { profession: 'Wijkverpleegkundigen' }),
      ],
      profession: 'Huisartsen',
      preferBranches: GP_BRANCHES,
    });
    expect(ideas.map((i) => [i.id, i.source])).toEqual([
      ['van', 'profession'],
      ['over', 'text'],
    ]);
    expect(total).toBe(2);
    expect(fromProfession).toBe(1);
  });

  it('knows the profession by the contract’s name rule', () => {
    const { ideas } = selectProfessionIdeas({
      candidates: [idea('alias', { profession: 'huisarts' })],
      profession: 'Huisartsen',
      preferBranches: GP_BRANCHES,
    });
    expect(ideas.map((i) => i.id)).toEqual(['alias']);
  });

  it('puts ideas from the profession’s own branches first, one opening with a mask after, then keeps the given order', () => {
    const { ideas } = selectProfessionIdeas({
      candidates: [
        idea('elders', { profession: 'Huisartsen', branch: 'Overige zorg en welzijn' }),
        idea('gemaskeerd', {
          profession: 'Huisartsen',
          branch: GP_BRANCHES[0]!,
          text: '[e-mailadres] [e-mailadres] stuurde een bijlage.',
        }),
        idea('eigen-1', { profession: 'Huisartsen', branch: GP_BRANCHES[0]! }),
        idea('eigen-2', { profession: 'Huisartsen', branch: GP_BRANCHES[0]! }),
      ],
      profession: 'Huisartsen',
      preferBranches: GP_BRANCHES,
    });
    expect(ideas.map((i) => [i.id, i.ownBranch])).toEqual([
      ['eigen-1', true],
      ['eigen-2', true],
      ['gemaskeerd', true],
      ['elders', false],
    ]);
  });

  it('lists at most the limit, each idea once, and counts them all', () => {
    const candidates = Array.from({ length: 8 }, (_, i) => idea(`i${i}`, { profession: 'Huisartsen' }));
    const { ideas, total } = selectProfessionIdeas({
      candidates: [...candidates, candidates[0]!],
      profession: 'Huisartsen',
      preferBranches: [],
      limit: 3,
    });
    expect(ideas.map((i) => i.id)).toEqual(['i0', 'i1', 'i2']);
    expect(total).toBe(8);
  });

  it('says whether a text can name the profession at all', () => {
    expect(namedByText('Huisartsen')).toBe(true);
    expect(namedByText('Verzorgenden intramuraal')).toBe(false);
    const { byText } = selectProfessionIdeas({
      candidates: [],
      profession: 'Verzorgenden intramuraal',
      preferBranches: [],
    });
    expect(byText).toBe(false);
  });
});
