import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { solutionsStoreSuite } from './solutions.shared.js';

storeSuiteOnPostgres('solutions store', solutionsStoreSuite);
