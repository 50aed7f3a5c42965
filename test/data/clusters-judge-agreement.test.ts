// The agreement script compares two judgments of the judged set; these check its own arithmetic and
// its refusal of a judgment that does not place every idea exactly once.
import { describe, expect, it } from 'vitest';
import { checkJudgment, judgeAgreement, readJudgments } from '../../bench/clusters/judge-agreement.js';
import { judgedThemes } from '../../bench/clusters/judged-set.js';

describe('judge agreement', () => {
  it('refuses a second judgment that misses, repeats or invents an idea', () => {
    const judgment = { theme: 'T', clusters: [{ label: 'x', ids: ['a', 'b', 'c'] }], ungrouped: ['d'] };
    expect(() => checkJudgment(judgment, ['a', 'b', 'c', 'd'])).not.toThrow();
    expect(() => checkJudgment(judgment, ['a', 'b', 'c', 'd', 'e'])).toThrow(/e is not placed/);
    expect(() => checkJudgment({ ...judgment, ungrouped: ['d', 'a'] }, ['a', 'b', 'c', 'd'])).toThrow(
      /a is placed twice/,
    );
    expect(() => checkJudgment(judgment, ['a', 'b', 'c'])).toThrow(/d is not an idea/);
  });

  it('finds full agreement of the first judgment with itself, and lower with a coarser one', () => {
    const self = readJudgments(new URL('clusters/', new URL(import.meta.url)));
    expect(self.size).toBe(judgedThemes().length);
    const rows = judgeAgreement(self);
    for (const row of rows) {
      expect(row.judges).toBe(1);
      expect(row.oursSecond).toBe(row.oursFirst);
    }
    // Every solution of one theme merged into one: the two readers no longer agree.
    const first = judgedThemes()[0]!;
    const coarse = new Map([
      [
        first.theme,
        { theme: first.theme, clusters: [{ label: 'alles', ids: first.clusters.flatMap((c) => c.ids) }], ungrouped: first.ungrouped },
      ],
    ]);
    const [row] = judgeAgreement(coarse);
    expect(row?.judges).toBeLessThan(0.9);
  });

  it('reads the committed second judgment whole: every theme, every idea placed once', () => {
    const second = readJudgments(new URL('clusters-second/', new URL(import.meta.url)));
    expect([...second.keys()].sort()).toEqual(judgedThemes().map((t) => t.theme).sort());
    // judgeAgreement runs checkJudgment on each theme and throws on a missing or repeated idea.
    const rows = judgeAgreement(second);
    expect(rows).toHaveLength(judgedThemes().length);
    for (const row of rows) expect(row.judges).toBeLessThan(1);
  });
});
