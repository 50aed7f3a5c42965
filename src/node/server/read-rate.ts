/**
 * The read limit per client. Its own small module: `werkbalans serve` reads WERKBALANS_READ_RATE before
 * it opens its port, and loads the rest of the app only while the store opens (server-config.ts
 * re-exports it).
 */
import type { RateLimit } from './rate-limit.js';

/** Read requests per second and client when WERKBALANS_READ_RATE is not set. */
export const DEFAULT_READ_RATE = 30;

/** The read limit for a rate per second: a burst of ten seconds' worth; 0 = no limit. */
export function readLimitOf(perSecond: number): RateLimit | undefined {
  return perSecond > 0 ? { burst: perSecond * 10, perSecond } : undefined;
}
