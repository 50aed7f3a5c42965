import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistance,
  foldAccents,
  labelKey,
  nearestLabel,
  normaliseLabel,
} from '../../../src/core/contract/names.js';

describe('names', () => {
  it('folds accents and case the same way for every key', () => {
    expect(foldAccents('Cliënten ÉÉN Coördinatie')).toBe('clienten een coordinatie');
    expect(normaliseLabel('  Verpleegkundigen psychiatrie,  GGZ ')).toBe('verpleegkundigen psychiatrie ggz');
    expect(labelKey('Noord-Holland')).toBe(labelKey('noord holland'));
    expect(labelKey('Patiënt (zorg)')).toBe('patientzorg');
  });

  it('orders names the Dutch way: case and accents aside, numbers by value, ties by code units', () => {
    const names = ['niveau 10', 'Élan', 'niveau 4', 'elan', 'Appel', 'appel'];
    expect([...names].sort(compareNames)).toEqual([
      'Appel',
      'appel',
      'elan',
      'Élan',
      'niveau 4',
      'niveau 10',
    ]);
    expect(compareNames('Huisartsen', 'Huisartsen')).toBe(0);
  });

  it('measures the edit distance', () => {
    expect(editDistance('werkdruk', 'werkdruk')).toBe(0);
    expect(editDistance('agresie', 'agressie')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('finds the nearest admitted label, the earlier one on a tie, none when none is admitted', () => {
    const candidates = ['Jeugdzorg', 'Kinderopvang', 'Jeugdzorx'].map((label) => ({
      label,
      key: labelKey(label),
    }));
    expect(nearestLabel(labelKey('Jeugdzorgg'), candidates)).toBe('Jeugdzorg');
    expect(nearestLabel(labelKey('Jeugdzorgx'), candidates)).toBe('Jeugdzorg');
    expect(nearestLabel(labelKey('Apotheek'), candidates, (distance) => distance <= 2)).toBeUndefined();
    const share = (wanted: string, key: string) =>
      editDistance(wanted, key) / Math.max(wanted.length, key.length);
    expect(nearestLabel(labelKey('kinderopvan'), candidates, (s) => s <= 0.4, share)).toBe('Kinderopvang');
  });
});
