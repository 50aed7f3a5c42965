import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { ideaStoreSuite } from './ideas.shared.js';

storeSuiteOnPostgres('ideas store', ideaStoreSuite);
