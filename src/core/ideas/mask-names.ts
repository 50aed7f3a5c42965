/**
 * The detector of people's names, on the shadow text (mask-normalise.ts), run last. A capitalised word
 * alone is not a name (sentence starts, places, products, months, organisations), so a name is only
 * looked for where a cue introduces it:
 * - a form of address or title: `mevrouw`, `mevr.`, `mw.`, `meneer`, `mijnheer`, `dhr.`, `de heer`,
 *   `dokter`, `dr.`, `zuster`, `broeder`, `juf`, … — followed by a name, which may start with initials
 *   or a tussenvoegsel (`dhr. de Vries`, `mw. A.B. van den Berg`);
 * - a role word: `collega`, `teamleider`, `manager`, `leidinggevende`, `planner`, `cliënt`, `bewoner`, …
 *   — followed by a capitalised word (`collega Sanne`, `teamleider Mohammed Al Idrissi`), by `'s` and
 *   names (`collega's Sanne en Joyce`) or by a name between commas (`mijn teamleider, Joyce, …`); or
 *   written after the name in brackets (`Anouk (onze planner)`). After a role word, a word of a field of
 *   care or a department makes a job title (`Verpleegkundige Oncologie`, FIELD_WORDS, FIELD_ENDINGS)
 *   — the first part only: after a first name it is a surname (`Mark Arts`, laterFieldPart) — and a
 *   function word or a verb opens a clause (`ik ben verpleegkundige Elke dag …`, CLAUSE_WORDS):
 *   neither is a name. Names listed after a masked one are masked too (`collega Mohammed, Fatima en
 *   Sanne`). Label fields never come here (mask.ts, MaskOptions.names).
 * The name is its capitalised parts with Dutch and other tussenvoegsels between them (`van`, `de`,
 * `der`, `den`, `ter`, `ten`, `'t`, `El`, `Al`, `Ben`, …) and hyphenated double names
 * (`Van den Berg-Smit`, `Van Dam-de Boer`); it ends with a capitalised part, so `mevrouw van de
 * planning` holds none. The cue stays and the name becomes `[naam]`: "mijn teamleider [naam]".
 * Words that are never a name after a cue are skipped: all capitals (`IG`, `ECD`), capitals inside
 * (`WhatsApp`), a domain (`Thuisarts.nl`), a word joined to a number or a lower-case word
 * (`Covid-19`, `Covid-positief`), months and days, `God`, places, departments, organisations and
 * products (NOT_NAMES). A first name without a cue ("Sanne en ik …") is not masked (README); names in
 * sign-offs and self-introductions (`Groetjes, …`, `ik ben …`) are mask-signoffs.ts's, which reads
 * them with nameEnd in role mode.
 * Bounded per start: a cue reads at most MAX_PARTS parts of at most MAX_PART characters.
 */
import { BRANCHES, BRANCH_ALIASES } from '../contract/branches.js';
import { PROFESSIONS, PROFESSION_ALIASES } from '../contract/professions.js';
import { THESAURUS } from './analyzer/thesaurus.js';
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { isFirstName } from './first-names.js';
import type { Scan } from './mask-scan.js';
import { isSelfWord } from './mask-self-words.js';
import { ADVERBS, STATES } from './mask-state-words.js';

