/**
 * The word lists of the name detector (mask-names.ts): cues (forms of address, titles, role words),
 * tussenvoegsels, and the words that are never a name after a cue (months, places, departments,
 * organisations, products, clause words, fields of care and job-title words), with the tests built on
 * them (a field word, a word that is never a name).
 */
import { BRANCHES, BRANCH_ALIASES } from '../contract/branches.js';
import { PROFESSIONS, PROFESSION_ALIASES } from '../contract/professions.js';
import { THESAURUS } from './analyzer/thesaurus.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';

/** Forms of address and titles: the name may start with initials or a tussenvoegsel. */
export const ADDRESS = new Set(
  'mevrouw mevr mw meneer mijnheer dhr dokter dr zuster broeder juffrouw juf meester pastor dominee familie'.split(
    ' ',
  ),
);
/**
 * The forms of address that are abbreviations: only these may carry a dot before the name (`mw. Bakker`).
 * After a whole word a dot ends the sentence (`Bel de dokter. Morgen …`, `met de familie. Eén gesprek …`).
 */
export const ADDRESS_ABBREVIATIONS = new Set('mevr mw dhr dr fam'.split(' '));
/** Cues for a family name (`de familie Öztürk`, `Familie van 't Hof`, `fam. Jansen`): no clause may follow. */
export const FAMILY = new Set(['familie', 'fam']);
/** Abbreviations that are a title only with their dot (`ir. Smit`, not `ir`). */
export const DOTTED = new Set('ir drs prof mr ing zr fam'.split(' '));
/** Role words: a capitalised word must follow directly. */
export const ROLES = new Set(
  [
    'collega teamleider teamleidster teamcoach manager leidinggevende planner roosteraar roostermaker',
    'cliënt client bewoner bewoonster patiënt patient directeur bestuurder coördinator coordinator',
    'locatiemanager zorgmanager afdelingshoofd praktijkmanager begeleider begeleidster mentor',
    'werkbegeleider stagiair stagiaire leerling verpleegkundige wijkverpleegkundige verzorgende',
    'verzorgster huisarts fysiotherapeut ergotherapeut psycholoog psychiater orthopedagoog',
    'gedragsdeskundige buurvrouw buurman vrijwilliger vrijwilligster mantelzorger secretaresse',
    'receptionist receptioniste zorgcoördinator zorgcoordinator arts',
  ]
    .join(' ')
    .split(' '),
);
/** Possessives inside the brackets after a name: `Anouk (onze planner)`. */
export const POSSESSIVES = new Set('onze ons mijn de haar zijn hun jullie'.split(' '));
/** Tussenvoegsels: lower case or capitalised (`van`, `Van`, `El`). */
export const PARTICLES = new Set(
  "van de der den ter ten te het 't in op el al la le du da di del della dos das ben bin ibn von vom zu".split(
    ' ',
  ),
);
/** Particles that only join when another particle follows (`In 't Veld`, `Op den Brouw`). */
export const LEADING_ONLY = new Set(['in', 'op']);
/** Departments, fields and teams: never a name after a cue, and a job title after a role word. */
const DEPARTMENTS = [
  'zorg welzijn wonen thuiszorg ouderenzorg jeugdzorg gehandicaptenzorg kinderopvang ggz',
  'dagbesteding bedrijfsvoering facilitair personeel personeelszaken kwaliteit financiën',
  'communicatie behandeling revalidatie psychiatrie verpleging verpleegkunde opleidingen',
  'opleiding planning roostering team teams afdeling locatie regio wijk nacht dag avond',
  'specialist ouderengeneeskunde geriatrie verstandelijk gehandicapten huisarts arts',
  'intensive care spoedeisende hulp gezin jeugd ambulant ambulante operations social lean rooster',
  'roosters zorgplan dementie alzheimer parkinson korsakov rode kruis',
];
/** Capitalised words that are never a name after a cue. */
export const NOT_NAMES = new Set(
  [
    // Months, days, God.
    'januari februari maart april mei juni juli augustus september oktober november december',
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend kerst pasen',
    'god gods heer here jezus christus allah',
    // Places, regions, languages.
    'nederland nederlands holland brabant limburg utrecht groningen friesland drenthe overijssel',
    'gelderland flevoland zeeland amsterdam rotterdam haag eindhoven tilburg almere breda nijmegen',
    'arnhem zwolle leiden maastricht enschede haarlem apeldoorn amersfoort dordrecht zaandam',
    'noord zuid oost west midden centraal centrum engels turks arabisch pools duits frans',
    'belgië duitsland europa randstad',
    // Departments, fields and teams.
    ...DEPARTMENTS,
    'turkse marokkaanse surinaamse antilliaanse poolse syrische nederlandse europese',
    // Organisations and products.
    'humanitas buurtzorg cordaan zorgbelang vilans actiz philadelphia menzis achmea zilveren',
    'nedap ons excel word outlook zoom google facebook instagram twitter windows office',
    'microsoft apple samsung philips android teams caren medimo ysis chipsoft epic',
    'covid corona',
  ]
    .join(' ')
    .split(' '),
);
/** Capitalised words that open a sentence before a name written without a cue (`Volgens Karin …`). */
export const OPENERS = new Set(
  [
    'volgens gisteren vandaag morgen toen nu ook maar want dus en bij met voor na door zonder daarom',
    'omdat als dan dat die dit deze ik wij we zij ze hij u jij je mijn onze ons een wat wie waarom hoe',
    'helaas soms vaak altijd nooit samen alleen sinds tijdens over aan uit tot vanaf laatst zelfs',
    // Closings and greetings (`Groetjes Sanne (verpleegkundige)`).
    'groet groeten groetjes liefs hoi hallo hey beste doei bedankt dank mvg gr groetje',
  ]
    .join(' ')
    .split(' '),
);
/**
 * Capitalised words that open a clause, not a name, after a role word in a sentence without its full
 * stop (`ik ben verpleegkundige Elke dag …`, `als teamleider Wil ik …`, `Beste manager Neem …`):
 * determiners, pronouns, function words, auxiliaries and common verbs. `Wil` is also a first name: it
 * counts as a verb only before a subject (AMBIGUOUS_VERBS).
 */
