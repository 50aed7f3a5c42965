import { describe, expect, it } from 'vitest';
import { ideaPlace, ideasExpected, ideasMessages } from '../../../src/core/text/ideas-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('ideas messages', () => {
  it('name file, row and column the way the importer reports them', () => {
    expectFinishedTexts(ideasExpected);
    expect(ideaPlace('a.csv', 3, 'soort')).toBe("a.csv, rij 3, kolom 'soort'");
    expect(ideaPlace('a.json', 1, undefined, true)).toBe('a.json, element 1');
    expect(ideasMessages.unknownColumn('a.csv', 'opmerking')).toContain('onbekende kolom');
    expect(ideasExpected.cells(7)).toBe('7 cellen');
    expect([ideasExpected.chars(5), ideasExpected.maxChars(4)]).toEqual(['5 tekens', 'hoogstens 4 tekens']);
    expect(ideasExpected.formats(['.csv', '.tab', '.json'])).toBe('.csv, .tab of .json');
    expect(ideasMessages.unsupportedFormat('a.doc', ['.csv', '.json'])).toBe(
      'a.doc: onbekend bestandstype; verwacht een .csv- of .json-bestand.',
    );
  });
});
