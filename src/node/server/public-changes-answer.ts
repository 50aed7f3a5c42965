/**
 * What a change did to other ideas' published values, as every write's answer carries it (README "Every
 * change says what it did to *other* ideas"): the k-anonymity rule can withdraw or give back values of
 * ideas the change never touched.
 */
import type { PublicChanges } from '../../core/ideas/public-changes.js';
import { ideasMessages } from '../../core/text/ideas-messages.js';

/** The counts with their Dutch sentence ('' when nothing changed). */
export function publicChangesAnswer(changes: PublicChanges): PublicChanges & { message: string } {
  return { ...changes, message: ideasMessages.publicChanges(changes) };
}
