import { describe, expect, it } from 'vitest';
import { hyphenateWord, syllableBreaks, textWidth, wrapText } from '../../../src/core/charts/text-width.js';
import { labelDots } from '../../../src/core/charts/labelled-dots.js';

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

describe('hyphenateWord and syllableBreaks', () => {
  const syllables = (word: string) => {
    const breaks = syllableBreaks(word);
    return [...word].map((c, i) => (breaks.includes(i) ? `-${c}` : c)).join('');
  };

  it('breaks Dutch words at their syllables, keeping ch, th, ph, sch and stop + l/r together', () => {
    expect(syllables('Fysiotherapeuten')).toBe('Fy-sio-the-ra-peu-ten');
    expect(syllables('Maatschappelijk')).toBe('Maat-schap-pe-lijk');
    expect(syllables('specialistische')).toBe('spe-cia-lis-ti-sche');
    expect(syllables('Wijkverpleegkundigen')).toBe('Wijk-ver-pleeg-kun-di-gen');
    expect(syllables('Gedragsdeskundigen')).toBe('Ge-drags-des-kun-di-gen');
    expect(syllables('Jeugdzorgwerkers')).toBe('Jeugd-zorg-wer-kers');
    expect(syllables('psychiatrie')).toBe('psy-chia-trie');
    expect(syllables('intramuraal')).toBe('in-tra-mu-raal');
    expect(syllables('Praktijkondersteuners')).toBe('Prak-tij-kon-der-steu-ners');
  });

  it('breaks a long word at the latest syllable that fits, each line fitting, every letter kept', () => {
    const width = textWidth('Doktersassis-', 12);
    const lines = hyphenateWord('Doktersassistenten', width, 12);
    expect(lines).toEqual(['Doktersassis-', 'tenten']);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
    const therapists = hyphenateWord('Fysiotherapeuten', textWidth('Fysiot-', 12), 12);
    expect(therapists[0]).toBe('Fysio-');
    expect(therapists.join('').replace(/-/g, '')).toBe('Fysiotherapeuten');
  });

  it('leaves a word that fits, and one no syllable break can make fit', () => {
    expect(hyphenateWord('Huisartsen', 200, 12)).toEqual(['Huisartsen']);
    expect(hyphenateWord('Doktersassistenten', textWidth('D', 12), 12)).toEqual(['Doktersassistenten']);
  });
});

describe('labels of narrow figures', () => {
  it('hyphenate a profession too wide for its label instead of cutting it', () => {
    const layout = labelDots(
      [{ key: 'd', text: 'Doktersassistenten', x: 50, y: 50 }],
      { x: [0, 100], y: [0, 100], frame: { top: 0, right: 300, bottom: 300, left: 0 } },
      { radius: 4, maxLines: 2 },
    );
    expect(layout.placed).toHaveLength(1);
    const text = layout.placed[0]!.text;
    expect(text).toMatch(/-\n/);
    expect(text).not.toContain('…');
    expect(text.replace(/-\n/g, '')).toBe('Doktersassistenten');
  });
});
