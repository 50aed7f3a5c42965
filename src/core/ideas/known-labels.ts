/** The label matchers for an idea's branch, province, profession and themes. */
import { BRANCHES, BRANCH_ALIASES } from '../contract/branches.js';
import { PROFESSION_LABELS } from '../contract/professions.js';
import { PROVINCES, PROVINCE_ALIASES } from '../contract/provinces.js';
import { makeLabelMatcher, type LabelMatcher } from './label-matcher.js';
import { THEMES, type Theme } from './themes.js';

export interface IdeaLabelMatchers {
  readonly branch: LabelMatcher;
  readonly province: LabelMatcher;
  readonly profession: LabelMatcher;
  readonly theme: LabelMatcher;
}

export function ideaLabelMatchers(themes: readonly Theme[] = THEMES): IdeaLabelMatchers {
  return {
    branch: makeLabelMatcher(BRANCHES.map((label) => ({ label, aliases: BRANCH_ALIASES[label] }))),
    province: makeLabelMatcher(PROVINCES.map((label) => ({ label, aliases: PROVINCE_ALIASES[label] }))),
    profession: PROFESSION_LABELS,
    theme: makeLabelMatcher(
      themes.map((theme) => ({ label: theme.label, aliases: [theme.id, ...theme.aliases] })),
    ),
  };
}

/** The matchers over the bundled lists, built once. */
export const IDEA_LABELS: IdeaLabelMatchers = ideaLabelMatchers();

/** The label fields of an idea whose values can be unknown (free text). */
export const LABEL_FIELDS = ['branch', 'province', 'profession', 'theme'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** A value a curator accepted as a label of its own (it is public from then on). */
export interface AcceptedLabel {
  readonly field: LabelField;
  readonly label: string;
}

export type PublishableLabels = Readonly<Record<LabelField, ReadonlySet<string>>>;

/**
 * The labels that may be public: the known lists (config/themes.json and the contract's branches,
 * provinces and professions), the professions of the stored survey tables (`surveyProfessions`:
 * survey-professions.ts) and what a curator accepted. Any other value was written freely in an
 * import or a curation and may hold a name or a team ("Wijkteam Jansen"): it is held back from every
 * public view until a curator maps or accepts it.
 */
export function publishableLabels(
  accepted: readonly AcceptedLabel[] = [],
  labels: IdeaLabelMatchers = IDEA_LABELS,
  surveyProfessions: readonly string[] = [],
): PublishableLabels {
  const sets = {
    branch: new Set(labels.branch.labels),
    province: new Set(labels.province.labels),
    profession: new Set(labels.profession.labels),
    theme: new Set(labels.theme.labels),
  };
  for (const name of surveyProfessions) sets.profession.add(name);
  for (const { field, label } of accepted) sets[field].add(label);
  return sets;
}

/** The value if it may be public, else null. */
export function publishable(sets: PublishableLabels, field: LabelField, value: string | null): string | null {
  return value !== null && sets[field].has(value) ? value : null;
}
