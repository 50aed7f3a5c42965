/**
 * Clients by which an idea names whose care its writer gives, and the branches whose clients they
 * are: "Zet een flexpool op … Dat is beter voor de kinderen" and "als er drie kinderen tegelijk
 * huilen" are written from childcare, and read as such on a nursing-home carer's profile. The bridge
 * quotes an idea from another branch that names clients of none of the reader's branches only when
 * no other idea of the solution fits (`quoteFor`, bridge-solutions.ts; audit 8, finding 5). Only
 * client groups specific to some branches are listed: bewoners, cliënten and patiënten are the
 * clients of nearly every branch. A child of the writer's own ("mijn kinderen", "mijn eigen kind")
 * is family, not a client.
 */
import { sentencesOf } from './writer-setting.js';

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

/** Words before a client word that make it the writer's own family. */
const OWN_FAMILY: ReadonlySet<string> = new Set(['mijn', 'eigen']);

/**
 * The branches of the client groups a text names as clients, each once, in the order of
 * {@link CLIENT_WORDS}; empty when it names none.
 */
export function clientBranchesNamed(text: string): string[] {
  const named = new Set<string>();
  const sentences = sentencesOf(text);
  for (const { words, branches } of CLIENT_WORDS)
    if (sentences.some((ws) => ws.some((w, i) => words.has(w) && !OWN_FAMILY.has(ws[i - 1] ?? ''))))
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
