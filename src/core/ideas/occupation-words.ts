/**
 * Words by which an idea names a specific occupation, and the profession (of the 23) that occupation
 * belongs to. The bridge uses them to keep another occupation's situation out of a solution's quote:
 * "laat mondhygiënisten zelfstandig behandelen" is about autonomy, and still no quote for a
 * nursing-home carer. Only occupations whose work is specific to some branches are listed; generic
 * role words (`begeleider`, `medewerker`, `teamleider`, `verpleegkundige`) name no one occupation.
 * Each entry is a folded word start: `tandarts` covers `tandartsassistente` and `tandartspraktijk`.
 */
import type { Profession } from '../contract/professions.js';
import { tokenize } from './analyzer/analyzer.js';

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

/** The professions a text names by one of their occupation words, in list order, each once. */
export function occupationsNamed(text: string): Profession[] {
  const words = tokenize(text);
  const named = OCCUPATION_WORDS.filter(({ start }) => words.some((w) => w.startsWith(start)));
  return [...new Set(named.map((o) => o.profession))];
}
