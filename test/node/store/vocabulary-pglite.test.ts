import { openDatabase } from '../../../src/node/store/database.js';
import { vocabularySuite } from './vocabulary.shared.js';

vocabularySuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
