/**
 * Scores the masking on the committed privacy corpus: `personal-data.json` (texts with one personal
 * item each, its kind and the exact value written; a few name cases list several `values`) and
 * `look-alikes.json` (texts that must come back
 * unchanged: dates, times, amounts, percentages, "24/7", years, frequencies, ratios, versions, CAO
 * scales, area codes, sizes). A personal item counts as found only when the output is the text with
 * exactly that value replaced by the placeholder of its kind; a look-alike counts as a false positive
 * when anything in it changes. A case may name its `source`: `audit-9` marks the lines of an audit,
 * written by another hand than the masker's and held out (never used to tune it); `s27` the sign-off
 * cases the masker's author added with them; `review-27` a reviewer's probes; `s28` the masker's own
 * cases of session 28; `held-out-28` a set written by someone who never saw the code, scored once after
 * the s28 changes and committed with its misses (HELD_OUT: the test holds it to a floor, not to
 * every case); `review-28` a reviewer's probes of the merged s28 masker, written after it and fixed
 * for; `held-out-29` a set written blind by another hand and scored once as committed (35/77 found,
 * 82/82 kept), whose misses were then read and their general kinds fixed in session 29: it is no
 * longer blind, only a floor like held-out-28 (a later blind set measures the masker honestly);
 * `held-out-30` a third blind set, written after the session-29 masker and scored once with it (95/112
 * found, 118/122 kept; main before it 51/112 and 121/122), whose false positives were then fixed: a floor.
 * Scores are given per source too. Used by the test and by `npm run privacy:corpus`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { maskPersonalData, type MaskKind } from '../../../src/core/ideas/mask.js';
import { MASK_PLACEHOLDERS } from '../../../src/core/text/ideas-messages.js';

export interface PersonalCase {
  readonly kind: MaskKind;
  readonly value: string;
  /** When the text holds more than one item (`collega Mohammed, Fatima en Sanne`): each, in order. */
  readonly values?: readonly string[];
  /** Items of another kind in the same text (`groet van …, bel 06-…`), replaced by their placeholders. */
  readonly also?: readonly { readonly kind: MaskKind; readonly value: string }[];
  readonly text: string;
  readonly source?: string;
}

export interface LookAlike {
  readonly text: string;
  readonly source?: string;
}

export interface SourceScore {
  readonly personal: number;
  readonly found: number;
  readonly lookAlikes: number;
  readonly falsePositives: number;
}

export interface CorpusScore {
  readonly personal: number;
  readonly found: number;
  readonly recall: number;
  readonly byKind: Readonly<Record<string, { readonly cases: number; readonly found: number }>>;
  readonly missed: readonly { readonly text: string; readonly got: string }[];
  readonly lookAlikes: number;
  readonly falsePositives: number;
  readonly falsePositiveRate: number;
  readonly changed: readonly { readonly text: string; readonly got: string }[];
  /** Per source (`original` for cases without one). */
  readonly bySource: Readonly<Record<string, SourceScore>>;
}

const ORIGINAL = 'original';

/**
 * Held-out sets committed with their misses: per source, the personal items masked and the look-alikes
 * kept, which the masker must not fall below. A floor is the figure when the set was committed, or a
 * higher one measured later (never above what is measured): held-out-28 33 → 44 and held-out-29 35 →
 * 74 after the session-29 changes, which were written after both sets' misses were read. Once a set's
 * misses have been read it no longer measures the masker on unseen text; it only holds what was gained.
 */
export const HELD_OUT: Readonly<Record<string, { readonly found: number; readonly kept: number }>> = {
  'held-out-28': { found: 44, kept: 45 },
  'held-out-29': { found: 74, kept: 82 },
  'held-out-30': { found: 95, kept: 122 },
};

/** The corpus folder, from the repository root (where tests and scripts run). */
export const CORPUS_FOLDER = join('test', 'data', 'privacy');

export function readCorpus(folder = CORPUS_FOLDER): { personal: PersonalCase[]; lookAlikes: LookAlike[] } {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as T;
  return { personal: read('personal-data.json'), lookAlikes: read('look-alikes.json') };
}

export function scoreCorpus(
  personal: readonly PersonalCase[],
  lookAlikes: readonly LookAlike[],
): CorpusScore {
  const byKind: Record<string, { cases: number; found: number }> = {};
  const missed: { text: string; got: string }[] = [];
  const bySource: Record<string, { personal: number; found: number; lookAlikes: number; falsePositives: number }> =
    {};
  const sourceOf = (source: string | undefined) =>
    (bySource[source ?? ORIGINAL] ??= { personal: 0, found: 0, lookAlikes: 0, falsePositives: 0 });
  for (const c of personal) {
    let expected = c.text;
    for (const value of c.values ?? [c.value]) expected = expected.replace(value, MASK_PLACEHOLDERS[c.kind]);
    for (const item of c.also ?? []) expected = expected.replace(item.value, MASK_PLACEHOLDERS[item.kind]);
    const got = maskPersonalData(c.text).text;
    const entry = (byKind[c.kind] ??= { cases: 0, found: 0 });
    const source = sourceOf(c.source);
    entry.cases++;
    source.personal++;
    if (got === expected) {
      entry.found++;
      source.found++;
    } else missed.push({ text: c.text, got });
  }
  const changed: { text: string; got: string }[] = [];
  for (const { text, source } of lookAlikes) {
    const got = maskPersonalData(text).text;
    const entry = sourceOf(source);
    entry.lookAlikes++;
    if (got !== text) {
      changed.push({ text, got });
      entry.falsePositives++;
    }
  }
  const found = personal.length - missed.length;
  return {
    personal: personal.length,
    found,
    recall: found / personal.length,
    byKind,
    missed,
    lookAlikes: lookAlikes.length,
    falsePositives: changed.length,
    falsePositiveRate: changed.length / lookAlikes.length,
    changed,
    bySource,
  };
}
