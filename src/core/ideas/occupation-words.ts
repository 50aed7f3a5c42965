/**
 * Words by which an idea names a specific occupation, and the profession (of the 23) that occupation
 * belongs to. The bridge uses them to keep another occupation's situation out of a solution's quote:
 * "laat mondhygiënisten zelfstandig behandelen" is about autonomy, and still no quote for a
 * nursing-home carer. Only occupations whose work is specific to some branches are listed; generic
 * role words (`begeleider`, `medewerker`, `teamleider`, `verpleegkundige`) name no one occupation.
 * Each entry is a folded word start: `tandarts` covers `tandartsassistente` and `tandartspraktijk`.
 * Only an occupation named as the writer's own situation counts, not one named as a partner.
 *
 * Named as the occupation itself ("als huisarts", "jonge huisartsen", "geef praktijkondersteuners …"),
 * it is the idea's subject (`occupationSubjects`): the idea is that occupation's own situation, and the
 * bridge offers it to no other profession's profile (`isOtherOccupationsSubject`). Named by its
 * workplace ("in de huisartsenpraktijk", "op de huisartsenpost"), it is where the writer works, shared
 * by the professions of that branch, and the bridge weighs it by branch as before.
 */
import type { Profession } from '../contract/professions.js';
import { DETERMINERS, isWritersSetting, sentencesOf } from './writer-setting.js';

export const OCCUPATION_WORDS: readonly { readonly start: string; readonly profession: Profession }[] = [
  { start: 'mondhygienist', profession: 'Tandartsassistenten en mondhygiënisten' },
  { start: 'tandartsassistent', profession: 'Tandartsassistenten en mondhygiënisten' },
  { start: 'tandarts', profession: 'Tandartsassistenten en mondhygiënisten' },
  { start: 'doktersassistent', profession: 'Doktersassistenten' },
  { start: 'praktijkondersteuner', profession: 'Praktijkondersteuners' },
  { start: 'fysiotherapeut', profession: 'Fysiotherapeuten' },
  { start: 'huisarts', profession: 'Huisartsen' },
  { start: 'psychiater', profession: 'Medisch specialisten' },
  { start: 'jeugdzorgwerker', profession: 'Jeugdzorgwerkers' },
  { start: 'gedragsdeskundig', profession: 'Gedragsdeskundigen (wo)' },
  { start: 'kraamverzorg', profession: 'Verzorgenden thuis- en kraamzorg' },
  { start: 'wijkverpleegkundig', profession: 'Wijkverpleegkundigen' },
];

/** Words after which an occupation is someone the writer works with: "met de huisarts", "naar de huisarts". */
const PARTNER_BEFORE: ReadonlySet<string> = new Set(
  'met aan naar van bij voor door via tussen tegen zonder dan namens richting tot over'.split(' '),
);

/**
 * Whether the occupation word at `i` names the writer's own situation ("als huisarts", "wij
 * huisartsen", "laat mondhygiënisten …", "in de huisartsenpraktijk") rather than a partner: after a
 * preposition ("samen met de huisarts", "overleg met huisartsen") or an article or possessive that
 * makes it one person the writer works with ("de huisarts belt", "zonder dat de tandarts aftekent").
 */
function namesOwnSituation(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  if (PARTNER_BEFORE.has(before)) return false;
  // "de huisarts" is one person of another occupation ("de huisarts belt"), unless it is the place the
  // writer works in ("in de huisartsenpraktijk werk ik").
  if (DETERMINERS.has(before)) return isWritersSetting(words, i);
  return true;
}

/**
 * Endings after an occupation's word start that leave the word the occupation itself: a plural or a
 * female form (`huisartsen`, `mondhygiëniste`, `kraamverzorgende`, `kraamverzorgster`). Any other
 * rest makes a compound, mostly a workplace (`huisartsenpraktijk`, `huisartsenpost`, `tandartspraktijk`).
 */
const PERSON_ENDINGS: ReadonlySet<string> = new Set([
  '',
  'e',
  'en',
  'es',
  's',
  'ende',
  'enden',
  'ster',
  'sters',
]);

function named(text: string, personOnly: boolean): Profession[] {
  const out = new Set<Profession>();
  const sentences = sentencesOf(text);
  for (const { start, profession } of OCCUPATION_WORDS)
    if (
      sentences.some((words) =>
        words.some(
          (w, i) =>
            w.startsWith(start) &&
            (!personOnly || PERSON_ENDINGS.has(w.slice(start.length))) &&
            namesOwnSituation(words, i),
        ),
      )
    )
      out.add(profession);
  return [...out];
}

/**
 * The professions a text names as the writer's own situation by one of their occupation words, in
 * list order, each once. An occupation named only as a partner (`namesOwnSituation`) is not counted:
 * a social worker who arranges something "samen met de huisarts" writes no GP's idea.
 */
export function occupationsNamed(text: string): Profession[] {
  return named(text, false);
}

/**
 * The professions whose own situation an idea is about: those it names as the writer's own by the
 * occupation itself (`PERSON_ENDINGS`: "jonge huisartsen", "als praktijkondersteuner"), not by a
 * workplace ("in de huisartsenpraktijk").
 */
export function occupationSubjects(text: string): Profession[] {
  return named(text, true);
}

/**
 * Whether an idea is another occupation's own situation for a reader of `profession`: its subject is
 * one or more occupations (`occupationSubjects`) and the reader's profession is none of them. A
 * profession the bridge does not know (null) is none of them. "Laat jonge huisartsen makkelijker een
 * praktijk overnemen" is the GPs' career, not a home help's, nor a practice nurse's in the same
 * practice. The occupation words' professions are the rule for what is related: `tandarts` and
 * `mondhygiënist` belong to Tandartsassistenten en mondhygiënisten, `psychiater` to Medisch
 * specialisten, `kraamverzorgende` to Verzorgenden thuis- en kraamzorg.
 */
export function isOtherOccupationsSubject(text: string, profession: Profession | null): boolean {
  const subjects = occupationSubjects(text);
  return subjects.length > 0 && (profession === null || !subjects.includes(profession));
}
