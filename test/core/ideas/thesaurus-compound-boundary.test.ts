/**
 * A compound ending in a thesaurus term is read as that term's group only where the part before the
 * term could end a Dutch word (thesaurus.ts `mayEndWithTerm`): `spraakherkenning` is `spraak` +
 * `herkenning`, never `spraakh` + `erkenning` (appreciation).
 */
import { describe, expect, it } from 'vitest';
import { mayEndWithTerm, THESAURUS } from '../../../src/core/ideas/analyzer/thesaurus.js';

const groupIds = (word: string) => THESAURUS.searchGroupsOf(word).map((g) => g.id);

describe('compound boundaries of the thesaurus affix rule', () => {
  it('refuses a modifier ending in a consonant and h', () => {
    expect(mayEndWithTerm('spraakherkenning', 'erkenning')).toBe(false);
    expect(groupIds('spraakherkenning')).not.toContain('waardering');
    expect(groupIds('spraakherkenning')).toContain('technologie');
  });

  it('keeps real compounds, `ch` included', () => {
    expect(mayEndWithTerm('teamerkenning', 'erkenning')).toBe(true);
    expect(groupIds('teamerkenning')).toContain('waardering');
    expect(mayEndWithTerm('lachcaseload', 'caseload')).toBe(true);
    expect(groupIds('nachtroosterplanning')).toContain('rooster');
  });

  it('keeps loan words whose modifier ends in `sh` or `th`', () => {
    expect(mayEndWithTerm('pushmelding', 'melding')).toBe(true);
    expect(mayEndWithTerm('pushberichten', 'berichten')).toBe(true);
    expect(groupIds('pushmelding')).toEqual(groupIds('melding'));
    expect(groupIds('pushmelding')).not.toEqual([]);
  });
});
