/** Fixed Dutch labels shown to readers. */
import type { ExampleIdeas } from '../ideas/example-ideas.js';

/** Shown with every output derived from the bundled constructed data. */
export const EXAMPLE_DATA_LABEL = 'voorbeelddata — geen CBS-cijfers';

/** The same for ideas: constructed by the makers, not words of the survey's respondents. */
export const EXAMPLE_IDEAS_LABEL =
  'voorbeelddata — zelf geschreven ideeën, geen uitspraken uit het onderzoek';
/** Ideas of which only some are constructed examples, beside real submissions. */
export const SOME_EXAMPLE_IDEAS_LABEL = 'deels voorbeelddata — een deel van de ideeën is zelf geschreven';

/**
 * The `notice` of a JSON answer that serves ideas, as the analysis answers carry the dataset's label:
 * a label when (some of) the ideas are constructed examples, else null.
 */
export function ideasNotice(example: ExampleIdeas): string | null {
  if (example === 'none') return null;
  return example === 'all' ? EXAMPLE_IDEAS_LABEL : SOME_EXAMPLE_IDEAS_LABEL;
}

export const QUADRANT_NAMES: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'Weinig gevraagd, weinig geboden',
  2: 'Veel gevraagd, weinig geboden',
  3: 'Weinig gevraagd, veel geboden',
  4: 'Veel gevraagd, veel geboden',
};

export const QUADRANT_SHORT: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'lage eisen, lage hulpbronnen',
  2: 'hoge eisen, lage hulpbronnen',
  3: 'lage eisen, hoge hulpbronnen',
  4: 'hoge eisen, hoge hulpbronnen',
};

export const INDEX_LABELS = { resources: 'Hulpbronnenindex', demands: 'Taakeisenindex' } as const;
