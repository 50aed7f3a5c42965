/**
 * A "veelgenoemde oplossing" (issue 15) beside a weak component's ideas on a profile. A theme's solution
 * qualifies when its ideas mostly address the component's concept — at least {@link MIN_RELEVANT_SHARE}
 * of them and at least {@link MIN_RELEVANT}, its representative among them, judged by the same
 * relevance as the single ideas (bridge-relevance.ts), so a theme's solution about aggression by
 * clients is not shown under aggression among colleagues. Of the qualifying solutions, the first (in
 * the theme's order) with such an idea from the profession's own branches is shown, else the first:
 * a nursing-home carer meets "Genoeg personeel en vaste invallers", which holds an idea from the
 * disability care, not "Een haalbare caseload" of social work and youth care (audit 7, finding 5). Its quote
 * is chosen for the reader, not for the theme: one of the solution's ideas that address the concept,
 * are not already on the page (no idea twice) and fit the profession (`readerFit`: its own branches
 * first; an idea the reader's own profession published before all), of those one that, from another
 * branch, names no clients of another branch (client-words.ts: no childcare idea "beter voor de
 * kinderen" for a nursing-home carer while another fits; audit 8, finding 5), then one whose soort is
 * no knelpunt (a proposal, an opportunity or a wish: audit 7, finding 4), then one that names the
 * concept of a concept's line in its remedy (label-concept.ts), the closest to the solution's
 * representative among equals. A solution with no such idea is not shown.
 */
import type { BridgeConcept } from '../contract/bridge-config.js';
import type { Profession } from '../contract/professions.js';
import { QUOTED_KINDS } from './clusters/cluster-ideas.js';
import type { IdeaKind } from './idea.js';
import { labelRemedyIds } from './clusters/label-concept.js';
import { tokenize } from './analyzer/analyzer.js';
import { analyseIdea, bridgeAnalyzer, conceptMatcher } from './bridge-relevance.js';
import { isOtherOccupationsSubject, occupationsNamed } from './occupation-words.js';
import { workplaceBranchesNamed } from './workplace-words.js';
import { opensMasked } from './masked-opening.js';

/** Share of a solution's ideas that must address the concept (0–1). */
export const MIN_RELEVANT_SHARE = 0.5;
/** Ideas of a solution that must address the concept. */
export const MIN_RELEVANT = 2;

/** A solution as the clusters engineer's API gives it (store/solutions.ts). */
export interface SolutionCluster {
  readonly key: string;
  readonly label: string;
  readonly ids: readonly string[];
  readonly quote: { readonly id: string; readonly text: string; readonly branch: string | null };
}

export interface BridgeSolution {
  readonly theme: string;
  readonly key: string;
  readonly label: string;
  readonly count: number;
  /** Its place among the theme's solutions (0-based, in their order): the anchor on the theme's page. */
  readonly index: number;
  readonly quote: SolutionCluster['quote'];
}

/** What the bridge knows of an idea beyond its text and branch. */
export interface SolutionReader {
  /** The idea's soort (null: unknown); a knelpunt is quoted only when no fitting idea is another soort. */
  readonly kindOf?: (id: string) => IdeaKind | null;
  /** Whether the idea comes from one of the profession's own branches; none does by default. */
  readonly isOwnBranch?: (id: string) => boolean;
  /** Whether the idea's published profession is the reader's: its quote comes first. None by default. */
  readonly isOwnProfession?: (id: string) => boolean;
  /**
   * Whether the idea, from another branch, names clients of none of the reader's branches
   * (client-words.ts `namesOtherClients`): quoted only when no other fitting idea is left. None by default.
   */
  readonly namesOtherClients?: (id: string) => boolean;
}

export function solutionForConcept(
  concept: BridgeConcept,
  theme: string,
  clusters: readonly SolutionCluster[],
  textOf: (id: string) => string | undefined,
  onPage: ReadonlySet<string>,
  /** How well an idea fits the reader (`readerFit`); every idea fits equally by default. */
  fitOf: (id: string) => number | null = () => 0,
  /** The branch of an idea (the quote carries it). */
  branchOf: (id: string) => string | null = () => null,
  reader: SolutionReader = {},
): BridgeSolution | null {
  const isOwnBranch = reader.isOwnBranch ?? (() => false);
  const texts = clusters.flatMap((c) => c.ids.flatMap((id) => textOf(id) ?? []));
  const analyzer = bridgeAnalyzer(new Set(texts.flatMap((text) => tokenize(text))), [concept]);
  const matcher = conceptMatcher(concept);
  let first: BridgeSolution | null = null;
  for (const [index, cluster] of clusters.entries()) {
    if (cluster.ids.length === 0) continue;
    const relevant = cluster.ids.filter((id) => {
      const text = textOf(id);
      return text !== undefined && matcher.relevance({ text, themes: [theme] }, analyseIdea(text, analyzer));
    });
    // The solution as a whole must be about the concept: its representative too, not only the quote.
    if (
      !relevant.includes(cluster.quote.id) ||
      relevant.length < MIN_RELEVANT ||
      relevant.length / cluster.ids.length < MIN_RELEVANT_SHARE
    )
      continue;
    // A concept's line ("Systemen koppelen") is quoted with an idea that names it in its remedy.
    const carries = labelRemedyIds(
      cluster.label,
      relevant.map((id) => ({ id, text: textOf(id) ?? '' })),
      texts,
    );
    const quote = quoteFor(cluster, relevant, onPage, fitOf, reader, carries, (id) => ({
      text: textOf(id) ?? '',
      branch: branchOf(id),
    }));
    if (!quote) continue;
    const found = { theme, key: cluster.key, label: cluster.label, count: cluster.ids.length, index, quote };
    // Ideas from the reader's own branches make the solution theirs; the quote is one of them when one
    // is not yet on the page (fit first), else another idea that fits.
    if (relevant.some(isOwnBranch)) return found;
    first ??= found;
  }
  return first;
}

