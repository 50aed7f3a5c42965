/**
 * The long crash run: twenty SIGKILLs per case during an import of 30 000 new ideas, with `npm run fuzz`
 * (WERKBALANS_FUZZ=long).
 */
import { describe } from 'vitest';
import { crashSuite } from '../robustness/crash-import.shared.js';
import { LONG } from './fuzz-settings.js';

describe.runIf(LONG)('crash safety of the ideas import (long: 20 kills per case)', () => {
  crashSuite(20, 30_000);
});