export const CLAUSE_WORDS = new Set(
  [
    'elke elk iedere ieder geen niemand iemand iedereen alles niets niks het de er hier daar zo wel',
    'niet heel erg zeer meer minder veel weinig beste geachte hallo hoi graag liever misschien',
    'wil wilt willen heeft hebben heb had hadden is ben bent zijn was waren kan kun kunt kunnen moet',
    'moeten mag mogen zal zult zullen zou zouden wordt worden werd gaat gaan ga doet doen doe komt',
    'komen kom krijgt krijgen krijg neem neemt nemen geef geeft geven zegt zeggen zeg vindt vinden',
    'vind werk werkt help helpt helpen leert leren leer staat staan sta zit zitten ligt liggen blijft',
    'blijven weet weten ervaar ervaart ervaren zorgt denk denkt zie ziet zien loop loopt lopen maak',
    'maakt maken houd houdt vraag vraagt vragen voel voelt merk merkt mis mist probeer probeert let',
    'lees leest hoop hoopt zet zorgen regel regelt bel belt zelf',
  ]
    .join(' ')
    .split(' '),
);
for (const word of OPENERS) CLAUSE_WORDS.add(word);
/** Verbs that are also first names: a clause word only before a subject (`Wil ik`, not `Wil de Boer`). */
export const AMBIGUOUS_VERBS = new Set(['wil']);
export const SUBJECTS = new Set('ik je jij we wij u hij zij ze men het er'.split(' '));
/**
 * Words of fields of care, departments and client groups: after a role word they make a job title
 * (`Verpleegkundige Oncologie`, `Coördinator Vrijwilligers`, `Begeleider Beschermd Wonen`), not a name.
 * The words of the professions and branches lists and of the search thesaurus, a few more, and endings.
 */
const FIELD_WORDS = new Set(
  [
    'jongeren jongere ouderen kinderen cliënten clienten bewoners patiënten patienten gezinnen',
    'dialyse autisme oncologie participatie maatschappij gezondheid beschermd verslaving verslavingszorg',
    'vertrouwenspersoon beleid hr ict',
    ...DEPARTMENTS,
  ]
    .join(' ')
    .split(' '),
);
for (const label of [
  ...BRANCHES,
  ...Object.values(BRANCH_ALIASES).flat(),
  ...PROFESSIONS,
  ...Object.values(PROFESSION_ALIASES).flat(),
])
  for (const word of label.toLowerCase().split(/[^\p{L}]+/u)) if (word.length > 2) FIELD_WORDS.add(word);
for (const term of THESAURUS.terms) if (!term.includes(' ') && term.length > 2) FIELD_WORDS.add(term);
export const FIELD_ENDINGS = [
  'logie',
  'kunde',
  'zorg',
  'hulp',
  'zaken',
  'isme',
  'therapie',
  'wonen',
  'leiding',
  'handeling',
  'steuning',
  'pleging',
  'houding',
  'atie',
  'iatrie',
  'lyse',
  'beleid',
  'persoon',
  'vastgoed',
  'atieve',
  'entieve',
  'itaire',
  'ische',
  'lijke',
];

/**
 * Endings that are nouns of their own (`zorg`, `hulp`): they make a field word or an organisation only
 * as the head of a compound whose first word is one too (`Jeugdhulp`, `Thuiszorg`, `Wijkteam`), not
 * after a prefix of a surname (`Verhulp`, `Verzorg`, `Ophulp`). See {@link compoundOf}.
 */
