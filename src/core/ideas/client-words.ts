/**
 * Clients by which an idea names whose care its writer gives, and the branches whose clients they
 * are: "Zet een flexpool op … Dat is beter voor de kinderen" and "als er drie kinderen tegelijk
 * huilen" are written from childcare, and read as such on a nursing-home carer's profile. The bridge
 * quotes an idea from another branch that names clients of none of the reader's branches only when
 * no other idea of the solution fits (`quoteFor`, bridge-solutions.ts; audit 8, finding 5). Only
 * client groups specific to some branches are listed: bewoners, cliënten and patiënten are the
 * clients of nearly every branch. A child of the writer's own ("mijn kinderen", "m'n twee kinderen",
 * "onze kinderen"), of a colleague ("medewerkers met jonge kinderen") or of a client ("de kinderen van
 * bewoners") is family, not a client.
 */
import { DETERMINERS, sentencesOf } from './writer-setting.js';

/** Each client group as folded whole words, with the branches whose clients they are. */
export const CLIENT_WORDS: readonly {
  readonly words: ReadonlySet<string>;
  readonly branches: readonly string[];
}[] = [
  {
    words: new Set(['kind', 'kinderen', 'kindje', 'kindjes', 'peuter', 'peuters', 'kleuter', 'kleuters']),
    branches: ['Kinderopvang', 'Jeugdzorg'],
  },
];

/** Possessives up to two words before a client word that make it someone's family: "onze twee kinderen". */
const OWN_FAMILY: ReadonlySet<string> = new Set('mijn mn eigen onze je jouw zijn haar hun'.split(' '));

/** Clients of nearly every branch, whose children are family: "de kinderen van bewoners". */
const EVERY_BRANCH_CLIENTS: ReadonlySet<string> = new Set(
  'bewoner bewoners client clienten patient patienten deelnemer deelnemers'.split(' '),
);

/** Ages in "met jonge kinderen": colleagues with young children of their own. */
const YOUNG: ReadonlySet<string> = new Set(['jonge', 'kleine']);

/** Whether the word at `j` is a possessive; "m'n" folds to `m`, `n`, and "er zijn" is no possessive. */
function isPossessive(ws: readonly string[], j: number): boolean {
  const w = ws[j] ?? '';
  if (w === 'n') return ws[j - 1] === 'm';
  if (w === 'zijn') return ws[j - 1] !== 'er';
  return OWN_FAMILY.has(w);
}

/** Whether the client word at `i` names someone's family rather than clients. */
function isFamily(ws: readonly string[], i: number): boolean {
  if (isPossessive(ws, i - 1) || isPossessive(ws, i - 2)) return true;
  if (ws[i - 2] === 'met' && YOUNG.has(ws[i - 1] ?? '')) return true;
  if (ws[i + 1] !== 'van') return false;
  const owner = DETERMINERS.has(ws[i + 2] ?? '') ? ws[i + 3] : ws[i + 2];
  return EVERY_BRANCH_CLIENTS.has(owner ?? '');
}

/**
 * The branches of the client groups a text names as clients, each once, in the order of
 * {@link CLIENT_WORDS}; empty when it names none.
 */
export function clientBranchesNamed(text: string): string[] {
  const named = new Set<string>();
  const sentences = sentencesOf(text);
  for (const { words, branches } of CLIENT_WORDS)
    if (sentences.some((ws) => ws.some((w, i) => words.has(w) && !isFamily(ws, i))))
      for (const branch of branches) named.add(branch);
  return [...named];
}

/**
 * Whether an idea from another branch than the reader's names clients of none of the reader's
 * branches: its setting is another branch's work. False for an idea from one of the reader's
 * branches, and for a reader whose branches the bridge does not know.
 */
export function namesOtherClients(
  branches: readonly string[],
  idea: { readonly branch: string | null; readonly text: string },
): boolean {
  if (branches.length === 0 || (idea.branch !== null && branches.includes(idea.branch))) return false;
  const clients = clientBranchesNamed(idea.text);
  return clients.length > 0 && !clients.some((branch) => branches.includes(branch));
}
