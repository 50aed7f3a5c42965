import { describe, expect, it } from 'vitest';
import { excludesZero, strengthOf } from '../../../src/core/text/findings.js';

describe('findings', () => {
  it('words the strength of a correlation and whether its interval excludes zero', () => {
    expect(strengthOf(0.9)).not.toBe(strengthOf(0.1));
    expect(strengthOf(-0.9)).toBe(strengthOf(0.9));
    expect(excludesZero([0.1, 0.5])).toBe(true);
    expect(excludesZero([-0.1, 0.5])).toBe(false);
    expect(excludesZero(null)).toBe(false);
  });
});
