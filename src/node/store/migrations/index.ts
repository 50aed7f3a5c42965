import { ideasMigration } from './001-ideas.js';
import { datasetsMigration } from './002-datasets.js';
import { ideasExampleMigration } from './003-ideas-example.js';
import { publishedLabelsMigration } from './004-published-labels.js';
import { ideaErasuresMigration } from './005-idea-erasures.js';
import { ideasThemesIndexMigration } from './006-ideas-search-index.js';
import { solutionsMigration } from './007-solutions.js';
import { ideaFacetCountsMigration } from './008-idea-facet-counts.js';
import { datasetSourceUrlMigration } from './009-dataset-source-url.js';
import { joinedWordsMigration } from './010-joined-words.js';
import { searchConceptsMigration } from './011-search-concepts.js';
import { analysisResultsMigration } from './012-analysis-results.js';
import { analyseOnceMigration } from './013-analyse-once.js';
import { publicVocabularyMigration } from './014-public-vocabulary.js';
import { analysedInsertMigration } from './015-analysed-insert.js';
import { datasetFirstShownMigration } from './016-dataset-first-shown.js';
import { solutionPinsMigration } from './017-solution-pins.js';
import { phrasePostingsMigration } from './018-phrase-postings.js';
import { wordSensesMigration } from './019-word-senses.js';
import { senseWordsMigration } from './020-sense-words.js';
import type { Migration } from './migration.js';

/** Every migration, one file each; add new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [
  ideasMigration,
  datasetsMigration,
  ideasExampleMigration,
  publishedLabelsMigration,
  ideaErasuresMigration,
  ideasThemesIndexMigration,
  solutionsMigration,
  ideaFacetCountsMigration,
  datasetSourceUrlMigration,
  joinedWordsMigration,
  searchConceptsMigration,
  analysisResultsMigration,
  analyseOnceMigration,
  publicVocabularyMigration,
  analysedInsertMigration,
  datasetFirstShownMigration,
  solutionPinsMigration,
  phrasePostingsMigration,
  wordSensesMigration,
  senseWordsMigration,
];
