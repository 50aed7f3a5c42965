import { openDatabase } from '../../../src/node/store/database.js';
import { facetCountsSuite } from './facet-counts.shared.js';

facetCountsSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
