import { makeLabelMatcher, type LabelMatcher } from '../ideas/label-matcher.js';

/**
 * The 23 professions of the AZW employee survey (CBS custom table, Q4 2024), named as CBS and AZW name
 * them. Matching ignores case, accents, punctuation and a bracketed abbreviation; the singular forms
 * below are accepted too, because a worker writes "wijkverpleegkundige", not the plural.
 */
export const PROFESSIONS = [
  'Basisverpleegkundige niveau 4',
  'Doktersassistenten',
  'Fysiotherapeuten',
  'Gedragsdeskundigen (wo)',
  'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren',
  'Groeps- en woonbegeleiders',
  'Huisartsen',
  'Huishoudelijke hulpen',
  'Jeugdzorgwerkers',
  'Maatschappelijk werkers en specialistische sociale hulpverleners',
  'Managers zorginstellingen',
  'Medisch specialisten',
  'OK-assistenten',
  'Persoonlijk begeleiders',
  'Praktijkondersteuners',
  'Sociaal werkers',
  'Tandartsassistenten en mondhygiënisten',
  'Teamleiders en medewerkers kinderopvang',
  'Thuisbegeleiders',
  'Verpleegkundigen psychiatrie, ggz',
  'Verzorgenden intramuraal',
  'Verzorgenden thuis- en kraamzorg',
  'Wijkverpleegkundigen',
] as const;

export type Profession = (typeof PROFESSIONS)[number];

/** Other names accepted for a profession (singular forms and common short names). */
export const PROFESSION_ALIASES: Readonly<Record<Profession, readonly string[]>> = {
  'Basisverpleegkundige niveau 4': [
    'Basisverpleegkundigen',
    'Verpleegkundige niveau 4',
    'Mbo-verpleegkundige',
  ],
  Doktersassistenten: ['Doktersassistent', 'Doktersassistente'],
  Fysiotherapeuten: ['Fysiotherapeut'],
  // The university-trained behavioural experts of care: psychologists (also the GZ-psycholoog, a
  // postmaster registration) and orthopedagogues are what the "(wo)" group holds.
  'Gedragsdeskundigen (wo)': [
    'Gedragsdeskundige',
    'Gedragswetenschapper',
    'Gedragswetenschappers',
    'Psycholoog',
    'Psychologen',
    'Gz-psycholoog',
    'Gz-psychologen',
    'Orthopedagoog',
    'Orthopedagogen',
  ],
  'Gespecialiseerd verpleegkundigen en verpleegkundig coördinatoren': [
    'Gespecialiseerd verpleegkundige',
    'Verpleegkundig coördinator',
  ],
  'Groeps- en woonbegeleiders': [
    'Groepsbegeleider',
    'Woonbegeleider',
    'Groepsbegeleiders',
    'Woonbegeleiders',
  ],
  Huisartsen: ['Huisarts'],
  'Huishoudelijke hulpen': ['Huishoudelijke hulp'],
  Jeugdzorgwerkers: ['Jeugdzorgwerker'],
  'Maatschappelijk werkers en specialistische sociale hulpverleners': [
    'Maatschappelijk werker',
    'Maatschappelijk werkers',
  ],
  'Managers zorginstellingen': ['Manager zorginstelling', 'Manager zorg'],
  'Medisch specialisten': ['Medisch specialist'],
  'OK-assistenten': ['OK-assistent', 'Operatieassistent', 'Operatieassistenten'],
  'Persoonlijk begeleiders': ['Persoonlijk begeleider'],
  Praktijkondersteuners: ['Praktijkondersteuner', 'POH'],
  'Sociaal werkers': ['Sociaal werker'],
  'Tandartsassistenten en mondhygiënisten': ['Tandartsassistent', 'Mondhygiënist'],
  'Teamleiders en medewerkers kinderopvang': [
    'Pedagogisch medewerker',
    'Pedagogisch medewerkers',
    'Medewerker kinderopvang',
  ],
  Thuisbegeleiders: ['Thuisbegeleider'],
  'Verpleegkundigen psychiatrie, ggz': [
    'Verpleegkundige psychiatrie',
    'Ggz-verpleegkundige',
    'Ggz-verpleegkundigen',
    'Psychiatrisch verpleegkundige',
  ],
  'Verzorgenden intramuraal': ['Verzorgende intramuraal', 'Verzorgende IG'],
  'Verzorgenden thuis- en kraamzorg': ['Verzorgende thuiszorg', 'Kraamverzorgende', 'Kraamverzorgenden'],
  // "Wijkzuster": the everyday name of the district nurse.
  Wijkverpleegkundigen: ['Wijkverpleegkundige', 'Wijkzuster', 'Wijkzusters'],
};

