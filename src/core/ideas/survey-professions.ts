/**
 * The professions of the survey tables an analyst has stored are known professions. The product reads
 * the real CBS table (domain brief); a new table may name professions the contract's list of 23 does not
 * hold ("Ambulanceverpleegkundigen"). An idea naming such a profession exactly — after the label
 * matcher's normalisation: case, accents, punctuation, white space and a bracketed abbreviation aside —
 * names a profession the table vouches for, not free text that may hold a person or a team: it needs no
 * curator's approval, and it carries the table's spelling. A name the contract knows stays the
 * contract's (its aliases win: "Kraamverzorgenden" is Verzorgenden thuis- en kraamzorg). The
 * k-anonymity rule is untouched: a known profession is only eligible to be published, and a
 * combination shared by fewer than k ideas is still not (k-anonymity.ts).
 */
import { compareCodeUnits } from '../contract/names.js';
import { PROFESSION_LABELS } from '../contract/professions.js';
import type { Warning } from '../contract/problems.js';
import { ideaFieldNames, ideasMessages } from '../text/ideas-messages.js';
import type { Idea } from './idea.js';
import { makeLabelMatcher, type LabelMatcher } from './label-matcher.js';

/** The stored tables' profession names the contract does not know, each once, in code-unit order. */
export function surveyProfessionLabels(
  names: readonly string[],
  contract: LabelMatcher = PROFESSION_LABELS,
): string[] {
  const own = names.map((name) => name.trim().replace(/\s+/g, ' ')).filter(Boolean);
  return [...new Set(own.filter((name) => contract.exact(name) === null))].sort(compareCodeUnits);
}

/** A matcher over those names (no aliases): `exact` gives the table's spelling of a written name. */
export function surveyProfessionMatcher(labels: readonly string[]): LabelMatcher {
  return makeLabelMatcher(labels.map((label) => ({ label })));
}

/** Whether a warning is the import's "unknown profession" (normalise-row.ts). */
function isUnknownProfession(warning: Warning): boolean {
  return (
    warning.code === 'unknown-label' &&
    warning.expected === ideasMessages.expectedLabel(ideaFieldNames.profession)
  );
}

/**
 * A batch's ideas with every profession a stored table names written as the table writes it, and the
 * batch's warnings without the "unknown profession" of those: they are known.
 */
export function adoptSurveyProfessions(
  ideas: readonly Idea[],
  warnings: readonly Warning[],
  labels: readonly string[],
): { readonly ideas: Idea[]; readonly warnings: Warning[] } {
  if (labels.length === 0) return { ideas: [...ideas], warnings: [...warnings] };
  const matcher = surveyProfessionMatcher(labels);
  const tableName = (written: string | null | undefined) =>
    written && PROFESSION_LABELS.exact(written) === null ? matcher.exact(written) : null;
  return {
    ideas: ideas.map((idea) => {
      const name = tableName(idea.profession);
      return name === null || name === idea.profession ? idea : { ...idea, profession: name };
    }),
    warnings: warnings.filter((w) => !(isUnknownProfession(w) && tableName(w.found) !== null)),
  };
}
