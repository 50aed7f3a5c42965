/**
 * Ideas from and about one profession, for a profile whose weak points the bridge cannot name: a
 * profession without a quadrant none of whose published components is clearly weak (its missing
 * component may be where it pinches). By the contract's one name rule (professions.ts), an idea is
 *
 *   from the profession  when its published profession is the profession (the ideas page's beroep
 *                        filter, under the k-anonymity rule: k-anonymity.ts)
 *   about the profession when its text names the profession's occupation as the writer's own situation
 *                        (occupation-words.ts: "als huisarts", not "met de huisarts")
 *
 * From first, then about; within each, ideas from the profession's own branches first (main branch
 * first), one that opens with a masking placeholder (masked-opening.ts) after the others, then in the
 * candidates' order (newest first). Each idea once.
 */
import { contractProfession } from '../contract/professions.js';
import { opensMasked } from './masked-opening.js';
import { OCCUPATION_WORDS, occupationsNamed } from './occupation-words.js';

/** Ideas a profile lists from and about its profession. */
export const PROFESSION_IDEAS = 5;

/** An idea that may be from or about a profession (public fields). */
export interface ProfessionCandidate {
  readonly id: string;
  readonly text: string;
  readonly branch: string | null;
  /** The published profession (k-anonymity), or null. */
  readonly profession: string | null;
  /** Constructed example data. */
  readonly example: boolean;
}

export interface ProfessionIdea extends ProfessionCandidate {
  /** `profession`: its published profession is the profession; `text`: its text names it. */
  readonly source: 'profession' | 'text';
  /** The idea's branch is one of the profession's branches. */
  readonly ownBranch: boolean;
}

export interface ProfessionIdeasInput {
  readonly candidates: readonly ProfessionCandidate[];
  /** A contract profession, or a stored table's name the contract does not know (survey-professions.ts). */
  readonly profession: string;
  /** The profession's branches (config/bridge.json), main branch first. */
  readonly preferBranches: readonly string[];
  /** Ideas listed; default {@link PROFESSION_IDEAS}. */
  readonly limit?: number;
}

export interface ProfessionIdeas {
  readonly profession: string;
  /** At most `limit` ideas, in the order of the file comment. */
  readonly ideas: readonly ProfessionIdea[];
  /** Candidates from or about the profession, before the limit. */
  readonly total: number;
  /** Of {@link total}, those whose published profession is the profession (the beroep filter's count). */
  readonly fromProfession: number;
  /** The profession has occupation words, so an idea can be about it by its text. */
  readonly byText: boolean;
}

/** Whether an idea's text can name the profession (it has occupation words: occupation-words.ts). */
export function namedByText(profession: string): boolean {
  return OCCUPATION_WORDS.some((word) => word.profession === profession);
}

export function selectProfessionIdeas(input: ProfessionIdeasInput): ProfessionIdeas {
  const limit = input.limit ?? PROFESSION_IDEAS;
  const seen = new Set<string>();
  const matching = input.candidates.flatMap((idea, order) => {
    if (seen.has(idea.id)) return [];
    const source: ProfessionIdea['source'] | null =
      idea.profession !== null &&
      (idea.profession === input.profession || contractProfession(idea.profession) === input.profession)
        ? 'profession'
        : (occupationsNamed(idea.text) as readonly string[]).includes(input.profession)
          ? 'text'
          : null;
    if (source === null) return [];
    seen.add(idea.id);
    const branch = idea.branch === null ? -1 : input.preferBranches.indexOf(idea.branch);
    return [
      {
        idea,
        source,
        branch: branch === -1 ? input.preferBranches.length : branch,
        masked: opensMasked(idea.text) ? 1 : 0,
        order,
      },
    ];
  });
  const ranked = matching.sort(
    (a, b) =>
      (a.source === b.source ? 0 : a.source === 'profession' ? -1 : 1) ||
      a.branch - b.branch ||
      a.masked - b.masked ||
      a.order - b.order,
  );
  return {
    profession: input.profession,
    ideas: ranked.slice(0, limit).map(({ idea, source, branch }) => ({
      ...idea,
      source,
      ownBranch: branch < input.preferBranches.length,
    })),
    total: matching.length,
    fromProfession: matching.filter((m) => m.source === 'profession').length,
    byText: namedByText(input.profession),
  };
}
