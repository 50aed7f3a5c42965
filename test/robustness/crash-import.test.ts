/**
 * SIGKILL during a large ideas import (6 000 new ideas, the 300 of the store changed), on PGlite and
 * PostgreSQL: once per case here; twenty times per case during an import of 30 000 in the long run
 * (test/fuzz/crash-import.test.ts, `npm run fuzz`).
 */
import { describe } from 'vitest';
import { crashSuite } from './crash-import.shared.js';

describe('crash safety of the ideas import (short: one kill per case)', () => {
  crashSuite(1, 6_000);
});
