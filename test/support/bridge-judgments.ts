/**
 * Measuring the bridge against the judged set (test/data/bridge/judgments.json): every idea the bridge
 * lists on the profile pages of the example professions (single ideas and the quotes of the solutions
 * shown beside them), through the real path (the example data in
 * a PGlite store in memory, the analysis the pages use, profileBridge), looked up in the judgments.
 * Reports the on-topic share overall and per component, and every listed pair nobody judged.
 */
import { readFileSync } from 'node:fs';
import { shownVersion } from '../../src/node/store/datasets.js';
import { openDatabase } from '../../src/node/store/database.js';
import { createAppWithServices } from '../../src/node/server/app.js';
import { branchesOf, knownProfession, profileBridge } from '../../src/node/server/bridge-ideas.js';
import { isOtherOccupationsSubject, occupationsNamed } from '../../src/core/ideas/occupation-words.js';
import { readerFit } from '../../src/core/ideas/bridge-solutions.js';
import { workplaceBranchesNamed } from '../../src/core/ideas/workplace-words.js';
import { namesOtherClients } from '../../src/core/ideas/client-words.js';
import { importExampleData } from '../../src/node/server/example-data.js';

export const JUDGMENTS_FILE = 'test/data/bridge/judgments.json';

interface JudgmentsFile {
  readonly judgments: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  readonly reasons: Readonly<Record<string, string>>;
}

export interface ListedIdea {
  readonly profession: string;
  readonly component: string;
  readonly id: string;
}

/** A solution's quote on a profile, and how it fits the reader's profession. */
export interface SolutionQuote extends ListedIdea {
  /** The quote's branch is one of the profession's branches. */
  readonly ownBranch: boolean;
  /**
   * From another branch, it names as the writer's another occupation than the profession
   * (occupation-words.ts) or a workplace in none of the profession's branches (workplace-words.ts):
   * another reader's situation.
   */
  readonly otherOccupation: boolean;
  /** From any branch, its subject is another occupation's own situation (`isOtherOccupationsSubject`). */
  readonly otherSubject: boolean;
  /** From another branch, it names clients of none of the profession's branches (client-words.ts). */
  readonly otherClients: boolean;
}

/**
 * How a listed single idea fits its reader (readerFit): from the profession's main branch, from another
 * of its branches, from another branch naming no other occupation and no workplace outside the
 * profession's branches, or from another branch that is another occupation's situation.
 */
export type ReaderTier = 'main' | 'own' | 'other' | 'otherOccupation';
const TIER_ORDER: readonly ReaderTier[] = ['main', 'own', 'other', 'otherOccupation'];

/** A single idea under a component (not a solution's quote), in page order. */
export interface SingleIdea extends ListedIdea {
  readonly tier: ReaderTier;
  /** An idea above it on the same component fits the reader less (a worse tier). */
  readonly outOfOrder: boolean;
  /** From any branch, its subject is another occupation's own situation (`isOtherOccupationsSubject`). */
  readonly otherSubject: boolean;
}

export interface BridgeReport {
  readonly professions: number;
  readonly listed: number;
  readonly judged: number;
  readonly onTopic: number;
  /** On-topic share of the judged listed ideas (NaN when none is listed). */
  readonly share: number;
  readonly perComponent: Readonly<Record<string, { listed: number; onTopic: number }>>;
  readonly unjudged: readonly ListedIdea[];
  readonly offTopic: readonly (ListedIdea & { readonly reason: string | null })[];
  /** Components of a page with no idea (the honest "nog geen ideeën" text), as profession/component. */
  readonly empty: readonly string[];
  /** The quotes of the solutions shown beside the ideas. */
  readonly quotes: readonly SolutionQuote[];
  /** The single ideas under the components, each with how it fits the reader. */
  readonly singles: readonly SingleIdea[];
}

export function readJudgments(file = JUDGMENTS_FILE): JudgmentsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as JudgmentsFile;
}

