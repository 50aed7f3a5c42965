/** The facets of the ideas search, in the order pages show them (URL parameter names, Dutch). */
export const FACETS = ['thema', 'soort', 'branche', 'provincie', 'beroep'] as const;
export type Facet = (typeof FACETS)[number];
