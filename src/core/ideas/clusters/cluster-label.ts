/**
 * A cluster's label: a short Dutch line that names the remedy its ideas propose.
 *
 * Where a solution concept (config/solution-concepts.json) is named by at least half of the cluster's
 * ideas in the sentences that propose their remedy (remedy-phrase.ts), through an entry that has no
 * second, everyday sense (the concept's `secondSenses`: the verb "plan" is not a care plan), the label
 * is that concept's own Dutch line ("Systemen koppelen"): the most characteristic such concept, by its
 * share in the cluster (an idea naming it only while describing its situation counts by that term's
 * emphasis) × its rarity in the theme, ln(N / df). Otherwise the label is the representative idea's
 * own remedy sentence, shortened ("Plan een kwartier rust na elke zware inzet"): a line the ideas do
 * not support is worse than a plain one. Without a representative it falls back to the cluster's most
 * characteristic words (share in the cluster × the same rarity), each a whole word as the ideas write
 * it, joined as a Dutch list ("Moestuin en kinderen"). A curator's summary line replaces it; this one
 * is the starting point.
 */
import { compareNames } from '../../contract/names.js';
import type { AnalysedTerm } from './analyzer.js';
import type { ConceptSpace } from './concept-vectors.js';
import { cutAtWord, remedyLine } from './remedy-phrase.js';
import { SOLUTION_CONCEPTS } from './solution-concepts.js';

/** Words in a fallback label. */
export const LABEL_TERMS = 3;
/** A concept gives the label when at least this share (0–1) of the cluster's ideas name it. */
export const HEAD_CONCEPT_SHARE = 0.5;
/** The longest automatic label, in characters (a concept's line is at most 40, see the schema). */
export const MAX_AUTOMATIC_LABEL = 45;
/** Two label words sharing this many first letters count as one word family. */
const FAMILY_PREFIX = 5;
/** Shorter written words are rarely content words in a label ("per", "bel", "app" aside). */
const MIN_LABEL_WORD = 4;

/** The Dutch line of each bundled solution concept that has one. */
const CONCEPT_LINES: ReadonlyMap<string, string> = new Map(
  SOLUTION_CONCEPTS.concepts.flatMap((c) => (c.label ? [[c.id, c.label] as const] : [])),
);

/**
 * The automatic label of a cluster and its characteristic words. `representative` is the text of the
 * idea the cluster quotes: its remedy sentence is the label when no concept qualifies.
 */
export function clusterLabel(
  members: readonly number[],
  space: ConceptSpace,
  terms: readonly (readonly AnalysedTerm[])[],
  conceptLines: ReadonlyMap<string, string> = CONCEPT_LINES,
  representative?: string,
): { readonly label: string; readonly words: readonly string[] } {
  const words = characteristicWords(members, space, terms);
  const head = headConcept(members, space, terms, conceptLines);
  const own = representative === undefined ? '' : remedyLine(representative, MAX_AUTOMATIC_LABEL);
  const label = head ?? (own || dutchList(words));
  return { label: shortenLabel(label), words };
}

/** The line of the concept at least half of the members name, the most characteristic first. */
export function headConcept(
  members: readonly number[],
  space: ConceptSpace,
  terms: readonly (readonly AnalysedTerm[])[],
  conceptLines: ReadonlyMap<string, string> = CONCEPT_LINES,
): string | undefined {
  return headConcepts(members, space, terms, conceptLines)[0];
}

/**
 * The lines of every concept at least half of the members name in a remedy sentence through an entry
 * of its first sense (an idea without a sentence that proposes something is all remedy), the most
 * characteristic first.
 */
export function headConcepts(
  members: readonly number[],
  space: ConceptSpace,
  terms: readonly (readonly AnalysedTerm[])[],
  conceptLines: ReadonlyMap<string, string> = CONCEPT_LINES,
): string[] {
  if (members.length === 0) return [];
  const n = space.vectors.length;
  const index = new Map(space.vocabulary.map((key, i) => [key, i]));
  const named = new Map<string, { ideas: number; weight: number }>();
  for (const m of members) {
    const own = new Map<string, number>();
    const proposed = new Set<string>();
    for (const term of terms[m] ?? []) {
      if (term.kind !== 'concept') continue;
      own.set(term.key, Math.max(own.get(term.key) ?? 0, term.emphasis ?? 1));
      if ((term.emphasis ?? 1) >= 1 && !term.secondSense) proposed.add(term.key);
    }
    for (const [key, emphasis] of own) {
      const seen = named.get(key) ?? { ideas: 0, weight: 0 };
      named.set(key, { ideas: seen.ideas + (proposed.has(key) ? 1 : 0), weight: seen.weight + emphasis });
    }
  }
  const heads: { line: string; score: number }[] = [];
  for (const [key, { ideas, weight }] of named) {
    const line = conceptLines.get(key);
    if (!line || ideas < HEAD_CONCEPT_SHARE * members.length) continue;
    const df = space.documentFrequency[index.get(`c:${key}`) ?? -1] ?? ideas;
    heads.push({ line, score: (weight / members.length) * Math.log(n / Math.max(1, df)) });
  }
  return heads.sort((a, b) => b.score - a.score || compareNames(a.line, b.line)).map((h) => h.line);
}

