/**
 * Dutch separable verbs in a query. A main clause splits them: the finite verb stands early, its
 * particle closes the clause (`een collega valt uit`, `wie neemt het over`, `ik werk nieuwe collega's
 * in`), where the ideas write the verb whole (`uitvallen`, `overnemen`, `inwerken`) or its noun
 * (`uitval`, `overdracht`). A word followed later in its clause by a particle is also read as
 * particle + verb, when that joined word is one people use: a thesaurus term or a word of the databank
 * (`isKnown`: the server asks its vocabulary, the static export its index); never an invented word.
 * The joined word is then searched as any query word (stems, compounds, thesaurus group) in the verb's
 * place, and the particle is not searched on its own. One function for the server's plan and the
 * static export's search.
 *
 * When a particle is a particle: in a main clause the particle ends the middle field; after it come
 * only prepositional phrases and subordinate clauses (`ik val in op een andere afdeling`, `ik draag
 * over aan de avonddienst`, `collega valt uit wie neemt over`). So a particle counts when it is the
 * query's last word, or the next word starts a prepositional phrase or a new clause. A particle
 * followed by anything else is a preposition with its object (`werk in de wijk`, `komt nooit op de
 * vloer`, `wat doen we aan de wachtlijst`) and joins nothing.
 */
import { DUTCH_STOP_WORDS } from './analyzer/dutch-stop-words.js';
import { foldText } from './analyzer/fold.js';
import type { QueryTerm } from './query-terms.js';

/**
 * The separable particles of Dutch verbs (ANS, "scheidbaar samengestelde werkwoorden"): the
 * prepositions and adverbs that combine with a verb and stand apart from it in a main clause. Not the
 * nouns and adjectives that do so too (`piano spelen`, `schoon maken`): these are written apart anyway.
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'achter',
  'achterna',
  'af',
  'bij',
  'binnen',
  'buiten',
  'dicht',
  'door',
  'in',
  'los',
  'mee',
  'mis',
  'na',
  'neer',
  'om',
  'onder',
  'op',
  'open',
  'over',
  'rond',
  'samen',
  'terecht',
  'terug',
  'tegen',
  'tegemoet',
  'toe',
  'uit',
  'vast',
  'voor',
  'voorbij',
  'vooruit',
  'weg',
]);

/**
 * Words that start a prepositional phrase or a new clause: after a particle they show it closes its
 * clause. The prepositions, the coordinating and subordinating conjunctions, the relative and question
 * words, and the `om` of `om te`.
 */
const CLAUSE_OR_PHRASE_START: ReadonlySet<string> = new Set([
  // prepositions
  'aan',
  'achter',
  'bij',
  'binnen',
  'buiten',
  'door',
  'in',
  'met',
  'na',
  'naar',
  'naast',
  'om',
  'onder',
  'op',
  'over',
  'per',
  'sinds',
  'tegen',
  'tijdens',
  'tot',
  'uit',
  'van',
  'vanaf',
  'vanuit',
  'voor',
  'zonder',
  // conjunctions, relative and question words
  'als',
  'dan',
  'dat',
  'die',
  'doordat',
  'dus',
  'en',
  'hoe',
  'maar',
  'nadat',
  'of',
  'omdat',
  'terwijl',
  'toen',
  'voordat',
  'waar',
  'waarom',
  'wanneer',
  'want',
  'wat',
  'welke',
  'wie',
  'zodat',
  'zodra',
]);