/**
 * Names the profession finder (/beroepen) also knows, beside {@link PROFESSION_ALIASES}: what care
 * workers call the profession day to day (audit 8, finding 4). Only the finder reads them; the ideas
 * import and the bridge match a written profession by the aliases above alone.
 */
export const PROFESSION_SEARCH_NAMES: Readonly<Partial<Record<Profession, readonly string[]>>> = {
  // Psychiatrists and the other medical specialties are counted among the medical specialists.
  'Medisch specialisten': [
    'Psychiater',
    'Psychiaters',
    'Arts',
    'Artsen',
    'Specialist',
    'Chirurg',
    'Internist',
    'Kinderarts',
    'Longarts',
    'Cardioloog',
    'Neuroloog',
    'Anesthesioloog',
    'Klinisch geriater',
  ],
  'Verpleegkundigen psychiatrie, ggz': [
    'SPV',
    'Sociaal psychiatrisch verpleegkundige',
    'Sociaal psychiatrisch verpleegkundigen',
  ],
  // "poh ggz" finds them by POH, the setting word left out (name-search.ts SETTING_WORDS): an alias
  // POH-GGZ would make "ggz" alone find them beside the ggz nurses.
  Wijkverpleegkundigen: ['Wijkverpleging'],
  Thuisbegeleiders: ['Ambulant begeleider', 'Ambulant begeleiders', 'Ambulante begeleiding'],
  Jeugdzorgwerkers: ['Jeugdhulpverlener', 'Jeugdhulpverleners'],
  'Huishoudelijke hulpen': ['Huishoudelijk medewerker', 'Huishoudelijk medewerkers'],
  'Teamleiders en medewerkers kinderopvang': [
    "PM'er",
    "PM'ers",
    'Pedagogisch medewerker BSO',
    'Medewerker BSO',
    'Medewerker buitenschoolse opvang',
    'Leidster kinderdagverblijf',
  ],
  'Managers zorginstellingen': ['Zorgmanager', 'Zorgmanagers', 'Locatiemanager'],
};

/**
 * The one rule by which a written name is a contract profession: its label or one of its aliases, case,
 * accents, punctuation and white space aside, and a bracketed part too (`Basisverpleegkundigen (niveau 4)`
 * is `Basisverpleegkundige niveau 4` by its alias `Basisverpleegkundigen`). The ideas import, the
 * profession search, the bridge to the ideas and the comparison of versions all match through it.
 */
export const PROFESSION_LABELS: LabelMatcher = makeLabelMatcher(
  PROFESSIONS.map((label) => ({ label, aliases: PROFESSION_ALIASES[label] })),
);

/** The contract's profession a written name is (see {@link PROFESSION_LABELS}), or null. */
export function contractProfession(name: string): Profession | null {
  return (PROFESSION_LABELS.exact(name) as Profession | null) ?? null;
}

/**
 * The other names of the contract's profession that `name` is (its label or one of its aliases, as
 * {@link contractProfession} matches them): the label, the aliases and the finder's
 * {@link PROFESSION_SEARCH_NAMES}, `name` itself left out. A name the
 * contract does not know has none.
 */
export function otherProfessionNames(name: string): readonly string[] {
  const profession = contractProfession(name);
  if (profession === null) return [];
  return [
    profession,
    ...PROFESSION_ALIASES[profession],
    ...(PROFESSION_SEARCH_NAMES[profession] ?? []),
  ].filter((other) => other !== name);
}