/**
 * Labels that differ within one theme. A curator's line (`isAutomatic` false) stays as written and is
 * taken first, then the lines of pinned solutions (`isPinned`), then the others in display order. An
 * automatic line already taken gives way: to the solution's next concept line nobody has (by the rule
 * of {@link headConcepts}), else to its representative idea's remedy sentence (`quote`), else the line
 * numbered ("Systemen koppelen (2)"). Never a loose word in brackets: "(vangen)" tells a reader nothing.
 * No two solutions show one line unless two curators' lines are the same.
 */
export function distinctLabels<
  T extends {
    readonly label: string;
    readonly ids: readonly string[];
    readonly quote?: { readonly text: string };
  },
>(
  clusters: readonly T[],
  model: {
    readonly ideas: readonly { readonly id: string }[];
    readonly space: ConceptSpace;
    readonly terms: readonly (readonly AnalysedTerm[])[];
  },
  isAutomatic: (cluster: T) => boolean = () => true,
  conceptLines: ReadonlyMap<string, string> = CONCEPT_LINES,
  isPinned: (cluster: T) => boolean = () => false,
): string[] {
  const indexOf = new Map(model.ideas.map((idea, i) => [idea.id, i]));
  const used = new Set<string>();
  const labels = clusters.map((c) => c.label);
  const rank = (c: T) => (!isAutomatic(c) ? 0 : isPinned(c) ? 1 : 2);
  const order = [...clusters.entries()].sort(([a, x], [b, y]) => rank(x) - rank(y) || a - b);
  const free = (line: string | undefined) => line !== undefined && line !== '' && !used.has(line);
  for (const [i, cluster] of order) {
    let label = cluster.label;
    if (used.has(label) && isAutomatic(cluster)) {
      const members = cluster.ids.flatMap((id) => indexOf.get(id) ?? []);
      const candidates = [
        ...headConcepts(members, model.space, model.terms, conceptLines),
        cluster.quote ? remedyLine(cluster.quote.text, MAX_AUTOMATIC_LABEL) : '',
      ];
      // Room for " (10)"; a line cut there ends in "…" at a word, never inside one.
      const room = MAX_AUTOMATIC_LABEL - 5;
      const bare = label.replace(/…$/u, '');
      const stem = label.length <= room ? label : cutAtWord(bare.length <= room ? `${bare} …` : bare, room);
      let numbered = '';
      for (let n = 2; !free(numbered); n++) numbered = `${stem} (${n})`;
      label = candidates.find(free) ?? numbered;
    }
    used.add(label);
    labels[i] = label;
  }
  return labels;
}

/** The characteristic words of a cluster, best first, as whole written words. */
export function characteristicWords(
  members: readonly number[],
  space: ConceptSpace,
  terms: readonly (readonly AnalysedTerm[])[],
  count: number = LABEL_TERMS,
): string[] {
  const n = space.vectors.length;
  const inCluster = new Map<number, number>();
  for (const m of members)
    for (const t of space.rawWeights[m]?.keys() ?? []) inCluster.set(t, (inCluster.get(t) ?? 0) + 1);
  const minimum = members.length >= 4 ? 2 : 1;
  const scored = [...inCluster]
    .filter(([, c]) => c >= minimum)
    .map(([t, c]) => ({ t, score: (c / members.length) * Math.log(n / (space.documentFrequency[t] ?? 1)) }))
    .sort(
      (a, b) => b.score - a.score || compareNames(space.vocabulary[a.t] ?? '', space.vocabulary[b.t] ?? ''),
    );
  const chosen: string[] = [];
  for (const { t } of scored) {
    const word = surfaceWord(space.vocabulary[t] ?? '', members, terms);
    if (!word || chosen.some((w) => w.slice(0, FAMILY_PREFIX) === word.slice(0, FAMILY_PREFIX))) continue;
    chosen.push(word);
    if (chosen.length === count) break;
  }
  return chosen;
}

/**
 * The whole word the members write most for a stem key (`s:stem`); ties alphabetical. Compound parts
 * (`hand` of `handmatig`), concept phrases and short words give none: a label word is one a reader
 * finds in the ideas, whole. Concept and thesaurus keys give none either: the concept's line does.
 */
function surfaceWord(
  vocabularyKey: string,
  members: readonly number[],
  terms: readonly (readonly AnalysedTerm[])[],
): string {
  if (!vocabularyKey.startsWith('s:')) return '';
  const key = vocabularyKey.slice(2);
  const counts = new Map<string, number>();
  for (const m of members)
    for (const term of terms[m] ?? [])
      if (term.key === key && term.kind === 'stem' && [...term.word].length >= MIN_LABEL_WORD)
        counts.set(term.word, (counts.get(term.word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0]))[0]?.[0] ?? '';
}

/** A label cut at a word boundary to {@link MAX_AUTOMATIC_LABEL} characters. */
export function shortenLabel(label: string): string {
  if (label.length <= MAX_AUTOMATIC_LABEL) return label;
  const cut = label.slice(0, MAX_AUTOMATIC_LABEL + 1);
  const space = cut.lastIndexOf(' ');
  // No space to cut at (one very long word): cut inside it and say so, rather than keep one letter.
  if (space <= 0) return `${label.slice(0, MAX_AUTOMATIC_LABEL - 1)}…`;
  return cut.slice(0, space).replace(/[,\s]+(en)?$/u, '');
}

/** "a", "A en b", "A, b en c". */
export function dutchList(words: readonly string[]): string {
  if (words.length === 0) return '';
  const text =
    words.length === 1
      ? (words[0] ?? '')
      : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1] ?? ''}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
