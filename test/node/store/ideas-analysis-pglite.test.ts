import { openDatabase } from '../../../src/node/store/database.js';
import { ideasAnalysisSuite } from './ideas-analysis.shared.js';

ideasAnalysisSuite('PGlite', () => openDatabase({ dataDir: 'memory://' }));