const NOUN_ENDINGS = new Set([
  'zorg',
  'hulp',
  'zaken',
  'wonen',
  'persoon',
  'beleid',
  'vastgoed',
  'groep',
  'huis',
  'team',
]);
/** First words of such compounds shorter than MIN_COMPOUND_HEAD that are words (`Nazorg`, `Dagzorg`). */
const SHORT_HEADS = new Set(['na', 'dag', 'ggz', 'vvt', 'ghz', 'bso', 'kdv', 'zee']);
const MIN_COMPOUND_HEAD = 4;

/**
 * Does `word` end in `ending` as a field word or an organisation does? For a noun of its own
 * (NOUN_ENDINGS) the word is that noun alone or a compound: the part before it a word (at least
 * MIN_COMPOUND_HEAD letters, a short word of SHORT_HEADS, or a field word). `Verhulp` is a surname.
 */
export function compoundOf(word: string, ending: string): boolean {
  if (!word.endsWith(ending)) return false;
  if (!NOUN_ENDINGS.has(ending) || word.length === ending.length) return true;
  const head = word.slice(0, -ending.length).replace(/[-s]$/, '');
  return head.length >= MIN_COMPOUND_HEAD || SHORT_HEADS.has(head) || FIELD_WORDS.has(head);
}

/**
 * Attributive adjectives that open a job title after a role word (`Verpleegkundige Algemene
 * Ziekenhuizen`, `Manager Centrale Diensten`, `Verpleegkundige Gesloten Afdeling`): never a first
 * name. A list, not endings: `Pascale` and `Daniele` are first names.
 */
export const TITLE_ADJECTIVES = new Set(
  [
    'algemene algemeen acute acuut complexe complex centrale centraal gesloten besloten open openbare',
    'eerste tweede derde nieuwe zware lichte ernstige meervoudige gespecialiseerde kleinschalige',
    'beschermde intensieve sociale medische integrale regionale extramurale intramurale residentiële',
    'functionele individuele lokale landelijke',
  ]
    .join(' ')
    .split(' '),
);

/** Endings of organisation and department names (`Zorggroep`, `Zonnehuis`, `Wijkteam`). */
export const NOT_NAME_ENDINGS = [
  'zorg',
  'groep',
  'huis',
  'centrum',
  'team',
  'raad',
  'dienst',
  'kliniek',
  'stichting',
  'instituut',
  'college',
  'land',
];
for (const word of [...ADDRESS, ...DOTTED, ...ROLES]) NOT_NAMES.add(word);

/** Anything outside printable ASCII: the word may need composing. */
export const NON_ASCII = /[^ -~]/;

/**
 * A word (lower case) that is never a name, whatever cue stands before it: months, places,
 * departments, organisations (NOT_NAMES), fields of care and roles, clause words and Dutch stop words.
 * For names read without their capitals (mask-capitals.ts) and for repeated mentions (mask-repeats.ts).
 * `endings`: also a word ending like an organisation (`Zorggroep`, `Zonnehuis`); not for a later part
 * of a name, where `-huis` and `-land` are surnames (`Oosterhuis`).
 */
export function neverAName(word: string, endings = true): boolean {
  return (
    NOT_NAMES.has(word) ||
    CLAUSE_WORDS.has(word) ||
    DUTCH_STOP_WORDS.has(word) ||
    TITLE_ADJECTIVES.has(word) ||
    isFieldWord(word) ||
    (endings && NOT_NAME_ENDINGS.some((ending) => compoundOf(word, ending)))
  );
}

/** A tussenvoegsel (lower case): `van`, `de`, `el`, … */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/**
 * Endings of organisations that also end Dutch surnames (`Oosterhuis`, `Nijhuis`, `Hoogland`): right
 * after a first name (`Thijs Oosterhuis`) such a word is a surname, not a care home.
 */
export const SURNAME_ENDINGS = ['huis', 'land'];

/** Folded (no accents) for the thesaurus, which holds its terms so. */
function fold(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** A word of a field of care or a department, or a plural of a role (`Vrijwilligers`): a title. */
export function isFieldWord(word: string): boolean {
  for (const ending of FIELD_ENDINGS) if (compoundOf(word, ending)) return true;
  const stems = [word];
  if (word.endsWith("'s")) stems.push(word.slice(0, -2));
  else if (word.endsWith('s')) stems.push(word.slice(0, -1));
  if (word.endsWith('en')) stems.push(word.slice(0, -1), word.slice(0, -2));
  for (const stem of stems)
    if (FIELD_WORDS.has(stem) || FIELD_WORDS.has(fold(stem)) || ROLES.has(stem)) return true;
  return false;
}