/** What the bridge lists on every example profile, in page order. */
export async function listedByBridge(): Promise<{
  listed: ListedIdea[];
  empty: string[];
  professions: number;
  quotes: SolutionQuote[];
  singles: SingleIdea[];
}> {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    await importExampleData(db);
    const { services } = createAppWithServices({ db, config: { draws: 1_000 } });
    const version = await shownVersion(db);
    if (version === undefined) throw new Error('no example dataset');
    const { result } = await services.analyses.get(version);
    const listed: ListedIdea[] = [];
    const empty: string[] = [];
    const quotes: SolutionQuote[] = [];
    const singles: SingleIdea[] = [];
    for (const profession of result.professions) {
      const bridge = await profileBridge(services, result, profession);
      const branches = branchesOf(profession.name);
      const tierOf = (idea: { branch: string | null; text: string }): ReaderTier => {
        const fit = readerFit({ branches, profession: knownProfession(profession.name) }, idea);
        if (fit === null) return 'otherOccupation';
        return fit === 0 && branches.length > 0 ? 'main' : fit < branches.length ? 'own' : 'other';
      };
      for (const group of bridge.clear) {
        let worst = 0;
        for (const idea of group.ideas) {
          const item = { profession: profession.name, component: group.indicator, id: idea.id };
          listed.push(item);
          const tier = tierOf(idea);
          const rank = TIER_ORDER.indexOf(tier);
          singles.push({
            ...item,
            tier,
            outOfOrder: rank < worst,
            otherSubject: isOtherOccupationsSubject(idea.text, knownProfession(profession.name)),
          });
          worst = Math.max(worst, rank);
        }
        // A solution's quote is an idea shown under the component too.
        if (group.solution) {
          const item = {
            profession: profession.name,
            component: group.indicator,
            id: group.solution.quote.id,
          };
          listed.push(item);
          const { text, branch } = group.solution.quote;
          const own = knownProfession(profession.name);
          const named = occupationsNamed(text);
          const places = workplaceBranchesNamed(text);
          quotes.push({
            ...item,
            ownBranch: branches.includes(branch ?? ''),
            otherOccupation:
              !branches.includes(branch ?? '') &&
              ((named.length > 0 && (own === null || !named.includes(own))) ||
                (places.length > 0 && !places.some((b) => branches.includes(b)))),
            otherSubject: isOtherOccupationsSubject(text, own),
            otherClients: namesOtherClients(branches, { branch, text }),
          });
        }
      }
      for (const group of bridge.clear.slice(0, 3))
        if (group.ideas.length === 0) empty.push(`${profession.name}/${group.indicator}`);
    }
    return { listed, empty, professions: result.professions.length, quotes, singles };
  } finally {
    await db.close();
  }
}

export async function bridgeReport(judgments: JudgmentsFile = readJudgments()): Promise<BridgeReport> {
  const { listed, empty, professions, quotes, singles } = await listedByBridge();
  const perComponent: Record<string, { listed: number; onTopic: number }> = {};
  const unjudged: ListedIdea[] = [];
  const offTopic: (ListedIdea & { reason: string | null })[] = [];
  let judged = 0;
  let onTopic = 0;
  for (const item of listed) {
    const verdict = judgments.judgments[item.component]?.[item.id];
    if (verdict === undefined) {
      unjudged.push(item);
      continue;
    }
    judged++;
    const entry = (perComponent[item.component] ??= { listed: 0, onTopic: 0 });
    entry.listed++;
    if (verdict) {
      onTopic++;
      entry.onTopic++;
    } else offTopic.push({ ...item, reason: judgments.reasons[`${item.component}/${item.id}`] ?? null });
  }
  return {
    professions,
    listed: listed.length,
    judged,
    onTopic,
    share: onTopic / judged,
    perComponent,
    unjudged,
    offTopic,
    empty,
    quotes,
    singles,
  };
}
