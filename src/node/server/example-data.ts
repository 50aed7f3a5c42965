/**
 * The bundled example data, imported on first start: the constructed survey table as dataset version 1
 * (labelled voorbeelddata through its metadata file), and the example ideas once, when the ideas store
 * has never imported anything. Later starts find them and do nothing.
 */
import { existsSync } from 'node:fs';
import { importIdeasFile } from '../ideas-file.js';
import { importSurveyFile } from '../import/index.js';
import { packagePath } from '../package-root.js';
import { storeOf, type StoreSource } from '../store/index.js';

export const EXAMPLE_SURVEY = 'voorbeeld-beroepen.csv';
export const EXAMPLE_IDEAS = 'ideeen-voorbeeld.csv';

export interface ExampleDataOutcome {
  readonly datasetVersion: number | null;
  readonly ideasAdded: number | null;
}

export async function importExampleData(
  source: StoreSource,
  dataDir: string = packagePath('data'),
  /** Told before each import starts (each takes seconds), so that the server can say so. */
  onImport: (what: 'dataset' | 'ideas') => void = () => {},
): Promise<ExampleDataOutcome> {
  const store = storeOf(source);
  let datasetVersion: number | null = null;
  if ((await store.datasets.list()).length === 0) {
    onImport('dataset');
    const table = await importSurveyFile(`${dataDir}/${EXAMPLE_SURVEY}`);
    const stored = await store.datasets.add(table, { name: EXAMPLE_SURVEY });
    datasetVersion = stored.version;
  }
  let ideasAdded: number | null = null;
  const ideasFile = `${dataDir}/${EXAMPLE_IDEAS}`;
  if (existsSync(ideasFile)) {
    if (!(await store.ideas.hasImported())) {
      onImport('ideas');
      const result = await importIdeasFile(store, ideasFile, { file: EXAMPLE_IDEAS });
      ideasAdded = result.added;
    }
  }
  return { datasetVersion, ideasAdded };
}
