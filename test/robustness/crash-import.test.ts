/**
 * SIGKILL during a large ideas import, on PGlite and PostgreSQL: once per case here, twenty times in
 * the long run (test/fuzz/crash-import.test.ts, `npm run fuzz`).
 */
import { describe } from 'vitest';
import { crashSuite } from './crash-import.shared.js';

describe('crash safety of the ideas import (short: one kill per case)', () => {
  crashSuite(1);
});
