/**
 * Words that say what a writer is, not who (`Ik ben Verloskundige.`, `Ik ben Senior.`, `Ik ben
 * Belg.`): read by mask-unlisted.ts before an unlisted capitalised word after `ik ben` is taken for a
 * name. Three sources, general before listed:
 * - the professions the project knows: the 23 survey professions and their aliases
 *   (contract/professions.ts) and the occupation words of the bridge (occupation-words.ts), their
 *   singular forms and the compounds that end in one (`Wijkverpleegkundige`, `Sociotherapeut`);
 * - endings of occupations and roles (`-therapeut`, `-loog`, `-kundige`, `-coach`, `-wacht`,
 *   `-medewerker`, `-eur`, `-iër`, `-vrouw`, `-assistent`, `-docent`, …; not `-ant`, `-ent`, `-ior`, `-ist`,
 *   which end first names too);
 * - a short list of identity, status and work-form words no ending finds (`Belg`, `Expat`, `Lid`).
 * A first name that ends so (`Vincent`, `Olivier`) is masked only through the first-name list, as the
 * other endings of mask-unlisted.ts.
 */
import { PROFESSION_ALIASES, PROFESSIONS } from '../contract/professions.js';
import { OCCUPATION_WORDS } from './occupation-words.js';

/** Endings of occupations, roles and nationalities (`Podotherapeut`, `Chauffeur`, `Syriër`). */
// Not the short endings `-ant`, `-ent`, `-ior`, `-ist`: first names end so (Grant, Laurent, Dante,
// Vicente, Baptiste, Junior; review of session 28), and a name left unmasked is worse than a role word
// masked. Occupations with those endings are named whole (`assistent`, `docent`, `diëtist`).
const OCCUPATION_ENDINGS =
  /(?:therapeut|therapeute|loog|loge|goog|goge|kundige|kundig|coach|wacht|medewerker|medewerkster|werker|werkster|eur|euse|ër|aris|arts|vrouw|meester|leider|leidster|ouder|hulp|kracht|stagiair|stagiaire|assistent|assistente|docent|docente|consulent|consulente|diëtist|dietist|specialist|analist|bemiddelaar|begeleider|begeleidster)$/u;

/** Identity, status and work-form words without such an ending (`Ik ben Weduwe`, `Ik ben Flex`). */
const SELF_WORDS: ReadonlySet<string> = new Set(
  [
    'belg pool fries duitser brit fransman spanjaard afghaan somaliër turk marokkaan expat migrant',
    'weduwe weduwnaar alleenstaand alleenstaande gescheiden introvert extravert expert leek duo lid',
    'flex vast vaste trainee stagiair professional fysio ergo logo podo psych poh huisman zzp senior medior',
    'mantelzorger vrijwilliger invaller student studente leerling mbo hbo wo pensionado',
  ]
    .join(' ')
    .split(' '),
);

/** The lower-case words of the professions the project knows, singular and plural. */
const PROFESSION_WORDS: ReadonlySet<string> = new Set(
  [
    ...PROFESSIONS,
    ...Object.values(PROFESSION_ALIASES).flat(),
    ...OCCUPATION_WORDS.map((o) => o.start),
  ].flatMap((label) =>
    label
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 5),
  ),
);

/** Plural and feminine endings to take off before looking a word up (`Fysiotherapeuten` → `…peut`). */
const INFLECTIONS = ['', 'e', 'en', 'n', 's'];

/** Whether a word is a known profession word or a compound ending in one (`wijkverpleegkundige`). */
function isProfessionWord(word: string): boolean {
  for (const known of PROFESSION_WORDS)
    for (const inflection of INFLECTIONS) {
      const form = known.endsWith(inflection) ? known.slice(0, known.length - inflection.length) : known;
      if (form.length >= 5 && (word === form || (word.endsWith(form) && word.length - form.length >= 3)))
        return true;
    }
  return false;
}

/**
 * Whether a lower-case word says what someone is (an occupation, a role, a nationality, a status), so
 * that after `ik ben` it is no name.
 */
export function isSelfWord(word: string): boolean {
  return SELF_WORDS.has(word) || OCCUPATION_ENDINGS.test(word) || isProfessionWord(word);
}
