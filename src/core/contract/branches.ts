/**
 * The branches of health and welfare as AZW and CBS use them. A bracketed abbreviation in a label
 * (`(GGZ)`, `(VVT)`) is accepted on its own as well.
 */
export const BRANCHES = [
  "UMC's",
  'Ziekenhuizen en overige medisch specialistische zorg',
  'Geestelijke gezondheidszorg (GGZ)',
  'Huisartsen en gezondheidscentra',
  'Verpleging, verzorging en thuiszorg (VVT)',
  'Gehandicaptenzorg',
  'Sociaal werk',
  'Jeugdzorg',
  'Kinderopvang',
  'Overige zorg en welzijn',
] as const;

export type Branch = (typeof BRANCHES)[number];

/** Other names accepted for a branch. */
export const BRANCH_ALIASES: Readonly<Record<Branch, readonly string[]>> = {
  "UMC's": ['UMC', 'Universitair medische centra', 'Universitair medisch centrum'],
  'Ziekenhuizen en overige medisch specialistische zorg': ['Ziekenhuizen', 'Ziekenhuis', 'Ziekenhuiszorg'],
  'Geestelijke gezondheidszorg (GGZ)': [],
  'Huisartsen en gezondheidscentra': ['Huisartsenzorg', 'Gezondheidscentra'],
  // The settings of VVT care by their own names, as care workers search for them.
  'Verpleging, verzorging en thuiszorg (VVT)': [
    'Ouderenzorg',
    'Thuiszorg',
    'Verpleeghuis',
    'Verpleeghuizen',
    'Verpleeghuiszorg',
    'Verzorgingshuis',
    'Verzorgingshuizen',
    'Wijkverpleging',
  ],
  Gehandicaptenzorg: ['Gehandicaptensector', 'GHZ'],
  'Sociaal werk': ['Welzijn', 'Welzijnswerk'],
  Jeugdzorg: [],
  // The settings of childcare by their own names, as the VVT settings above.
  Kinderopvang: [
    'Kinderdagverblijf',
    'Kinderdagverblijven',
    'KDV',
    'Buitenschoolse opvang',
    'BSO',
    'Kindcentrum',
    'Kindcentra',
    'Gastouder',
    'Gastouders',
    'Gastouderopvang',
    'Peuteropvang',
    'Peuterspeelzaal',
  ],
  'Overige zorg en welzijn': ['Overig'],
};
