/**
 * The bridge's relevance rule measured on the held-out recall set (test/data/bridge/held-out.json):
 * per component, the ideas judged to address it that the rule finds (recall) and the ideas it finds
 * that were judged to address it (precision). A pair judged `acceptable` counts neither way. The
 * analyzer's lexicon is the set's own words, as the bridge's is the databank's.
 */
import { readFileSync } from 'node:fs';
import type { BridgeConcept } from '../../src/core/contract/bridge-config.js';
import { tokenize } from '../../src/core/ideas/analyzer/analyzer.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher } from '../../src/core/ideas/bridge-relevance.js';

export const HELD_OUT_FILE = 'test/data/bridge/held-out.json';

export interface HeldOutIdea {
  readonly id: string;
  readonly text: string;
  readonly themes: readonly string[];
  readonly components: readonly string[];
  readonly acceptable?: readonly string[];
  readonly reason: string;
}

export interface ComponentScore {
  /** Ideas judged to address the component. */
  readonly judged: number;
  /** Of those, found by the rule. */
  readonly found: number;
  /** Ideas the rule finds, `acceptable` ones left out. */
  readonly matched: number;
  /** Of those, judged to address the component. */
  readonly right: number;
  readonly misses: readonly string[];
  readonly falseMatches: readonly string[];
}

export function readHeldOut(file = HELD_OUT_FILE): HeldOutIdea[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { ideas: HeldOutIdea[] }).ideas;
}

export function heldOutScores(
  concepts: Readonly<Partial<Record<string, BridgeConcept>>>,
  ideas: readonly HeldOutIdea[] = readHeldOut(),
): Record<string, ComponentScore> {
  const list = Object.entries(concepts).flatMap(([id, c]) => (c ? [[id, c] as const] : []));
  const lexicon = new Set(ideas.flatMap((idea) => tokenize(idea.text)));
  const analyzer = bridgeAnalyzer(
    lexicon,
    list.map(([, c]) => c),
  );
  const analysed = ideas.map((idea) => analyseIdea(idea.text, analyzer));
  const scores: Record<string, ComponentScore> = {};
  for (const [component, concept] of list) {
    const matcher = conceptMatcher(concept);
    const misses: string[] = [];
    const falseMatches: string[] = [];
    let judged = 0;
    let found = 0;
    let matched = 0;
    let right = 0;
    ideas.forEach((idea, i) => {
      const hit = matcher.relevance(idea, analysed[i] ?? []) !== null;
      const yes = idea.components.includes(component);
      if (yes) {
        judged++;
        if (hit) found++;
        else misses.push(idea.id);
      }
      if (hit && !idea.acceptable?.includes(component)) {
        matched++;
        if (yes) right++;
        else falseMatches.push(idea.id);
      }
    });
    scores[component] = { judged, found, matched, right, misses, falseMatches };
  }
  return scores;
}

/** The scores summed over the components. */
export function totalScore(scores: Readonly<Record<string, ComponentScore>>): ComponentScore {
  const all = Object.values(scores);
  const sum = (f: (s: ComponentScore) => number) => all.reduce((n, s) => n + f(s), 0);
  return {
    judged: sum((s) => s.judged),
    found: sum((s) => s.found),
    matched: sum((s) => s.matched),
    right: sum((s) => s.right),
    misses: all.flatMap((s) => s.misses),
    falseMatches: all.flatMap((s) => s.falseMatches),
  };
}
