import { describe, expect, it } from 'vitest';
import { branchOfWord, MIN_BRANCH_WORD } from '../../../src/core/ideas/branch-words.js';

describe('the branch a query word names', () => {
  it('reads a label, its abbreviation or an alias, as folded query words are written', () => {
    expect(branchOfWord('ggz')).toBe('Geestelijke gezondheidszorg (GGZ)');
    expect(branchOfWord('vvt')).toBe('Verpleging, verzorging en thuiszorg (VVT)');
    expect(branchOfWord('thuiszorg')).toBe('Verpleging, verzorging en thuiszorg (VVT)');
    expect(branchOfWord('verpleeghuis')).toBe('Verpleging, verzorging en thuiszorg (VVT)');
    expect(branchOfWord('kinderopvang')).toBe('Kinderopvang');
    for (const setting of ['kinderdagverblijf', 'kdv', 'bso', 'kindcentrum', 'gastouder', 'gastouderopvang'])
      expect(branchOfWord(setting), setting).toBe('Kinderopvang');
  });

  it('names no branch for a short word or an ordinary one', () => {
    expect(MIN_BRANCH_WORD).toBe(3);
    expect(branchOfWord('zo')).toBeNull();
    expect(branchOfWord('rooster')).toBeNull();
    expect(branchOfWord('verpleging')).toBeNull();
  });
});
