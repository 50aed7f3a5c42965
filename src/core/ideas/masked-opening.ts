/**
 * Whether an idea's shown text reads as a masking placeholder rather than as the idea: it opens with
 * one ("Laatst stuurde [e-mailadres] ons …") or placeholders make up much of it. Masking stays; the
 * bridge only prefers another idea as the first listed or as a solution's quote (bridge-selection.ts,
 * bridge-solutions.ts).
 */
import { MASK_PLACEHOLDERS } from '../text/ideas-messages.js';

/** A placeholder among the first this many words opens the text. */
export const OPENING_WORDS = 3;
/** Placeholders that make up at least this share of the words dominate the text (0–1). */
export const DOMINANT_SHARE = 0.2;

/**
 * The placeholders that make a text read as masked. A name is left out: "Collega [naam] maakte een
 * overdrachtslijst" reads as the idea, the cue before the placeholder says who is meant.
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set(
  Object.entries(MASK_PLACEHOLDERS)
    .filter(([kind]) => kind !== 'name')
    .map(([, placeholder]) => placeholder),
);

/** A word of the text without the punctuation around it: `[e-mailadres],` is `[e-mailadres]`. */
function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}[]+|[^\p{L}\p{N}\]]+$/gu, '');
}

export function opensMasked(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => w !== '');
  const masked = words.map((w) => PLACEHOLDERS.has(bare(w)));
  const count = masked.filter(Boolean).length;
  if (count === 0) return false;
  return masked.slice(0, OPENING_WORDS).some(Boolean) || count / words.length >= DOMINANT_SHARE;
}