/**
 * Strong and irregular verbs common in care work: a finite form (present and past) → the infinitive.
 * Regular forms (`werkt`, `werkte`, `valt`, `vallen`, `neemt`) are derived by rule ({@link infinitivesOf});
 * only what no rule gives is listed.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'viel vielen:vallen;nam namen:nemen;sprong sprongen:springen;liep liepen:lopen;droeg droegen:dragen;' +
    'gaf gaven:geven;kwam kwamen komt kom:komen;ging gingen gaat ga:gaan;stond stonden staat sta:staan;' +
    'zag zagen ziet zie:zien;sloeg sloegen slaat sla:slaan;hield hielden:houden;deed deden doet doe:doen;' +
    'bracht brachten:brengen;dacht dachten:denken;trok trokken:trekken;schreef schreven:schrijven;' +
    'bleef bleven:blijven;las lazen:lezen;zat zaten:zitten;lag lagen:liggen;hing hingen:hangen;' +
    'vond vonden:vinden;keek keken:kijken;zocht zochten:zoeken;riep riepen:roepen;sloot sloten:sluiten;' +
    'stak staken:steken;greep grepen:grijpen;wees wezen:wijzen;schoof schoven:schuiven;' +
    'kan kun kunt kon konden:kunnen;vroeg vroegen:vragen'
  )
    .split(';')
    .flatMap((entry) => {
      const [forms = '', infinitive = ''] = entry.split(':');
      return forms.split(' ').map((form) => [form, infinitive] as const);
    }),
);

/** Nouns of verbs that no rule gives (`over` + `dracht` = `overdracht`): infinitive → noun. */
const IRREGULAR_NOUNS: ReadonlyMap<string, string> = new Map([
  ['dragen', 'dracht'],
  ['nemen', 'name'],
  ['geven', 'gave'],
  ['komen', 'komst'],
  ['zien', 'zicht'],
  ['gaan', 'gang'],
  ['staan', 'stand'],
  ['slaan', 'slag'],
  ['vragen', 'vraag'],
]);

const VOWEL = /[aeiou]/;

/** `f` and `s` are written `v` and `z` between vowels after a long vowel, a diphthong, `r` or `l`. */
function voiced(consonant: string): string {
  return consonant === 'f' ? 'v' : consonant === 's' ? 'z' : consonant;
}

/**
 * The infinitive of a stem (first person singular) by the spelling rules of regular verbs: a double
 * vowel is single in the open syllable (`neem` → `nemen`, `draag` → `dragen`, `geef` → `geven`), a
 * short vowel doubles the consonant after it (`val` → `vallen`, `vul` → `vullen`), `f`/`s` after a
 * diphthong, `r` or `l` are voiced (`blijf` → `blijven`, `reis` → `reizen`), else `-en` (`werk` →
 * `werken`).
 */
export function infinitiveOfStem(s: string): string {
  const long = /^(.*)([aeou])\2([^aeiou])$/.exec(s);
  if (long) return `${long[1] ?? ''}${long[2] ?? ''}${voiced(long[3] ?? '')}en`;
  if (/(?:^|[^aeiou])[aeiou][^aeiouwjy]$/.test(s)) return `${s}${s.at(-1) ?? ''}en`;
  if (/(?:ie|ij|ei|ui|ou|au|oe|eu|[rl])[fs]$/.test(s)) return `${s.slice(0, -1)}${voiced(s.at(-1) ?? '')}en`;
  return `${s}en`;
}

/**
 * The stem of an infinitive, the inverse of {@link infinitiveOfStem}, which is the noun of many
 * separable verbs (`uitvallen` → `uitval`, `inwerken` → `inwerk`, `uitlopen` → `uitloop`).
 */
export function stemOfInfinitive(infinitive: string): string {
  const base = infinitive.slice(0, -2);
  const last = base.at(-1) ?? '';
  const before = base.at(-2) ?? '';
  const devoiced = last === 'v' ? 'f' : last === 'z' ? 's' : last;
  if (last === before && !VOWEL.test(last)) return base.slice(0, -1); // vall → val
  const open = !VOWEL.test(last) && VOWEL.test(before) && !VOWEL.test(base.at(-3) ?? '');
  if (open && before !== 'i') return `${base.slice(0, -1)}${before}${devoiced}`; // nem → neem, gev → geef
  return `${base.slice(0, -1)}${devoiced}`; // werk, blijv → blijf
}

/**
 * The infinitives a finite verb form may stand for, the likeliest first: strong and irregular forms
 * from a small list (`viel` → `vallen`, `nam` → `nemen`), a plural (`vallen`), a weak past (`werkte`,
 * `werkten` → `werken`), a present singular (`valt` → `vallen`, `neemt` → `nemen`, `val` → `vallen`).
 * Guesses: only a joined word that is known is ever used.
 */
