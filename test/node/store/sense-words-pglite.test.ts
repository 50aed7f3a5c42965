import { openDatabase } from '../../../src/node/store/database.js';
import { senseWordsSuite } from './sense-words.shared.js';

senseWordsSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
