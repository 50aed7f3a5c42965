/**
 * The bridge from numbers to ideas on a profile (page, static export and `GET /api/professions/<slug>`
 * alike): the profession's clearly weak components (weak-components.ts), worst first, each with the
 * ideas that address its concept (config/bridge.json; bridge-selection.ts), ideas from the profession's
 * main branch first, then its other branches, then the others (those naming only occupations outside
 * its branches last), no idea twice; then the components that are possibly weak (their interval
 * reaches over the median), without ideas. A profession the bridge does not know (an uploaded table
 * may name it differently) gets the ideas without a branch preference.
 *
 * A profession without a quadrant (a component unpublished) is judged the same way on the components
 * it has: the bridge never used the quadrant, only each component against the median of the classified
 * professions. When none of a profession's components is clearly weak (classified or not: for one
 * without a quadrant its missing component may be where it pinches), its profile lists the ideas from
 * and about the profession instead (profession-ideas.ts), so its readers still find their colleagues'
 * ideas; a classified profession none of whose ideas are from or about it keeps its plain note.
 */
import { isClassified } from '../../core/analysis/every-profession.js';
import type { AnalysisResult, ProfessionFigures } from '../../core/analysis/result.js';
import { weakComponents, type Weakness } from '../../core/analysis/weak-components.js';
import { WEAKEST_COUNT, type ComponentGap } from '../../core/analysis/weakest-components.js';
import { BRIDGE, type BridgeConcept, type BridgeConfig } from '../../core/contract/bridge-config.js';
import type { IndicatorId } from '../../core/contract/indicators.js';
import { contractProfession, type Profession } from '../../core/contract/professions.js';
import { selectBridgeIdeas, type SelectedIdea } from '../../core/ideas/bridge-selection.js';
import { readerFit, solutionForConcept, type BridgeSolution } from '../../core/ideas/bridge-solutions.js';
import { namesOtherClients } from '../../core/ideas/client-words.js';
import { selectProfessionIdeas, type ProfessionIdeas } from '../../core/ideas/profession-ideas.js';
import { collapseRepeats, sameText } from '../../core/ideas/repeats.js';
import { countWithAnyTheme, solutionEntry, type SolutionEntry, type ThemeSolutions } from '../store/index.js';
import { HttpProblem } from './http-problem.js';
import { cachedSolutions } from './routes/api-solutions.js';
import type { AppServices } from './services.js';

export { IDEAS_PER_COMPONENT } from '../../core/ideas/bridge-selection.js';

/** An idea on the bridge; `same`: the undecided near-duplicates it stands for, itself first. */
export type BridgeIdea = SelectedIdea & {
  readonly same: readonly string[];
  /** Those have one text (else "met kleine verschillen"). */
  readonly sameText: boolean;
};

export interface BridgeGroup {
  readonly indicator: IndicatorId;
  readonly weakness: Weakness;
  readonly gap: ComponentGap;
  readonly concept: BridgeConcept;
  /** Ideas that address the component; empty for a possibly weak one (and when none does). */
  readonly ideas: readonly BridgeIdea[];
  /** Every visible idea with one of the concept's themes (the "all ideas" link). */
  readonly total: number;
  /** The first of the concept's themes that has visible ideas (its theme page is linked), or null. */
  readonly linkTheme: string | null;
  /** A solution of that theme whose ideas address the component (issue 15), beside the ideas; or null. */
  readonly solution: BridgeSolution | null;
  /** The solution's quote is a bundled example idea. */
  readonly solutionExample: boolean;
  /** The solution as `GET /api/ideas/oplossingen` gives it (repeats, branches), with the reader's quote. */
  readonly solutionEntry: SolutionEntry | null;
}

export interface ProfileBridge {
  /** Clearly weak components, worst first; the first {@link WEAKEST_COUNT} with ideas. */
  readonly clear: readonly BridgeGroup[];
  /** Possibly weak components (interval over the median), worst first, without ideas. */
  readonly possible: readonly BridgeGroup[];
  /**
   * What the ideas are chosen by: `components` (the weak components above), or, for a profession none
   * of whose components is clearly weak, `profession` (the ideas from and about it,
   * {@link professionIdeas}) or, without a quadrant, `unknown` (a name the contract does not know, so no
   * idea can be said to be from it; a classified profession of an unknown name stays `components`).
   */
  readonly basis: 'components' | 'profession' | 'unknown';
  /** The ideas from and about the profession when `basis` is `profession`, else null. */
  readonly professionIdeas: ProfessionIdeas | null;
  /**
   * The bridge knows the branches the profession works in (config/bridge.json). When not (a profession
   * a new table names), no idea is said to be from "another branch": its colleagues' ideas (published
   * profession) come first instead, and the page says why.
   */
  readonly branchesKnown: boolean;
}

