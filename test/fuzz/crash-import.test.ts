/** The long crash run: twenty SIGKILLs mid-import per back end, with `npm run fuzz` (WERKBALANS_FUZZ=long). */
import { describe } from 'vitest';
import { crashSuite } from '../robustness/crash-import.shared.js';
import { LONG } from './fuzz-settings.js';

describe.runIf(LONG)('crash safety of the ideas import (long: 20 kills per back end)', () => {
  crashSuite(20);
});
