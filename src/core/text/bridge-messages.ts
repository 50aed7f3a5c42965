/** Dutch messages about the bridge configuration (config/bridge.json). */

const maybe = (nearest: string | null) => (nearest ? ` Bedoelde u '${nearest}'?` : '');

export const bridgeMessages = {
  /** What a config/bridge.json as a whole must be, for `expected` in an error. */
  expectedConfig: 'brugconfiguratie met de velden version, concepts en professions',
  /** What a field of config/bridge.json must hold, for `expected` in an error. */
  expected: {
    component: 'een hulpbron of taakeis uit het datacontract',
    theme: 'een thema uit config/themes.json',
    termOnce: 'elk woord één keer',
    profession: 'een van de 23 beroepen',
    branch: 'een van de 10 branches',
    group: 'een groep uit config/thesaurus.json',
  },
  structure: (file: string, path: string, detail: string) =>
    `${file}, bij '${path || '(hoofdniveau)'}': ${detail}.`,
  wrongType: (expected: string, found: string) => `verwacht ${expected}, gevonden ${found}`,
  unknownField: (keys: readonly string[]) =>
    `onbekend veld ${keys.map((key) => `'${key}'`).join(', ')}; toegestaan zijn version, concepts, professions, note en termsNote (en per concept note, themes, terms, notAfter, groups, groupsExcept en counts)`,
  empty: 'mag niet leeg zijn',
  unknownTheme: (file: string, component: string, label: string, nearest: string | null) =>
    `${file}: het concept '${component}' noemt het thema '${label}', dat niet in config/themes.json staat.${maybe(nearest)}`,
  unknownComponent: (file: string, id: string, nearest: string | null) =>
    `${file}: '${id}' is geen hulpbron of taakeis uit het datacontract; verwacht een indicator-id.${maybe(nearest)}`,
  missingConcept: (file: string, id: string) =>
    `${file}: de component '${id}' heeft geen concept; geef de thema’s en woorden die erover gaan.`,
  duplicateTerm: (file: string, component: string, term: string) =>
    `${file}: het concept '${component}' noemt het woord '${term}' twee keer.`,
  unknownGroup: (file: string, component: string, group: string, nearest: string | null) =>
    `${file}: het concept '${component}' noemt de groep '${group}', die niet in config/thesaurus.json staat.${maybe(nearest)}`,
  unknownProfession: (file: string, name: string, nearest: string | null) =>
    `${file}: '${name}' is geen van de 23 beroepen.${maybe(nearest)}`,
  missingProfession: (file: string, name: string) =>
    `${file}: het beroep '${name}' ontbreekt; geef de branches waarin het werkt.`,
  unknownBranch: (file: string, profession: string, branch: string, nearest: string | null) =>
    `${file}: '${branch}' bij het beroep '${profession}' is geen van de 10 branches.${maybe(nearest)}`,
  duplicateBranch: (file: string, profession: string, branch: string) =>
    `${file}: de branche '${branch}' staat twee keer bij het beroep '${profession}'.`,
} as const;

/** Dutch names of JSON value types, for "verwacht …, gevonden …". */
export const JSON_TYPE_NAMES: Readonly<Record<string, string>> = {
  object: 'een object',
  array: 'een lijst',
  string: 'een tekst',
  number: 'een getal',
  boolean: 'waar/onwaar',
  null: 'null',
  undefined: 'niets (veld ontbreekt)',
  record: 'een object',
};
