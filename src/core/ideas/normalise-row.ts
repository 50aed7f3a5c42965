/**
 * One row of an ideas file (already split into cells by a reader) → a normalised idea draft, or the
 * row's errors. Unknown branch, province, profession or theme values are kept as written and reported as
 * warnings; a kind outside the four is an error. Personal data in every field (text, labels, id) is
 * masked here, before anything is stored or echoed in a message.
 */
import type { InputError } from '../contract/input-error.js';
import { Problems, type Warning, type WarningCode } from '../contract/problems.js';
import { ideaFieldNames, ideaPlace, ideasExpected, ideasMessages } from '../text/ideas-messages.js';
import type { IdeaField } from './headers.js';
import { IDEA_KINDS, KIND_NAMES, MAX_ID_LENGTH, MAX_TEXT_LENGTH, type Idea, type IdeaKind } from './idea.js';
import { IDEA_LABELS, type IdeaLabelMatchers } from './known-labels.js';
import { labelKey } from '../contract/names.js';
import type { LabelMatch, LabelMatcher } from './label-matcher.js';
import { addMasked, maskPersonalData, type MaskKind, type MaskResult } from './mask.js';

export interface RawCell {
  /** A string from a text file or sheet; a list (themes) or number from JSON or a sheet. */
  readonly value: string | readonly string[];
  /** The column as written in the file, for messages. */
  readonly column: string;
}

export interface RawIdeaRow {
  /** Spreadsheet row number (the header is row 1), or the element number in a JSON array; none for a form. */
  readonly row?: number | undefined;
  readonly cells: Partial<Record<IdeaField, RawCell>>;
}

/** An idea before it has its final id: `id` is null when the file gave none. */
export type IdeaDraft = Omit<Idea, 'id'> & { readonly id: string | null };

export interface NormalisedRow {
  readonly row?: number | undefined;
  readonly draft: IdeaDraft | null;
  readonly errors: readonly InputError[];
  readonly warnings: readonly Warning[];
  readonly masked: MaskResult['masked'];
}

const KIND_BY_KEY = new Map<string, IdeaKind>();
for (const kind of IDEA_KINDS) for (const name of KIND_NAMES[kind]) KIND_BY_KEY.set(labelKey(name), kind);

// Control characters are the point here: stored text never holds one (the snippet markers are two).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** Trimmed text with Windows line ends and control characters (except line breaks) cleaned away. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_EXCEPT_NEWLINE, '')
    .replace(/[ \u00A0]+\n/g, '\n')
    .trim();
}

function single(value: string | readonly string[]): string {
  return typeof value === 'string' ? value.trim() : value.join(';').trim();
}

