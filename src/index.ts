/**
 * The public library API of werkbalans: every public name re-exported explicitly. Deep imports are
 * blocked by `exports` in package.json.
 */

// Contract
export { INDICATORS, INDICATOR_IDS, matchIndicator } from './core/contract/indicators.js';
export { normaliseLabel } from './core/contract/names.js';
export type { IndicatorId, IndicatorGroup, IndicatorInfo } from './core/contract/indicators.js';
export type { SurveyTable, Observation, TableSource } from './core/contract/table.js';
export { InputErrors } from './core/contract/input-error.js';
export type { InputError } from './core/contract/input-error.js';

// Analysis (pure)
export { analyse } from './core/analysis/analyse.js';
export type { AnalysisOptions } from './core/analysis/analyse.js';
export { parseIndexConfig } from './core/analysis/index-config.js';
export type { IndexConfig } from './core/analysis/index-config.js';
export { OptionError } from './core/analysis/option-error.js';
export type {
  AnalysisResult,
  ProfessionResult,
  Correlation,
  QuadrantSummary,
  SensitivityScenario,
  Quadrant,
  RankInterval,
} from './core/analysis/result.js';

// Figures (pure definitions, shared with the browser)
export { FIGURES, listFigures, findFigure } from './core/charts/figures.js';
export type { Figure } from './core/charts/figures.js';

// Edges
export { importSurveyFile, importSurveyBytes } from './node/import/index.js';
export { analyseFile } from './node/analyse-file.js';
export { analysisJson } from './node/analysis-json.js';
export { readIndexConfig } from './node/config-file.js';
export { renderSvg } from './node/render/svg-string.js';
export { renderPng } from './node/render/png.js';
export { reportHtml } from './node/render/report-html.js';
export { openDatabase } from './node/store/database.js';
export type { Database, DatabaseOptions } from './node/store/database.js';
export { importIdeasFile } from './node/ideas-file.js';
export { searchIdeas } from './node/store/ideas-search.js';