export function infinitivesOf(form: string): string[] {
  const out = new Set<string>();
  const listed = IRREGULAR.get(form);
  if (listed) out.add(listed);
  const stems: string[] = [];
  if (form.endsWith('en') && form.length > 4) out.add(form);
  if (/(?:te|de)n$/.test(form) && form.length > 5) stems.push(form.slice(0, -3));
  if (/(?:te|de)$/.test(form) && form.length > 4) stems.push(form.slice(0, -2));
  if (form.endsWith('t') && form.length > 3 && !VOWEL.test(form.at(-2) ?? '')) stems.push(form.slice(0, -1));
  if (!form.endsWith('en') && !VOWEL.test(form.at(-1) ?? '')) stems.push(form);
  for (const s of stems) if (s.length >= 2 && !VOWEL.test(s.at(-1) ?? '')) out.add(infinitiveOfStem(s));
  return [...out];
}

/** A word a verb form and a particle may make: the word, and the infinitive it stands for. */
export interface JoinedForm {
  readonly word: string;
  /** What the form is: the verb's infinitive or noun (searched as it is), or its finite form. */
  readonly kind: 'infinitive' | 'noun' | 'finite';
  /** Particle + the infinitive of this reading (`uitlopen` for `uitloopt`). */
  readonly infinitive: string;
}

/**
 * The words a verb form and a particle may make together, most likely first: particle + infinitive
 * (`uitvallen`), particle + stem, which is the noun of many such verbs (`uitval`, `inval`), particle +
 * a noun no rule gives (`overdracht`, `overname`), and particle + the form itself (`uitvalt`, `uitloopt`,
 * as a subordinate clause writes it).
 */
export function joinedForms(verb: string, particle: string): JoinedForm[] {
  const infinitives = infinitivesOf(verb);
  const out: JoinedForm[] = [];
  const seen = new Set<string>();
  const add = (word: string, kind: JoinedForm['kind'], infinitive: string) => {
    if (seen.has(word)) return;
    seen.add(word);
    out.push({ word, kind, infinitive: particle + infinitive });
  };
  for (const infinitive of infinitives) add(particle + infinitive, 'infinitive', infinitive);
  // A first person (`val`) is the stem, so the noun; a third person (`loopt`) is not, though a
  // reading of it as a stem (`loopten`) gives it back: it is the finite form below.
  const likeliest = infinitives[0] === undefined ? null : stemOfInfinitive(infinitives[0]);
  for (const infinitive of infinitives) {
    const noun = stemOfInfinitive(infinitive);
    if (noun !== verb || likeliest === verb) add(particle + noun, 'noun', infinitive);
  }
  for (const infinitive of infinitives) {
    const noun = IRREGULAR_NOUNS.get(infinitive);
    if (noun) add(particle + noun, 'noun', infinitive);
  }
  const first = infinitives[0];
  if (first !== undefined) add(particle + verb, 'finite', first);
  return out;
}

/**
 * The shortest joined noun that may stand for the family of thesaurus terms it starts (`inval` of
 * `invallers`, `invalkrachten`).
 */
export const MIN_FAMILY_NOUN = 5;

/** What a joined word must be to be read: known as it is (the thesaurus or the databank), or a family. */
export interface JoinKnowledge {
  /** Whether a word is known as it is: a thesaurus term or weak word, or a word of the databank. */
  readonly isKnown: (word: string) => boolean;
  /** The thesaurus' terms: a joined noun that starts one of them is the family's word (`inval`). */
  readonly terms?: Iterable<string>;
}

/**
 * The word a verb form and a particle are read as, or null: the first of its {@link joinedForms} known
 * as it is, an infinitive or noun as such; else a known finite form's infinitive (`uitloopt` known →
 * `uitlopen`: the verb people use, in its form for a search); else a noun of at least
 * {@link MIN_FAMILY_NOUN} letters that starts a thesaurus term (`inval` of `invallers`).
 */
export function joinedWord(verb: string, particle: string, knowledge: JoinKnowledge): string | null {
  const forms = joinedForms(verb, particle);
  const asIs = forms.find((form) => form.kind !== 'finite' && knowledge.isKnown(form.word));
  if (asIs) return asIs.word;
  const finite = forms.find((form) => form.kind === 'finite' && knowledge.isKnown(form.word));
  if (finite) return finite.infinitive;
  const terms = [...(knowledge.terms ?? [])];
  const family = forms.find(
    (form) =>
      form.kind === 'noun' &&
      form.word.length >= MIN_FAMILY_NOUN &&
      terms.some((term) => term.length > form.word.length && term.startsWith(form.word)),
  );
  return family?.word ?? null;
}

