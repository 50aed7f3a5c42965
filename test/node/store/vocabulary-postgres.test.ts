import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { vocabularySuite } from './vocabulary.shared.js';

storeSuiteOnPostgres('vocabulary of public ideas', vocabularySuite);
