import { openDatabase } from '../../../src/node/store/database.js';
import { apiSuite } from './api.shared.js';

apiSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
