/**
 * The branch a query word names, for the ideas search on the server and in the static export alike:
 * an idea from that branch matches the word as if it held it (its branch is its metadata). A word
 * names a branch by the branch's label, its bracketed abbreviation (`ggz`, `vvt`) or one of its
 * aliases (`kinderopvang`, `thuiszorg`, `verpleeghuis`: src/core/contract/branches.ts), matched as
 * the data contract matches labels (label-matcher.ts).
 */
import { BRANCHES, BRANCH_ALIASES } from '../contract/branches.js';
import { makeLabelMatcher } from './label-matcher.js';

/** Shorter words name no branch (the shortest names are the abbreviations: `ggz`, `umc`). */
export const MIN_BRANCH_WORD = 3;

const branches = makeLabelMatcher(BRANCHES.map((label) => ({ label, aliases: BRANCH_ALIASES[label] })));

/** The branch label a folded query word names, or null. */
export function branchOfWord(word: string): string | null {
  if (word.length < MIN_BRANCH_WORD) return null;
  return branches.exact(word);
}