/** Forms of address and titles: the name may start with initials or a tussenvoegsel. */
const ADDRESS = new Set(
  'mevrouw mevr mw meneer mijnheer dhr dokter dr zuster broeder juffrouw juf meester pastor dominee'.split(
    ' ',
  ),
);
/** Abbreviations that are a title only with their dot (`ir. Smit`, not `ir`). */
const DOTTED = new Set('ir drs prof mr ing zr'.split(' '));
/** Role words: a capitalised word must follow directly. */
const ROLES = new Set(
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
const POSSESSIVES = new Set('onze ons mijn de haar zijn hun jullie'.split(' '));
/** Tussenvoegsels: lower case or capitalised (`van`, `Van`, `El`). */
const PARTICLES = new Set(
  "van de der den ter ten te het 't in op el al la le du da di del della dos das ben bin ibn von vom zu".split(
    ' ',
  ),
);
/** Particles that only join when another particle follows (`In 't Veld`, `Op den Brouw`). */
const LEADING_ONLY = new Set(['in', 'op']);
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
const NOT_NAMES = new Set(
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
const OPENERS = new Set(
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
const CLAUSE_WORDS = new Set(
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
const AMBIGUOUS_VERBS = new Set(['wil']);
const SUBJECTS = new Set('ik je jij we wij u hij zij ze men het er'.split(' '));
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
const FIELD_ENDINGS = [
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
function compoundOf(word: string, ending: string): boolean {
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
const TITLE_ADJECTIVES = new Set(
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
const NOT_NAME_ENDINGS = [
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

const MAX_PARTS = 8;
const MAX_PART = 40;
/** Names read after a masked name in a list (`Mohammed, Fatima en Sanne`). */
const MAX_LISTED = 6;

export function isUpper(scan: Scan, i: number): boolean {
  const c = scan.code(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return false;
  const ch = scan.s.charAt(i);
  return ch !== ch.toLowerCase() && scan.isLetter(i);
}

function isApostrophe(scan: Scan, i: number): boolean {
  return scan.is(i, "'\u2019");
}

/** The lower-case word from `start` to `end`, composed (NFC), for the word lists. */
export function wordAt(scan: Scan, start: number, end: number): string {
  const word = scan.s.slice(start, end).toLowerCase();
  return NON_ASCII.test(word) ? word.normalize('NFC') : word;
}

/** Anything outside printable ASCII: the word may need composing. */
const NON_ASCII = /[^ -~]/;

export interface Part {
  readonly kind: 'name' | 'particle' | 'initials';
  readonly end: number;
  /** For a name part: where its capitalised run ends (`Van Dam-de` ends a name after `Dam`). */
  readonly nameEnd: number;
  /** For a name part: the lower-case word, and its first segment. */
  readonly word: string;
  readonly first: string;
}

/** Letters from `i` (marks too), at most MAX_PART; the end. */
function lettersEnd(scan: Scan, i: number): number {
  let j = i;
  while (j - i < MAX_PART && scan.isLetter(j)) {
    scan.step();
    j++;
  }
  return j;
}

/** Only lower-case letters (and marks) from `start` to `end`? */
function allLower(scan: Scan, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isUpper(scan, k)) return false;
  return true;
}

/** A token at `i` that can be part of a name, or null. */
export function partAt(scan: Scan, i: number): Part | null {
  if (scan.taken[i] || scan.isWord(i - 1)) return null;
  // `'t`
  if (isApostrophe(scan, i) && scan.is(i + 1, 'tT') && !scan.isWord(i + 2))
    return { kind: 'particle', end: i + 2, nameEnd: i, word: "'t", first: "'t" };
  if (!scan.isLetter(i)) return null;
  // Initials: `J.`, `A.B.`, `A.B.C.`.
  let k = i;
  while (k - i < 12 && isUpper(scan, k) && scan.is(k + 1, '.')) {
    scan.step();
    k += 2;
  }
  if (k > i && !scan.isLetter(k)) return { kind: 'initials', end: k, nameEnd: k, word: '', first: '' };
  const end = lettersEnd(scan, i);
  if (scan.isLetter(end)) return null;
  const word = wordAt(scan, i, end);
  if (!isUpper(scan, i)) {
    // A lower-case word is a name's part only as a particle.
    return PARTICLES.has(word) && !scan.isWord(end) && !isApostrophe(scan, end)
      ? { kind: 'particle', end, nameEnd: i, word, first: word }
      : null;
  }
  if (!allLower(scan, i + 1, end)) return null; // `IG`, `ECD`, `WhatsApp`
  if (PARTICLES.has(word) && scan.is(end, ' '))
    return { kind: 'particle', end, nameEnd: i, word, first: word };
  // Segments joined by a hyphen or an apostrophe: `Berg-Smit`, `O'Neill`, `Dam-de Boer`.
  let j = end;
  let nameEnd = end;
  let lowerTail = false;
  for (let n = 0; n < 4 && (scan.is(j, '-') || isApostrophe(scan, j)) && scan.isLetter(j + 1); n++) {
    if (isApostrophe(scan, j) && scan.is(j + 1, 's') && !scan.isLetter(j + 2)) break; // `Jansen's`
    const from = j + 1;
    const to = lettersEnd(scan, from);
    if (scan.isLetter(to)) return null;
    if (isUpper(scan, from) && allLower(scan, from + 1, to) && to - from > 1 && !lowerTail) {
      nameEnd = to;
    } else if (scan.is(j, '-') && PARTICLES.has(wordAt(scan, from, to)) && scan.is(to, ' ')) {
      lowerTail = true; // `Dam-de`, a capitalised part must follow
    } else return null; // `Covid-positief`, `Nedap-specialist`
    j = to;
  }
  if (j - i === 1) return null; // `cliënt A`: a letter is not a name
  // Joined to a number, an address or a domain: `Covid-19`, `Thuisarts.nl`, `Jan@…`.
  if (scan.is(j, '-@/_') || scan.isWord(j) || (scan.is(j, '.') && scan.isWord(j + 1))) return null;
  const full = wordAt(scan, i, j);
  const first = j === end ? full : word;
  return { kind: 'name', end: j, nameEnd: lowerTail ? nameEnd : j, word: full, first };
}

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

function notAName(part: Part): boolean {
  if (NOT_NAMES.has(part.word) || NOT_NAMES.has(part.first)) return true;
  for (const ending of NOT_NAME_ENDINGS) if (compoundOf(part.first, ending)) return true;
  return false;
}

/**
 * Endings of organisations that also end Dutch surnames (`Oosterhuis`, `Nijhuis`, `Hoogland`): right
 * after a first name (`Thijs Oosterhuis`) such a word is a surname, not a care home.
 */
const SURNAME_ENDINGS = ['huis', 'land'];

function surnameEnding(part: Part): boolean {
  return (
    !NOT_NAMES.has(part.word) &&
    !NOT_NAMES.has(part.first) &&
    SURNAME_ENDINGS.some((ending) => part.first.endsWith(ending) && part.first.length > ending.length)
  );
}

/** Folded (no accents) for the thesaurus, which holds its terms so. */
function fold(word: string): string {
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** A word of a field of care or a department, or a plural of a role (`Vrijwilligers`): a title. */
function isFieldWord(word: string): boolean {
  for (const ending of FIELD_ENDINGS) if (compoundOf(word, ending)) return true;
  const stems = [word];
  if (word.endsWith("'s")) stems.push(word.slice(0, -2));
  else if (word.endsWith('s')) stems.push(word.slice(0, -1));
  if (word.endsWith('en')) stems.push(word.slice(0, -1), word.slice(0, -2));
  for (const stem of stems)
    if (FIELD_WORDS.has(stem) || FIELD_WORDS.has(fold(stem)) || ROLES.has(stem)) return true;
  return false;
}

/** After a role word: does the capitalised first part open a clause or a title, not a name? */
function notANameAfterRole(scan: Scan, part: Part): boolean {
  if (isFieldWord(part.word) || TITLE_ADJECTIVES.has(part.word)) return true;
  if (!CLAUSE_WORDS.has(part.word)) return false;
  if (!AMBIGUOUS_VERBS.has(part.word)) return true;
  // `Wil ik`: a verb before its subject.
  if (!scan.is(part.end, ' ')) return false;
  const from = part.end + 1;
  const to = lettersEnd(scan, from);
  return to > from && SUBJECTS.has(wordAt(scan, from, to)) && !scan.isWord(to);
}

/**
 * After a role word and a first name, a later part that is a field word: 'name' for a surname, 'title'
 * for the rest of a job title. A field word after a tussenvoegsel is a surname (`Sanne van Wijk`,
 * `Sanne van Loon`), and so is one read whole from the lists (`Mark Arts`, `Petra Wijk`); one told by
 * its ending (`… Acute Zorg`, `… Somatiek Wonen`) still ends a title. Not a field word: null.
 */
function laterFieldPart(part: Part, afterParticle: boolean): 'name' | 'title' | null {
  if (!isFieldWord(part.word) && !isFieldWord(part.first)) return null;
  if (afterParticle) return 'name';
  for (const ending of FIELD_ENDINGS) if (compoundOf(part.first, ending)) return 'title';
  return 'name';
}

/**
 * The name after a cue, from `i`: its end, or -1. `address`: initials and a lower-case tussenvoegsel
 * may open it (`dhr. de Vries`); after a role word a capitalised word must.
 */
export function nameEnd(scan: Scan, i: number, address: boolean): number {
  let j = i;
  let end = -1;
  let particles = 0;
  for (let n = 0; n < MAX_PARTS; n++) {
    scan.step();
    const part = partAt(scan, j);
    if (!part) break;
    if (part.kind === 'name') {
      // After a role word: a clause or a title (`Begeleider Jeugdhulp`, `… Beschermd Wonen`) holds no name.
      if (!address && n === 0 && (isFieldWord(part.word) || isFieldWord(part.first))) return -1;
      if (!address && n === 0 && notANameAfterRole(scan, part)) return -1;
      // The title rule above holds for the first part only: after a first name a field word is mostly
      // a surname (`collega Sanne van Wijk`, `Teamleider Mark Arts`), and the whole name is masked.
      const later = !address && end >= 0 ? laterFieldPart(part, particles > 0) : null;
      if (later === 'title') return -1;
      if (later !== 'name' && notAName(part) && !(end >= 0 && particles === 0 && surnameEnding(part))) break;
      end = part.nameEnd;
      particles = 0;
      if (part.nameEnd < part.end) {
        // `Dam-de`: a name part follows the particle, or the name ends at `Dam`.
        particles = 1;
      }
    } else if (part.kind === 'initials') {
      if (n === 0 && !address) break;
      if (particles > 0) break;
    } else {
      if (n === 0 && !address && part.word === scan.s.slice(j, part.end)) break; // `collega van de …`
      if (LEADING_ONLY.has(part.word) && !(scan.is(part.end, ' ') && particleFollows(scan, part.end + 1)))
        break;
      if (++particles > 3) break;
    }
    if (!scan.is(part.end, ' ')) break;
    j = part.end + 1;
  }
  return end;
}

function particleFollows(scan: Scan, i: number): boolean {
  const next = partAt(scan, i);
  return next !== null && next.kind === 'particle';
}

/** The start of a name that ends at `end` (before ` (onze planner)`), or -1: at most four parts back. */
function nameBefore(scan: Scan, end: number): number {
  let start = -1;
  let j = end;
  for (let n = 0; n < 4; n++) {
    // The token ending at j.
    let from = j;
    while (j - from < MAX_PART && (scan.isLetter(from - 1) || scan.is(from - 1, "-.'\u2019"))) {
      scan.step();
      from--;
    }
    if (from === j || scan.isWord(from - 1)) break;
    const part = partAt(scan, from);
    if (!part || part.end !== j) break;
    if (part.kind === 'name') {
      if (notAName(part) || OPENERS.has(part.word) || (n === 0 && part.nameEnd !== j)) break;
      start = from;
    } else if (part.kind === 'initials') start = from;
    else if (n === 0) break;
    if (!scan.is(from - 1, ' ')) break;
    j = from - 1;
  }
  return start;
}

export function addName(scan: Scan, start: number, end: number): void {
  if (start >= 0 && end > start && scan.free(start, end)) scan.add(start, end, 'name');
}

/** A letter with a diaeresis may be written decomposed (`clie\u0308nt`): the shadow keeps it so. */
function wordPattern(word: string): string {
  return word.replace(/[ëö]/g, (ch) => `(?:${ch}|${ch === 'ë' ? 'e' : 'o'}\u0308)`);
}

/** Every cue as a whole word, longest first; the scanner checks the rest by hand. */
const CUE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${[...ADDRESS, ...DOTTED, ...ROLES, 'heer']
    .sort((a, b) => b.length - a.length)
    .map(wordPattern)
    .join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

/**
 * Reads a name in capitals after a cue (mask-capitals.ts, passed in by mask.ts so the two files do not
 * import each other): its end, or -1.
 */
export type CapitalsReader = (scan: Scan, from: number, cue: 'first' | 'address') => number;

export function findNames(scan: Scan, capitals?: CapitalsReader): void {
  const { s } = scan;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s); m !== null; m = CUE.exec(s)) {
    scan.step();
    const start = m.index;
    const end = start + m[0].length;
    // A cue is written in lower case or capitalised (`Collega`), never in capitals inside.
    if (!allLower(scan, start + 1, end)) continue;
    const word = wordAt(scan, start, end);
    const dot = scan.is(end, '.');
    const role = ROLES.has(word);
    // `collega's Sanne en Joyce`; `mijn teamleider, Joyce, …` (a name between commas).
    const plural = role && isApostrophe(scan, end) && scan.is(end + 1, 's') && scan.is(end + 2, ' ');
    const comma = role && scan.is(end, ',') && scan.is(end + 1, ' ');
    const after = dot ? end + 1 : plural ? end + 2 : comma ? end + 1 : end;
    if (role && !dot && !plural && !comma && namedByVerb(scan, end)) continue;
    if (!scan.is(after, ' ')) {
      if (role && scan.is(end, ')')) namedInBrackets(scan, start);
      continue;
    }
    const address =
      ADDRESS.has(word) ||
      (dot && DOTTED.has(word)) ||
      (word === 'heer' && scan.startsWith(start - 3, 'de ') && !scan.isWord(start - 4));
    if (!address && (dot || !role)) continue; // `… de planner. Daarna …`
    const from = after + 1;
    // `dhr. JANSEN`, `collega SANNE`: a name in capitals.
    const last =
      capitals && isUpper(scan, from) && isUpper(scan, from + 1)
        ? capitals(scan, from, address ? 'address' : 'first')
        : nameEnd(scan, from, address);
    if (last < 0 || (comma && !scan.is(last, ','))) continue;
    addName(scan, from, last);
    namesListed(scan, last);
  }
}

/** `heet`, `is`, `was` between a role word and a name (`Mijn teamleider heet Sanne Bakker`). */
const NAMING_VERBS = new Set(['heet', 'is', 'was']);

/**
 * After `is` or `was`, a name that does not open with a listed first name: two parts or more, none of
 * them a state, an adverb or a word that is never a name, the first no occupation (`Mijn teamleider is Nieuw
 * Hier`, `De planner was Echt Ziek`, `Mijn collega is Oud Collega` are descriptions).
 */
function describedName(scan: Scan, from: number, last: number): boolean {
  let parts = 0;
  for (let j = from, n = 0; j < last && n < 8; n++) {
    const part = partAt(scan, j);
    if (!part) break;
    if (part.kind === 'name') {
      const word = part.first;
      if (STATES.has(word) || ADVERBS.has(word) || neverAName(word, false)) return false;
      // A surname may end like an occupation (`Brandt`, `Schouder`); a first part may not.
      if (parts === 0 && isSelfWord(word)) return false;
      parts++;
    }
    j = part.end + 1;
  }
  return parts >= 2;
}

/**
 * `Mijn teamleider heet Sanne Bakker`, `De planner is Joyce`: a role word, a naming verb and a name,
 * read as after a role word. After `is` and `was` the name must open with a listed first name or have
 * two parts (`De planner is Nieuw` is no name). True when a name was masked.
 */
function namedByVerb(scan: Scan, end: number): boolean {
  if (!scan.is(end, ' ')) return false;
  const to = lettersEnd(scan, end + 1);
  const verb = wordAt(scan, end + 1, to);
  if (!NAMING_VERBS.has(verb) || !scan.is(to, ' ') || !isUpper(scan, to + 1)) return false;
  const from = to + 1;
  const last = nameEnd(scan, from, false);
  if (last < 0) return false;
  if (verb !== 'heet') {
    const first = partAt(scan, from);
    if (!first) return false;
    if (!isFirstName(first.word) && !isFirstName(first.first) && !describedName(scan, from, last))
      return false;
  }
  addName(scan, from, last);
  namesListed(scan, last);
  return true;
}

/**
 * More names listed after a masked one: `collega Mohammed, Fatima en Sanne`. Each is read as a name
 * after a role word (so `…, Maar` or `… en Zorg` is not one), at most MAX_LISTED.
 */
export function namesListed(scan: Scan, end: number): void {
  let j = end;
  for (let n = 0; n < MAX_LISTED; n++) {
    scan.step();
    let from: number;
    if (scan.is(j, ',') && scan.is(j + 1, ' ')) from = j + 2;
    else if (scan.startsWith(j, ' en ')) from = j + 4;
    else if (scan.startsWith(j, ', en ')) from = j + 5;
    else if (scan.startsWith(j, ' & ')) from = j + 3;
    else return;
    if (!isUpper(scan, from)) return;
    const last = nameEnd(scan, from, false);
    if (last < 0) return;
    addName(scan, from, last);
    j = last;
  }
}

/** `Anouk (onze planner)`, `Sanne (collega)`: the role word at `start` closes the brackets. */
function namedInBrackets(scan: Scan, start: number): void {
  let open = start - 1;
  if (scan.is(open, ' ')) {
    let k = open;
    while (start - k < 10 && scan.isLetter(k - 1)) {
      scan.step();
      k--;
    }
    if (scan.isWord(k - 1) || !POSSESSIVES.has(wordAt(scan, k, open))) return;
    open = k - 1;
  }
  if (scan.is(open, '(') && scan.is(open - 1, ' ')) addName(scan, nameBefore(scan, open - 1), open - 1);
}