/** A term that may be a verb or a particle: one unquoted, not negated plain word. */
function plainWord(term: QueryTerm): string | null {
  if (term.negated || term.quoted || term.concept !== undefined || term.joined !== undefined) return null;
  if (term.words.length !== 1 || term.particle === true) return null;
  return foldText(term.words[0] ?? '');
}

/** Whether the particle at `at` closes its clause (see the module's comment). */
function closesClause(terms: readonly QueryTerm[], at: number): boolean {
  const next = terms[at + 1];
  if (next === undefined) return true;
  const word = foldText(next.words[0] ?? '');
  return CLAUSE_OR_PHRASE_START.has(word);
}

/** Where a word starts a new clause: the look-back for a particle's verb stops there. */
function startsClause(word: string): boolean {
  return CLAUSE_OR_PHRASE_START.has(word) && !SEPARABLE_PARTICLES.has(word);
}

/** One split verb found in a query: the terms' positions and the joined word. */
export interface SeparableJoin {
  readonly verb: number;
  readonly particle: number;
  readonly joined: string;
}

/**
 * Every word a query's split verbs could be joined into (to ask the vocabulary in one lookup before
 * {@link readSeparableVerbs}): the joined forms of each particle that closes its clause with each word
 * before it in the clause.
 */
export function separableCandidates(terms: readonly QueryTerm[]): string[] {
  const out = new Set<string>();
  for (const [p, v] of pairs(terms))
    for (const form of joinedForms(
      plainWord(terms[v] as QueryTerm) ?? '',
      plainWord(terms[p] as QueryTerm) ?? '',
    ))
      out.add(form.word);
  return [...out];
}

/** (particle, verb) positions to try, nearest verb first, each particle once. */
function* pairs(terms: readonly QueryTerm[]): Generator<[number, number]> {
  for (let p = 0; p < terms.length; p++) {
    const particle = plainWord(terms[p] as QueryTerm);
    if (particle === null || !SEPARABLE_PARTICLES.has(particle) || !closesClause(terms, p)) continue;
    for (let v = p - 1; v >= 0; v--) {
      const word = plainWord(terms[v] as QueryTerm);
      if (word !== null && startsClause(word)) break;
      // A stop word is no verb (`ik`, `het`, `een`), unless an irregular form (`kan`, `doen`).
      if (
        word === null ||
        SEPARABLE_PARTICLES.has(word) ||
        (DUTCH_STOP_WORDS.has(word) && !IRREGULAR.has(word))
      )
        continue;
      yield [p, v];
    }
  }
}

/**
 * The split verbs of a query: for each particle that closes its clause, the nearest word before it in
 * the clause that makes a known word with it ({@link joinedWord}). A word takes one particle; a
 * particle one word.
 */
export function findSeparableVerbs(terms: readonly QueryTerm[], knowledge: JoinKnowledge): SeparableJoin[] {
  const joins: SeparableJoin[] = [];
  const used = new Set<number>();
  for (const [p, v] of pairs(terms)) {
    if (used.has(p) || used.has(v)) continue;
    const verb = plainWord(terms[v] as QueryTerm) ?? '';
    const joined = joinedWord(verb, plainWord(terms[p] as QueryTerm) ?? '', knowledge);
    if (joined === null) continue;
    joins.push({ verb: v, particle: p, joined });
    used.add(p).add(v);
  }
  return joins;
}

/**
 * The terms with each split verb read as its joined word: the verb's term becomes the joined word
 * (`typed` keeps the verb as typed, for a query written back), the particle's term is marked
 * `particle` and not searched.
 */
export function readSeparableVerbs(terms: readonly QueryTerm[], knowledge: JoinKnowledge): QueryTerm[] {
  const joins = findSeparableVerbs(terms, knowledge);
  if (joins.length === 0) return [...terms];
  const out = [...terms];
  for (const { verb, particle, joined } of joins) {
    const verbTerm = terms[verb] as QueryTerm;
    const particleTerm = terms[particle] as QueryTerm;
    out[verb] = { words: [joined], negated: false, typed: verbTerm.words[0] ?? '', separable: true };
    out[particle] = { ...particleTerm, particle: true };
  }
  return out;
}
