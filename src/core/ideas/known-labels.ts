/** The label matchers for an idea's branch, province, profession and themes. */
import { BRANCHES, BRANCH_ALIASES } from '../contract/branches.js';
import { PROFESSIONS, PROFESSION_ALIASES } from '../contract/professions.js';
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
    profession: makeLabelMatcher(PROFESSIONS.map((label) => ({ label, aliases: PROFESSION_ALIASES[label] }))),
    theme: makeLabelMatcher(
      themes.map((theme) => ({ label: theme.label, aliases: [theme.id, ...theme.aliases] })),
    ),
  };
}

/** The matchers over the bundled lists, built once. */
export const IDEA_LABELS: IdeaLabelMatchers = ideaLabelMatchers();
