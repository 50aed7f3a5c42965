import { describe, expect, it } from 'vitest';
import { isWritersSetting, sentencesOf } from '../../../src/core/ideas/writer-setting.js';
import { occupationsNamed } from '../../../src/core/ideas/occupation-words.js';
import { workplaceBranchesNamed } from '../../../src/core/ideas/workplace-words.js';

describe("the writer's setting", () => {
  it('is a place after in or op, directly or with an article or possessive', () => {
    const words = (text: string) => sentencesOf(text)[0]!;
    expect(isWritersSetting(words('ik werk op ic'), 3)).toBe(true);
    expect(isWritersSetting(words('ik werk in onze praktijk'), 4)).toBe(true);
    expect(isWritersSetting(words('ik werk op die afdeling'), 4)).toBe(true);
    expect(isWritersSetting(words('een patient naar de ic'), 4)).toBe(false);
    expect(isWritersSetting(words('de huisarts belt'), 1)).toBe(false);
  });

  it('reads occupations and workplaces by the same rule, per sentence', () => {
    expect(occupationsNamed('In de huisartsenpraktijk werk ik met te weinig handen.')).toEqual([
      'Huisartsen',
    ]);
    expect(occupationsNamed('Samen met de huisarts plannen we de zorg.')).toEqual([]);
    expect(workplaceBranchesNamed('Ik wil leren werken op de intensive care.')).toHaveLength(2);
    expect(workplaceBranchesNamed('We brengen een patiënt naar de IC.')).toEqual([]);
    // A sentence end stops the rule: "op." then "IC" is no setting.
    expect(workplaceBranchesNamed('Ik let erop. IC-patiënten zijn kwetsbaar.')).toEqual([]);
  });
});
