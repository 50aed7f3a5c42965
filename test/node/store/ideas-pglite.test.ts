import { openDatabase } from '../../../src/node/store/database.js';
import { ideaStoreSuite } from './ideas.shared.js';

ideaStoreSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