/** The reader of a profile, for `readerFit`. */
export interface BridgeReader {
  /** The profession's branches (config/bridge.json `professions`), main branch first; empty when unknown. */
  readonly branches: readonly string[];
  /** The profession, when the bridge knows it. */
  readonly profession: Profession | null;
}

/**
 * Whether an idea is another occupation's situation for a reader of `profession`: its subject is
 * another occupation (`isOtherOccupationsSubject`), and the reader's own colleagues did not write it —
 * a doctor's assistant writing "Huisartsen zouden meer taken aan ons moeten overlaten" names the GPs
 * as subject, yet it is the assistants' own wish (review s26, finding 1).
 */
export function isOtherSituation(
  idea: { readonly text: string; readonly profession?: string | null },
  profession: Profession | null,
): boolean {
  if (profession !== null && idea.profession === profession) return false;
  return isOtherOccupationsSubject(idea.text, profession);
}

/**
 * How well an idea fits a reader of a profession (lower is better): 0, 1, … for an idea from the
 * profession's own branches (main branch first); then one from another branch that names no
 * occupation (occupation-words.ts) other than the reader's own and no workplace (workplace-words.ts)
 * outside the reader's branches. Null for an idea that is another occupation's situation: from any
 * branch, one whose subject is another occupation (`isOtherOccupationsSubject`: "laat jonge huisartsen
 * een praktijk overnemen" is no career step for a practice nurse in the same practice); from another
 * branch, also one that names another occupation as the writer's in any way ("in de
 * tandartspraktijk") or a workplace in none of the reader's branches. A dental hygienist's wish from a
 * dental practice is no quote for a doctor's assistant, even though some dental hygienists work in
 * hospitals too: the idea's situation is the practice. A reader the bridge does not know (no
 * branches) takes any idea that is no other occupation's subject.
 */
export function readerFit(
  reader: BridgeReader,
  idea: { readonly branch: string | null; readonly text: string; readonly profession?: string | null },
): number | null {
  const { branches, profession } = reader;
  if (isOtherSituation(idea, profession)) return null;
  if (branches.length === 0) return 0;
  const own = idea.branch === null ? -1 : branches.indexOf(idea.branch);
  if (own !== -1) return own;
  const named = occupationsNamed(idea.text);
  const places = workplaceBranchesNamed(idea.text);
  const ownOccupation = named.length === 0 || (profession !== null && named.includes(profession));
  const ownPlace = places.length === 0 || places.some((branch) => branches.includes(branch));
  return ownOccupation && ownPlace ? branches.length : null;
}

/**
 * The reader's quote among a solution's relevant ideas that are not on the page: one whose published
 * profession is the reader's first, then by fit (`readerFit`, best first), then one that names no
 * clients of another branch than the reader's (client-words.ts), then one whose soort is no knelpunt
 * (`QUOTED_KINDS`), then one that names the label's concept in its remedy (`carries`,
 * label-concept.ts; null: the label is no concept's line), then one that does not open with a masking
 * placeholder (masked-opening.ts), then the closest to the representative; the representative's own
 * fields when it is the one.
 */
function quoteFor(
  cluster: SolutionCluster,
  relevant: readonly string[],
  onPage: ReadonlySet<string>,
  fitOf: (id: string) => number | null,
  reader: SolutionReader,
  carries: ReadonlySet<string> | null,
  ideaOf: (id: string) => { readonly text: string; readonly branch: string | null },
): SolutionCluster['quote'] | undefined {
  const kindOf = reader.kindOf ?? (() => null);
  const flag = (test: ((id: string) => boolean) | undefined, id: string) => (test?.(id) ? 1 : 0);
  const fitting = relevant.flatMap((id) => {
    const fit = onPage.has(id) ? null : fitOf(id);
    if (fit === null) return [];
    return [
      {
        id,
        keys: [
          1 - flag(reader.isOwnProfession, id),
          fit,
          flag(reader.namesOtherClients, id),
          QUOTED_KINDS.has(kindOf(id) ?? 'knelpunt') ? 0 : 1,
          carries === null || carries.has(id) ? 0 : 1,
          opensMasked(ideaOf(id).text) ? 1 : 0,
        ],
      },
    ];
  });
  const compare = (a: readonly number[], b: readonly number[]) =>
    a.reduce((order, x, i) => order || x - (b[i] ?? 0), 0);
  // `relevant` keeps the order of `ids` (closest to the representative first); the sort is stable.
  const best = fitting.sort((a, b) => compare(a.keys, b.keys))[0]?.id;
  if (best === undefined) return undefined;
  return best === cluster.quote.id ? cluster.quote : { id: best, ...ideaOf(best) };
}
