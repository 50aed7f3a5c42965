/**
 * Every profession of an analysis with its published figures, classified or not: the one list that
 * rankings, profiles, the report's table and the downloads read, so an unclassified profession is left
 * out only of what needs its indices (medians, quadrants, correlations, ranks).
 */
import { compareNames } from '../contract/names.js';
import type {
  AnalysisResult,
  ProfessionFigures,
  ProfessionResult,
  UnclassifiedProfession,
} from './result.js';

export type AnyProfession = ProfessionResult | UnclassifiedProfession;

/** Whether the profession has indices and a quadrant. */
export function isClassified(profession: ProfessionFigures): profession is ProfessionResult {
  return 'quadrant' in profession;
}

/** Classified and unclassified professions together, sorted by name. */
export function everyProfession(result: AnalysisResult): AnyProfession[] {
  return [...result.professions, ...result.unclassified].sort((a, b) => compareNames(a.name, b.name));
}
