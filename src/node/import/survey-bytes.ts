import type { Observation, SurveyTable, TableSource } from '../../core/contract/table.js';
import { importErrors, importLabels, importWarnings } from '../../core/text/import-messages.js';
import { EXAMPLE_DATA_LABEL } from '../../core/text/labels.js';
import { readDelimitedTable } from './delimited-table.js';
import { bundledExampleObservations } from './bundled-example.js';
import { closelyResemblesExample, exampleResemblance, isBundledExample } from './example-table.js';
import { extensionOf, fileKindOf, titleFromName, type FileKind } from './file-kind.js';
import { MAX_FILE_BYTES } from './limits.js';
import { Problems } from '../../core/contract/problems.js';
import type { TableMeta } from './sidecar.js';
import { surveyTable } from './survey-table.js';

/** Options of the survey importers. */
export interface SurveyImportOptions {
  /** Sheet of an .xlsx to read; default the first sheet with a recognisable header. */
  readonly sheet?: string | undefined;
  /** Fetch used for StatLine URLs; default the global fetch (tests pass a fake). */
  readonly fetch?: typeof fetch | undefined;
}

/** A reader of one file format: the table's observations, its errors and warnings in `problems`. */
type SurveyReader = (
  bytes: Uint8Array,
  options: SurveyImportOptions,
  problems: Problems,
) => Promise<{
  readonly format: TableSource['format'];
  readonly observations: readonly Observation[];
  /** A title row says the table is voorbeelddata (only a workbook has title rows). */
  readonly exampleTitle?: boolean;
}>;

/**
 * The readers, one per file format (file-kind.ts maps extensions to formats): adding a format is one
 * entry here plus its module.
 */
const SURVEY_READERS: Readonly<Record<FileKind, SurveyReader>> = {
  delimited: (bytes, _options, problems) => readDelimitedTable(bytes, problems),
  xlsx: async (bytes, options, problems) => {
    // Loaded on demand: the xlsx reader is the largest part of the importers and a CSV needs none of it.
    const { readXlsxTable } = await import('./xlsx-table.js');
    return readXlsxTable(bytes, options.sheet, problems);
  },
  json: async (bytes, _options, problems) => {
    // Loaded on demand too: its schema (zod) is of no use to a CSV.
    const { readStatlineJson } = await import('./statline-json.js');
    return { format: 'statline', observations: readStatlineJson(bytes, problems) };
  },
};

/**
 * Imports a survey table from bytes in memory (an upload), the format taken from the name's extension:
 * .csv/.tsv/.txt long table, .xlsx long or CBS wide table, .json StatLine observations. Without
 * metadata the title is the file name, and the table is example data only when it is recognised as the
 * bundled example (example-table.ts; a warning says so). Throws `InputErrors` with all
 * of the file's errors; nothing partial.
 */
export async function importSurveyBytes(
  name: string,
  bytes: Uint8Array,
  options: SurveyImportOptions = {},
): Promise<SurveyTable> {
  return importSurveyContent(name, bytes, options, new Problems(name));
}

/** The same, with the file's metadata (from a sidecar) and a problem list that may hold its errors. */
export async function importSurveyContent(
  name: string,
  bytes: Uint8Array,
  options: SurveyImportOptions,
  problems: Problems,
  meta?: TableMeta,
): Promise<SurveyTable> {
  const kind = fileKindOf(name);
  const source = (format: TableSource['format']): TableSource => ({
    file: name,
    format,
    title: meta?.title ?? titleFromName(name),
    example: meta?.example ?? false,
    ...(meta?.url ? { url: meta.url } : {}),
  });
  if (!kind) {
    problems.error(importErrors.unsupportedExtension(name, extensionOf(name)));
    return surveyTable(source('csv'), [], problems);
  }
  if (bytes.length > MAX_FILE_BYTES) {
    problems.error(importErrors.fileTooLarge(name, bytes.length, MAX_FILE_BYTES));
    return surveyTable(source('csv'), [], problems);
  }
  if (bytes.length === 0) {
    problems.error(importErrors.emptyFile(name));
    return surveyTable(source('csv'), [], problems);
  }
  const table = await SURVEY_READERS[kind](bytes, options, problems);
  if (meta?.example || problems.failed)
    return surveyTable(source(table.format), table.observations, problems);
  // No sidecar says it is the example: recognise a copy of the bundled one by its content or title row,
  // or an edited copy by most of its figures.
  const recognised = isBundledExample(table.observations)
    ? 'content'
    : table.exampleTitle
      ? 'title'
      : undefined;
  const sign = recognised ?? 'resembled';
  if (recognised) {
    // The title marker as `found`: the command line and /beheer add what to do about it (import-messages.ts).
    problems.warn(
      'example-data',
      importWarnings.exampleRecognised(name, recognised),
      recognised === 'title' ? { found: EXAMPLE_DATA_LABEL } : undefined,
    );
  } else {
    const resemblance = exampleResemblance(table.observations, await bundledExampleObservations());
    if (!closelyResemblesExample(resemblance))
      return surveyTable(source(table.format), table.observations, problems);
    problems.warn(
      'example-data',
      importWarnings.exampleResembled(name, resemblance.shared, resemblance.table),
    );
  }
  // Its source line says it is the example, not the name of the file it came in; a sidecar's title stays.
  const title = meta?.title ?? importLabels.exampleCopyTitle(sign);
  return surveyTable({ ...source(table.format), title, example: true }, table.observations, problems);
}
