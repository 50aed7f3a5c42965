/** A server-side DOM for Observable Plot: linkedom's document, one per call (cheap, no shared state). */
import { parseHTML } from 'linkedom';

export function nodeDocument(): Document {
  return parseHTML('<!DOCTYPE html><html lang="nl"><head></head><body></body></html>').document;
}
