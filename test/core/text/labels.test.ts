import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_DATA_LABEL,
  INDEX_LABELS,
  QUADRANT_NAMES,
  QUADRANT_SHORT,
} from '../../../src/core/text/labels.js';
import { expectFinishedTexts } from './catalogue.js';

describe('labels', () => {
  it('mark example data and name all four quadrants', () => {
    expect(EXAMPLE_DATA_LABEL).toBe('voorbeelddata — geen CBS-cijfers');
    expect(Object.keys(QUADRANT_NAMES)).toEqual(['1', '2', '3', '4']);
    expect(new Set(Object.values(QUADRANT_SHORT)).size).toBe(4);
    expectFinishedTexts({ QUADRANT_NAMES, QUADRANT_SHORT, INDEX_LABELS });
  });
});
