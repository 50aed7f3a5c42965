/**
 * Experiment (not in the product): remedy frames. What an idea proposes to do, as an action
 * (bench/clusters/remedy-actions.json: reduce, add, automate, hand over, work together, learn, decide
 * oneself, involve, act early, go and see) joined with each object the idea names (its solution
 * concepts and search-thesaurus groups), so that "minder registreren" and "schrap dubbele registratie"
 * share `minder × registreren` while "meer registratie-ondersteuning" has `meer × registreren`.
 * Frames are added to the product analyzer's terms as extra word-like terms (they add to the cosine but
 * open no gate). `fieldOnly` keeps only frames whose object is a theme's own field (in more than half
 * of its ideas, so not in the vectors itself): there a frame is the only way the object can separate
 * remedies.
 *
 * `node scripts/run-ts.js bench/clusters/remedy-frames.ts` prints tuning, dropout and leave-theme-out
 * per variant; `HELD_OUT=1` adds the held-out themes (for after a choice). Results: docs/clusters-rounds.md.
 */
import { tokenize } from '../../src/core/ideas/analyzer/analyzer.js';
import type { AnalysedTerm, AnalyzerFactory } from '../../src/core/ideas/clusters/analyzer.js';
import { ideaAnalyzerWith } from '../../src/core/ideas/clusters/idea-analyzer.js';
import { ideaSentences } from '../../src/core/ideas/clusters/remedy-phrase.js';
import { SOLUTION_CONCEPTS, type SolutionConcepts } from '../../src/core/ideas/clusters/solution-concepts.js';
import actionsJson from './remedy-actions.json' with { type: 'json' };
import { clusterQuality, conceptDropoutQuality, leaveThemeOutQuality } from './quality.js';

export interface RemedyAction {
  readonly id: string;
  readonly words: readonly string[];
}

const pieceMatches = (word: string, piece: string) =>
  piece.endsWith('*') ? word.startsWith(piece.slice(0, -1)) : word === piece;

/** Action ids in a run of folded words (an entry's words in a row; `*` matches a word's start). */
export function actionsIn(words: readonly string[], actions: readonly RemedyAction[]): string[] {
  const found: string[] = [];
  for (const { id, words: entries } of actions) {
    const hit = entries.some((entry) => {
      const pieces = entry.split(/\s+/).filter(Boolean);
      for (let i = 0; i + pieces.length <= words.length; i++)
        if (pieces.every((piece, j) => pieceMatches(words[i + j] ?? '', piece))) return true;
      return false;
    });
    if (hit) found.push(id);
  }
  return found;
}

export interface FrameOptions {
  /** Weight of a frame beside a solution concept's 1. */
  readonly weight: number;
  readonly fieldOnly: boolean;
  /** Objects: solution concepts and thesaurus groups, or concepts only. */
  readonly groups: boolean;
  /** Share of the ideas above which an object is the theme's own field (the vectors' cut). */
  readonly fieldShare?: number;
}

const STEM_WEIGHT = 0.5;
const SITUATION = 0.5;

export function frameAnalyzerWith(
  concepts: SolutionConcepts,
  frame: FrameOptions,
  actions: readonly RemedyAction[] = actionsJson.actions,
): AnalyzerFactory {
  const base = ideaAnalyzerWith(concepts);
  return (texts) => {
    const analyzer = base(texts);
    const isObject = (t: AnalysedTerm) => t.kind === 'concept' || (frame.groups && t.kind === 'group');
    const df = new Map<string, number>();
    for (const text of texts)
      for (const key of new Set(
        analyzer
          .analyse(text)
          .filter(isObject)
          .map((t) => `${t.kind}:${t.key}`),
      ))
        df.set(key, (df.get(key) ?? 0) + 1);
    const maxDf = Math.max(2, Math.floor((frame.fieldShare ?? 0.5) * texts.length));
    return {
      analyse(text) {
        const terms = analyzer.analyse(text);
        const acts = new Map<string, number>();
        for (const sentence of ideaSentences(text))
          for (const id of actionsIn(tokenize(sentence.text), actions))
            acts.set(id, Math.max(acts.get(id) ?? 0, sentence.remedy ? 1 : SITUATION));
        const objects = new Map<string, AnalysedTerm>();
        for (const t of terms.filter(isObject)) {
          const key = `${t.kind}:${t.key}`;
          if (frame.fieldOnly && (df.get(key) ?? 0) <= maxDf) continue;
          const seen = objects.get(key);
          if (!seen || (t.emphasis ?? 1) > (seen.emphasis ?? 1)) objects.set(key, t);
        }
        const frames: AnalysedTerm[] = [];
        for (const [action, emphasis] of acts)
          for (const [key, object] of objects)
            frames.push({
              key: `frame:${action}|${key}`,
              kind: 'stem',
              word: object.word,
              emphasis: (frame.weight / STEM_WEIGHT) * Math.min(emphasis, object.emphasis ?? 1),
            });
        return [...terms, ...frames];
      },
    };
  };
}

if (process.argv[1]?.endsWith('remedy-frames.ts')) {
  const mean = (values: readonly number[]) => values.reduce((s, x) => s + x, 0) / values.length;
  const f = (x: number) => x.toFixed(3);
  const heldOut = process.env.HELD_OUT === '1';
  const variants: (FrameOptions | null)[] = [
    null,
    { weight: 0.25, fieldOnly: false, groups: false },
    { weight: 0.5, fieldOnly: false, groups: true },
    { weight: 0.25, fieldOnly: true, groups: true },
    { weight: 0.5, fieldOnly: true, groups: true },
    { weight: 1, fieldOnly: true, groups: true },
  ];
  console.log(
    `| frames | tuning | dropout | leave-theme-out | per theme (tuning / leave-theme-out) |${heldOut ? ' held out |' : ''}`,
  );
  for (const variant of variants) {
    const analyzerWith = (concepts: SolutionConcepts) =>
      variant ? frameAnalyzerWith(concepts, variant) : ideaAnalyzerWith(concepts);
    const options = { analyzer: analyzerWith(SOLUTION_CONCEPTS) };
    const rows = clusterQuality(options, 7, undefined, (j) => heldOut || j.heldOut !== true);
    const tuning = rows.filter((r) => !r.heldOut);
    const held = rows.filter((r) => r.heldOut);
    const dropout = conceptDropoutQuality(options, 12, 2 / 3, undefined, analyzerWith);
    const leave = leaveThemeOutQuality(options, undefined, analyzerWith);
    const name = variant
      ? `${variant.fieldOnly ? 'field objects' : variant.groups ? 'concepts and groups' : 'concepts'}, weight ${variant.weight}`
      : 'none (the product)';
    console.log(
      `| ${name} | ${f(mean(tuning.map((r) => r.ours)))} | ${f(dropout.mean)} | ${f(leave.mean)} | ${tuning.map((r) => r.ours.toFixed(2)).join(' ')} / ${leave.themes.map((t) => t.ours.toFixed(2)).join(' ')} |` +
        (heldOut
          ? ` ${f(mean(held.map((r) => r.ours)))} (${held.map((r) => r.ours.toFixed(2)).join(' ')}) |`
          : ''),
    );
  }
}
