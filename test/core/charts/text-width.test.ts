import { describe, expect, it } from 'vitest';
import { textWidth, wrapText, hyphenateWord } from '../../../src/core/charts/text-width.js';

describe('text width', () => {
  it('measures with DejaVu Sans advances', () => {
    // "Huisartsen" = H 752 + u 634 + i 278 + s 521 + a 613 + r 411 + t 392 + s 521 + e 615 + n 634 = 5371
    expect(textWidth('Huisartsen', 10)).toBeCloseTo(53.71, 6);
    expect(textWidth('ë', 10)).toBeCloseTo(textWidth('e', 10), 6);
    expect(textWidth('A', 10, true)).toBeGreaterThan(textWidth('A', 10));
  });

  it('wraps at spaces within the width and keeps every word', () => {
    const text = 'Maatschappelijk werkers en specialistische sociale hulpverleners';
    const lines = wrapText(text, 150, 11);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 11) <= 150 || !line.includes(' ')).toBe(true);
  });
});

describe('hyphenateWord', () => {
  it('breaks a long compound between two consonants, each line fitting', () => {
    const width = textWidth('Doktersassis', 12);
    const lines = hyphenateWord('Doktersassistenten', width, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/-/g, '')).toBe('Doktersassistenten');
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    expect(lines[0]).toBe('Doktersas-');
  });

  it('leaves a word that fits, and never splits ch or ij', () => {
    expect(hyphenateWord('Huisartsen', 200, 12)).toEqual(['Huisartsen']);
    const lines = hyphenateWord('Wijkverpleegkundigen', textWidth('Wijkverpl', 12), 12);
    expect(lines[0]).not.toMatch(/i-$/);
    for (const line of lines) expect(line).not.toMatch(/c-$|^h/);
    expect(lines.join('').replace(/-/g, '')).toBe('Wijkverpleegkundigen');
  });
});
