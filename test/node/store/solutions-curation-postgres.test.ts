import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { solutionsCurationSuite } from './solutions-curation.shared.js';

storeSuiteOnPostgres('solutions curation', solutionsCurationSuite);
