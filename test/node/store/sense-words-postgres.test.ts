import { storeSuiteOnPostgres } from '../../support/postgres-suite.js';
import { senseWordsSuite } from './sense-words.shared.js';

storeSuiteOnPostgres('the words of a text on both search paths', senseWordsSuite);
