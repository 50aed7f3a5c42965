/**
 * Checks a catalogue of Dutch texts: every string in it (nested objects and lists included) is a
 * finished phrase — not empty, no leading or doubled spaces, no leaked `undefined`, `NaN` or
 * `[object Object]`. One trailing space is allowed: a fragment that a link or a value follows.
 * Functions are checked by the tests that call them.
 */
import { expect } from 'vitest';

export function expectFinishedTexts(catalogue: unknown, path = 'catalogue'): number {
  if (typeof catalogue === 'string') {
    expect(catalogue, path).not.toBe('');
    expect(catalogue, path).toBe(catalogue.trimStart());
    expect(catalogue, path).not.toMatch(/[^\S ]$/);
    expect(catalogue, path).not.toMatch(/ {2}|undefined|NaN|\[object /);
    return 1;
  }
  if (catalogue === null || typeof catalogue !== 'object') return 0;
  return Object.entries(catalogue).reduce(
    (n, [key, value]) => n + expectFinishedTexts(value, `${path}.${key}`),
    0,
  );
}

/** Checks a phrase a message function produced. */
export function expectFinished(text: string): void {
  expectFinishedTexts(text, JSON.stringify(text));
}
