import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { ideasAnalysisSuite } from './ideas-analysis.shared.js';

storeSuiteOnPostgres("an import's own text analysis", ideasAnalysisSuite);