/**
 * The contract's profession a name is, or null when the bridge does not know it: by the contract's one
 * name rule (label or alias; case, accents, punctuation and a bracketed part aside), so a wave that
 * renames a profession (`Basisverpleegkundigen (niveau 4)`) keeps its branches.
 */
export function knownProfession(name: string): Profession | null {
  return contractProfession(name);
}

/** The branches that employ a profession, main branch first; empty when the bridge does not know it. */
export function branchesOf(name: string, bridge: BridgeConfig = BRIDGE): readonly string[] {
  const known = knownProfession(name);
  return known ? bridge.professions[known] : [];
}

/** The bridge of a profile, classified or not (see the file comment). */
export async function profileBridge(
  services: AppServices,
  result: AnalysisResult,
  profession: ProfessionFigures,
  bridge: BridgeConfig = BRIDGE,
): Promise<ProfileBridge> {
  const { clear, possible } = weakComponents(result, profession);
  const withIdeas = clear.slice(0, WEAKEST_COUNT).map((gap) => gap.indicator);
  const preferBranches = branchesOf(profession.name, bridge);
  const reader = { branches: preferBranches, profession: knownProfession(profession.name) };
  const branchesKnown = preferBranches.length > 0;
  // Without branches, the profession's own ideas (their published profession, as the table names it).
  const writer = branchesKnown ? null : profession.name;
  const concepts = withIdeas.flatMap((id) => {
    const concept = bridge.concepts[id];
    return concept ? [concept] : [];
  });
  const [combinations, selections] = await Promise.all([
    services.ideasCache.get('combinations', () => services.ideas.themeCombinations()),
    withIdeas.length === 0
      ? Promise.resolve([])
      : services.ideasCache.get(
          // The profession too: two professions of the same branches differ in their own occupation.
          JSON.stringify(['bridge', bridge.version, withIdeas, preferBranches, reader.profession, writer]),
          async () =>
            selectBridgeIdeas({
              components: withIdeas,
              concepts: bridge.concepts,
              candidates: await services.ideas.bridge(concepts),
              preferBranches,
              profession: reader.profession,
              writer,
            }),
        ),
  ]);
  const onPage = new Set(selections.flatMap((s) => s.ideas.map((idea) => idea.id)));
  // Undecided near-duplicates among the page's ideas are listed once, at their first place.
  const repeats = await services.solutions.repeatsAmong(selections.flatMap((s) => s.ideas));
  const listedOnce = collapseRepeats(
    selections.flatMap((s) => s.ideas.map((idea) => idea.id)),
    repeats,
  );
  const textOf = new Map(selections.flatMap((s) => s.ideas.map((idea) => [idea.id, idea.text] as const)));
  const sameOf = new Map(listedOnce.map((shown) => [shown.id, shown]));
  const group = async (gap: ComponentGap, weakness: Weakness): Promise<BridgeGroup[]> => {
    const concept = bridge.concepts[gap.indicator];
    if (!concept) return [];
    const ideas = (selections.find((s) => s.indicator === gap.indicator)?.ideas ?? []).flatMap((idea) => {
      const shown = sameOf.get(idea.id);
      return shown ? [{ ...idea, same: shown.same, sameText: sameText(shown, (id) => textOf.get(id)) }] : [];
    });
    const linkTheme = concept.themes.find((theme) => countWithAnyTheme(combinations, [theme]) > 0) ?? null;
    let solution: BridgeSolution | null = null;
    let solutionExample = false;
    let entry: SolutionEntry | null = null;
    if (ideas.length > 0 && linkTheme !== null) {
      const solutions = await themeSolutionsOrNull(services, linkTheme);
      if (solutions) {
        const textOf = (id: string) => solutions.byId.get(id)?.text;
        const branchOf = (id: string) => solutions.byId.get(id)?.branch ?? null;
        const fitOf = (id: string) => {
          const idea = solutions.byId.get(id);
          return idea ? readerFit(reader, idea) : null;
        };
        // An idea on the page and its undecided near-duplicates: no quote repeats what is listed.
        const seen = new Set([...onPage].flatMap((id) => solutions.repeats.get(id) ?? [id]));
        solution = solutionForConcept(concept, linkTheme, solutions.clusters, textOf, seen, fitOf, branchOf, {
          kindOf: (id) => solutions.byId.get(id)?.kind ?? null,
          isOwnBranch: (id) => reader.branches.includes(branchOf(id) ?? ''),
          isOwnProfession: (id) => {
            const writer = solutions.byId.get(id)?.profession ?? null;
            return writer !== null && writer === (reader.profession ?? profession.name);
          },
          namesOtherClients: (id) => {
            const idea = solutions.byId.get(id);
            return idea !== undefined && namesOtherClients(reader.branches, idea);
          },
        });
        if (solution) {
          onPage.add(solution.quote.id);
          solutionExample = solutions.byId.get(solution.quote.id)?.example ?? false;
          const cluster = solutions.clusters[solution.index];
          if (cluster) entry = solutionEntry(solutions, cluster, solution.quote);
        }
      }
    }
    const total = countWithAnyTheme(combinations, concept.themes);
    return [
      {
        indicator: gap.indicator,
        weakness,
        gap,
        concept,
        ideas,
        total,
        linkTheme,
        solution,
        solutionExample,
        solutionEntry: entry,
      },
    ];
  };
  // In page order, so that a solution's quote is never an idea listed higher up.
  const groups = { clear: [] as BridgeGroup[], possible: [] as BridgeGroup[] };
  for (const gap of clear) groups.clear.push(...(await group(gap, 'clear')));
  for (const gap of possible) groups.possible.push(...(await group(gap, 'possible')));
  if (clear.length > 0) return { ...groups, basis: 'components', professionIdeas: null, branchesKnown };
  // A name the contract does not know: its colleagues' ideas are those published under the table's name.
  const known = reader.profession ?? profession.name;
  const professionIdeas = await services.ideasCache.get(
    JSON.stringify(['profession-ideas', known, preferBranches]),
    async () =>
      selectProfessionIdeas({
        candidates: await services.ideas.ofProfession(known),
        profession: known,
        preferBranches,
      }),
  );
  // A classified profile with nothing from or about its profession keeps its plain "none clearly weak";
  // an unclassified one of a name no idea carries says the databank has none.
  if (professionIdeas.total === 0 && (isClassified(profession) || reader.profession === null))
    return {
      ...groups,
      basis: isClassified(profession) ? 'components' : 'unknown',
      professionIdeas: null,
      branchesKnown,
    };
  return { ...groups, basis: 'profession', professionIdeas, branchesKnown };
}

