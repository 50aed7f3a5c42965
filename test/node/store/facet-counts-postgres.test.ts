import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { facetCountsSuite } from './facet-counts.shared.js';

storeSuiteOnPostgres('facet counts', facetCountsSuite);
