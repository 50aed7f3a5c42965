/** The stable id of an idea: shared by the importer (rows without an id) and the store (ideas added by a curator). */
import { createHash } from 'node:crypto';
import { labelKey } from '../core/contract/names.js';

/**
 * The id of an idea that came without one: a hash of its normalised text (lower case, no accents, only
 * letters and digits), so importing the same file again finds the same ideas instead of adding them
 * twice. 64 bits of SHA-256: a collision among a million ideas has a chance of about 3 in 100 million.
 */
export function deriveIdeaId(text: string): string {
  return `idee-${createHash('sha256').update(labelKey(text)).digest('hex').slice(0, 16)}`;
}
