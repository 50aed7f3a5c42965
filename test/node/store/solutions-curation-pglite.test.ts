import { openDatabase } from '../../../src/node/store/database.js';
import { solutionsCurationSuite } from './solutions-curation.shared.js';

solutionsCurationSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