export function normaliseIdeaRow(
  file: string,
  raw: RawIdeaRow,
  options: { readonly json?: boolean; readonly labels?: IdeaLabelMatchers } = {},
): NormalisedRow {
  const { json = false, labels = IDEA_LABELS } = options;
  const problems = new Problems(file);
  const place = (field: IdeaField) => ideaPlace(file, raw.row, raw.cells[field]?.column, json);
  const at = (field: IdeaField, found: string, expected: string) => ({
    row: raw.row,
    column: raw.cells[field]?.column ?? ideaFieldNames[field],
    found,
    expected,
  });
  const error = (field: IdeaField, found: string, expected: string, message: string) =>
    problems.errorAt(at(field, found, expected), message);
  const warn = (code: WarningCode, field: IdeaField, found: string, expected: string, message: string) =>
    problems.warn(code, message, at(field, found, expected));

  // Every field is masked before it is used, echoed in a message or stored: labels and ids are free
  // text too ("Wijkteam Jansen 06-12345678").
  const masked: Partial<Record<MaskKind, number>> = {};
  // Label fields go through every detector but the name scanner (mask.ts, MaskOptions.names).
  const mask = (value: string, names = true): string => {
    const result = maskPersonalData(value, undefined, { names });
    addMasked(masked, result.masked);
    return result.text;
  };

  let id: string | null = null;
  const idCell = raw.cells.id;
  if (idCell) {
    const unmasked = single(idCell.value);
    const written = mask(unmasked);
    if (written.length > MAX_ID_LENGTH || CONTROL.test(written)) {
      error(
        'id',
        written,
        ideasExpected.maxChars(MAX_ID_LENGTH),
        ideasMessages.badId(place('id'), written, MAX_ID_LENGTH),
      );
    } else if (written !== unmasked) {
      // An id holding personal data is not used: the idea gets an id derived from its text.
      warn(
        'id-personal-data',
        'id',
        written,
        ideasExpected.idWithoutPersonalData,
        ideasMessages.idHeldPersonalData(place('id')),
      );
    } else if (written) id = written;
  }

  const text = cleanText(raw.cells.text ? single(raw.cells.text.value) : '');
  if (!text) error('text', '', ideasExpected.nonEmptyText, ideasMessages.textMissing(place('text')));
  else if (text.length > MAX_TEXT_LENGTH) {
    error(
      'text',
      ideasExpected.chars(text.length),
      ideasExpected.maxChars(MAX_TEXT_LENGTH),
      ideasMessages.textTooLong(place('text'), text.length, MAX_TEXT_LENGTH),
    );
  }

  let kind: IdeaKind | null = null;
  const kindWritten = raw.cells.kind ? mask(single(raw.cells.kind.value), false) : '';
  if (kindWritten) {
    const found = KIND_BY_KEY.get(labelKey(kindWritten));
    if (found) kind = found;
    else
      error(
        'kind',
        kindWritten,
        ideasMessages.expectedKind,
        ideasMessages.badKind(place('kind'), kindWritten),
      );
  }

  // A known label holds no personal data; anything else is masked before it is matched again, kept or
  // echoed in a warning.
  const matchMasked = (matcher: LabelMatcher, cleaned: string): { written: string; match: LabelMatch } => {
    const known = matcher.match(cleaned);
    if (known.known) return { written: cleaned, match: known };
    const written = mask(cleaned, false);
    return { written, match: written === cleaned ? known : matcher.match(written) };
  };
  const label = (field: 'branch' | 'province' | 'profession', cleaned: string): string | null => {
    if (!cleaned) return null;
    const { written, match } = matchMasked(labels[field], cleaned);
    if (!match.known) {
      const name = ideaFieldNames[field];
      warn(
        'unknown-label',
        field,
        written,
        ideasMessages.expectedLabel(name),
        ideasMessages.unknownLabel(place(field), name, match.label, match.nearest),
      );
    }
    return match.label;
  };
  const cellOf = (field: 'branch' | 'province' | 'profession') => {
    const cell = raw.cells[field];
    return cell ? cleanText(single(cell.value)).replace(/\s+/g, ' ') : '';
  };
  const branch = label('branch', cellOf('branch'));
  const province = label('province', cellOf('province'));
  const profession = label('profession', cellOf('profession'));

  const themes: string[] = [];
  const themeCell = raw.cells.themes;
  const themeValues = !themeCell
    ? []
    : typeof themeCell.value === 'string'
      ? themeCell.value.split(';')
      : themeCell.value;
  for (const value of themeValues) {
    const cleaned = cleanText(value).replace(/\s+/g, ' ');
    if (!cleaned) continue;
    const { written, match } = matchMasked(labels.theme, cleaned);
    if (!match.known) {
      warn(
        'unknown-label',
        'themes',
        written,
        ideasMessages.expectedLabel('thema'),
        ideasMessages.unknownLabel(place('themes'), 'thema', match.label, match.nearest),
      );
    }
    if (!themes.includes(match.label)) themes.push(match.label);
  }

  const errors = problems.errorList();
  const warnings = problems.warningRecords();
  if (problems.failed) return { row: raw.row, draft: null, errors, warnings, masked };
  const maskedText = mask(text);
  return {
    row: raw.row,
    draft: { id, text: maskedText, themes, kind, branch, province, profession },
    errors,
    warnings,
    masked,
  };
}
