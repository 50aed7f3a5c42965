/**
 * Words by which an idea names a specific occupation, and the profession (of the 23) that occupation
 * belongs to. The bridge uses them to keep another occupation's situation out of a solution's quote:
 * "laat mondhygiënisten zelfstandig behandelen" is about autonomy, and still no quote for a
 * nursing-home carer. Only occupations whose work is specific to some branches are listed; generic
 * role words (`begeleider`, `medewerker`, `teamleider`, `verpleegkundige`) name no one occupation.
 * Each entry is a folded word start: `tandarts` covers `tandartsassistente` and `tandartspraktijk`.
 * Only an occupation named as the writer's own situation counts, not one named as a partner.
 */
import type { Profession } from '../contract/professions.js';
import { DETERMINERS, isWritersSetting, sentencesOf } from './writer-setting.js';

export const OCCUPATION_WORDS: readonly { readonly start: string; readonly profession: Profession }[] = [
  { start: 'mondhygienist', profession: 'Tandartsassistenten en mondhygiënisten' },
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
 * The professions a text names as the writer's own situation by one of their occupation words, in
 * list order, each once. An occupation named only as a partner (`namesOwnSituation`) is not counted:
 * a social worker who arranges something "samen met de huisarts" writes no GP's idea.
 */
export function occupationsNamed(text: string): Profession[] {
  const named = new Set<Profession>();
  const sentences = sentencesOf(text);
  for (const { start, profession } of OCCUPATION_WORDS)
    if (sentences.some((words) => words.some((w, i) => w.startsWith(start) && namesOwnSituation(words, i))))
      named.add(profession);
  return [...named];
}
