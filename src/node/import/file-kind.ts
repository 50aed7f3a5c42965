import { SURVEY_FORMAT_EXTENSIONS, SURVEY_FORMATS, type SurveyFormat } from '../../core/contract/table.js';

/** How a file is read, decided by its name's extension. */
export type FileKind = 'delimited' | 'xlsx' | 'json';

/** The reader of each format; the extensions come from the contract's list of formats. */
const KIND_OF_FORMAT: Readonly<Record<SurveyFormat, FileKind>> = {
  csv: 'delimited',
  tsv: 'delimited',
  'xlsx-long': 'xlsx',
  'xlsx-wide': 'xlsx',
  statline: 'json',
};

const KINDS: Readonly<Record<string, FileKind>> = Object.fromEntries(
  SURVEY_FORMATS.flatMap((format) =>
    SURVEY_FORMAT_EXTENSIONS[format].map((extension) => [extension, KIND_OF_FORMAT[format]] as const),
  ),
);

/** The extension of a file name or path, lower case with its dot (`.csv`), or '' when it has none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function fileKindOf(name: string): FileKind | undefined {
  return KINDS[extensionOf(name)];
}

/** A title for a table without metadata: its file name without folder and extension. */
export function titleFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const extension = extensionOf(base);
  return extension ? base.slice(0, -extension.length) : base;
}

export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}
