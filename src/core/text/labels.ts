/** Fixed Dutch labels shown to readers. */

/** Shown with every output derived from the bundled constructed data. */
export const EXAMPLE_DATA_LABEL = 'voorbeelddata — geen CBS-cijfers';

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
