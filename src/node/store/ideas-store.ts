/**
 * The ideas databank as one object over a {@link Database}: import a batch, search, read, curate,
 * decide labels, theme figures, bridge candidates, erase. Each method is the store function of the
 * same concern (ideas-*.ts), bound to the database, so callers hold one interface and the SQL stays
 * in this folder. PGlite and PostgreSQL both sit behind `Database`.
 */
import type { IdeaBatch } from '../../core/ideas/idea-batch.js';
import type { IdeaSearchParams } from '../../core/ideas/search-params.js';
import type { BridgeConcept } from '../../core/contract/bridge-config.js';
import type { BridgeCandidate } from '../../core/ideas/bridge-selection.js';
import type { ProfessionCandidate } from '../../core/ideas/profession-ideas.js';
import type { Database } from './database.js';
import type { ExampleIdeas } from '../../core/ideas/example-ideas.js';
import { bridgeCandidates } from './ideas-bridge.js';
import { professionCandidates } from './ideas-profession.js';
import {
  addIdea,
  editIdea,
  getStoredIdea,
  hideIdea,
  ideaHistory,
  rethemeIdea,
  unhideIdea,
  type CurationOptions,
  type CurationResult,
  type IdeaInput,
  type IdeaVersion,
  type StoredIdea,
} from './ideas-curation.js';
import { eraseIdea, listErasures, type Erasure } from './ideas-erase.js';
import { exampleIdeas, isExampleIdea } from './ideas-example.js';
import { remaskIdeas, type RemaskOptions, type RemaskResult } from './ideas-remask.js';
import {
  hasImportedIdeas,
  importIdeaBatch,
  type IdeaBatchOptions,
  type IdeasImportResult,
} from './ideas-import-batch.js';
import {
  decideLabel,
  labelDecisions,
  unknownLabels,
  type LabelDecision,
  type LabelOutcome,
  type LabelRequest,
  type UnknownLabel,
} from './ideas-labels.js';
import {
  getPublicIdea,
  searchIdeas,
  type IdeaSearchItem,
  type IdeaSearchOptions,
  type IdeaSearchResult,
} from './ideas-search.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import type { WordMemo } from './plan-memo.js';
import { forgetConceptStatistics } from './search-concepts.js';
import { THESAURUS } from '../../core/ideas/analyzer/thesaurus.js';
import { themeCombinations, themeStats, type ThemeCombination, type ThemeStats } from './ideas-themes.js';

export interface IdeasStore {
  /** Writes a batch from an importer in one transaction (ideas-import-batch.ts). */
  importBatch(batch: IdeaBatch, options?: IdeaBatchOptions): Promise<IdeasImportResult>;
  /** Whether any batch was ever imported. */
  hasImported(): Promise<boolean>;
  /** The contract's search (ideas-search.ts); public audience unless the options say otherwise. */
  search(params: IdeaSearchParams, options?: IdeaSearchOptions): Promise<IdeaSearchResult>;
  /**
   * The plan of a query (vocabulary reads only), for a caller that keeps it and passes it to search;
   * with `words`, the words' vocabulary lookups are kept there for the next queries (plan-memo.ts).
   */
  plan(query: string, words?: WordMemo): Promise<QueryPlan>;
  /** One visible idea with its published values, or undefined. */
  publicIdea(id: string): Promise<IdeaSearchItem | undefined>;
  /** Whether the visible ideas are example data, real data or both. */
  exampleStatus(): Promise<ExampleIdeas>;
  /** True when the idea is example data; false for a real or unknown idea. */
  isExample(id: string): Promise<boolean>;
  /** One idea with everything a curator sees, or undefined. */
  storedIdea(id: string): Promise<StoredIdea | undefined>;
  add(input: IdeaInput, options: CurationOptions): Promise<CurationResult>;
  edit(
    id: string,
    changes: Partial<Omit<IdeaInput, 'id'>>,
    options: CurationOptions,
  ): Promise<CurationResult>;
  retheme(id: string, themes: string | readonly string[], options: CurationOptions): Promise<CurationResult>;
  hide(id: string, options: CurationOptions): Promise<CurationResult>;
  unhide(id: string, options: CurationOptions): Promise<CurationResult>;
  /** Every version of an idea, oldest first; empty for an unknown id. */
  history(id: string): Promise<IdeaVersion[]>;
  unknownLabels(): Promise<UnknownLabel[]>;
  labelDecisions(): Promise<LabelDecision[]>;
  decideLabel(request: LabelRequest, k?: number): Promise<LabelOutcome>;
  /** The theme figures: counts per theme, per theme and branch, and themes named together. */
  themes(): Promise<ThemeStats>;
  /** Visible ideas per combination of themes (the bridge's "all ideas" counts). */
  themeCombinations(): Promise<readonly ThemeCombination[]>;
  /** Ideas that may answer a profession's weak points (ideas-bridge.ts). */
  bridge(concepts: readonly BridgeConcept[], limit?: number): Promise<BridgeCandidate[]>;
  /** Ideas that may be from or about a profession (ideas-profession.ts). */
  ofProfession(profession: string, limit?: number): Promise<ProfessionCandidate[]>;
  /** Erases an idea with its whole history (erasure on request). */
  erase(id: string, options: { readonly reason: string }): Promise<Erasure>;
  erasures(): Promise<Erasure[]>;
  /** Runs today's masker over every stored idea, one transaction (ideas-remask.ts); `dryRun` only reports. */
  remask(options?: RemaskOptions): Promise<RemaskResult>;
}

/** The ideas store over `db`. */
export function ideasStore(db: Database): IdeasStore {
  return {
    // A bulk write runs ANALYZE (ideas-maintenance.ts), which changes the statistics a search plans
    // with (search-concepts.ts `keptConceptStatistics`): forget the kept ones.
    importBatch: (batch, options) =>
      importIdeaBatch(db, batch, options).finally(() => forgetConceptStatistics(db)),
    hasImported: () => hasImportedIdeas(db),
    search: (params, options) => searchIdeas(db, params, options),
    plan: (query, words) => planQuery(db, query, THESAURUS, words),
    publicIdea: (id) => getPublicIdea(db, id),
    exampleStatus: () => exampleIdeas(db),
    isExample: (id) => isExampleIdea(db, id),
    storedIdea: (id) => getStoredIdea(db, id),
    add: (input, options) => addIdea(db, input, options),
    edit: (id, changes, options) => editIdea(db, id, changes, options),
    retheme: (id, themes, options) => rethemeIdea(db, id, themes, options),
    hide: (id, options) => hideIdea(db, id, options),
    unhide: (id, options) => unhideIdea(db, id, options),
    history: (id) => ideaHistory(db, id),
    unknownLabels: () => unknownLabels(db),
    labelDecisions: () => labelDecisions(db),
    decideLabel: (request, k) => decideLabel(db, request, k),
    themes: () => themeStats(db),
    themeCombinations: () => themeCombinations(db),
    bridge: (concepts, limit) => bridgeCandidates(db, concepts, limit),
    ofProfession: (profession, limit) => professionCandidates(db, profession, limit),
    erase: (id, options) => eraseIdea(db, id, options),
    erasures: () => listErasures(db),
    // A real run may ANALYZE (many ideas changed): forget the kept statistics as after an import.
    remask: (options) => remaskIdeas(db, options).finally(() => forgetConceptStatistics(db)),
  };
}
