import { describe, expect, it } from 'vitest';
import * as pageText from '../../../src/core/text/page-text.js';
import { expectFinishedTexts } from './catalogue.js';

describe('page text', () => {
  it('holds only finished Dutch phrases, and counts with Dutch numbers', () => {
    expect(expectFinishedTexts(pageText)).toBeGreaterThan(20);
    expect(pageText.professionsText.results(3, 1234)).toMatch(/1\.234/);
  });
});