/** The theme's solutions from the clusters engineer's cached API; null for a theme without them. */
async function themeSolutionsOrNull(services: AppServices, theme: string): Promise<ThemeSolutions | null> {
  try {
    return await cachedSolutions(services, theme);
  } catch (error) {
    if (error instanceof HttpProblem && error.status === 404) return null;
    throw error;
  }
}

/**
 * The bridge as the JSON API gives it: per component its weakness, its ideas with what the page says of
 * them (`same`: the undecided near-duplicates an idea stands for, itself first, "n keer ingestuurd";
 * `example`: a bundled example idea) and its solution in the shape of `GET /api/ideas/oplossingen`'s
 * clusters (with `theme`, `key`, its `index` there, and the quote chosen for the reader).
 */
export function bridgeDocument(bridge: ProfileBridge) {
  const entry = (g: BridgeGroup) => ({
    indicator: g.indicator,
    weakness: g.weakness,
    value: g.gap.value,
    lower: g.gap.lower,
    upper: g.gap.upper,
    median: g.gap.median,
    themes: g.concept.themes,
    solution:
      g.solution && g.solutionEntry
        ? { theme: g.solution.theme, key: g.solution.key, index: g.solution.index, ...g.solutionEntry }
        : null,
    ideas: g.ideas.map((idea) => ({
      id: idea.id,
      text: idea.text,
      branch: idea.branch,
      // Unknown (null) when the bridge does not know the profession's branches.
      ownBranch: bridge.branchesKnown ? idea.ownBranch : null,
      ownProfession: idea.ownProfession,
      terms: idea.terms,
      same: idea.same,
      sameText: idea.sameText,
      example: idea.example,
    })),
  });
  const fromProfession = bridge.professionIdeas;
  return {
    basis: bridge.basis,
    branchesKnown: bridge.branchesKnown,
    clear: bridge.clear.map(entry),
    possible: bridge.possible.map(entry),
    professionIdeas: fromProfession && {
      profession: fromProfession.profession,
      total: fromProfession.total,
      fromProfession: fromProfession.fromProfession,
      byText: fromProfession.byText,
      ideas: fromProfession.ideas.map((idea) => ({
        id: idea.id,
        text: idea.text,
        branch: idea.branch,
        profession: idea.profession,
        source: idea.source,
        ownBranch: bridge.branchesKnown ? idea.ownBranch : null,
        example: idea.example,
      })),
    },
  };
}
