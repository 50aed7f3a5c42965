import { openDatabase } from '../../../src/node/store/database.js';
import { solutionsStoreSuite } from './solutions.shared.js';

solutionsStoreSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
