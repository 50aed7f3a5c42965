import { openDatabase } from '../../../src/node/store/database.js';
import { remaskSuite } from './remask.shared.js';

remaskSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
