import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { remaskSuite } from './remask.shared.js';

storeSuiteOnPostgres('re-masking stored ideas', remaskSuite);
