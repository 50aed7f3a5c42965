/**
 * Dutch messages of the survey table importers. Every error names the file, the row (and column where
 * there is one), what was found and what was expected; `message` is the full sentence shown to users.
 */
import type { InputError } from '../contract/input-error.js';
import { SURVEY_EXTENSIONS } from '../contract/table.js';
import { formatCount, formatNumber, orList } from './format.js';
import { EXAMPLE_DATA_LABEL } from './labels.js';

/** Where a problem is: file, spreadsheet row (first line = 1), column letter and its header name. */
export interface MessagePlace {
  readonly file: string;
  readonly row?: number | undefined;
  /** Column letter (A, B, …) or, for JSON, the property name. */
  readonly column?: string | undefined;
  /** Header text of the column, shown beside the letter. */
  readonly columnName?: string | undefined;
  /** What a row is called: a spreadsheet row, or an observation of a StatLine response. */
  readonly rowNoun?: 'rij' | 'waarneming' | undefined;
}

/** The role of a number cell. */
export type CellRole = 'value' | 'lower' | 'upper';

const ROLE_NAMES: Readonly<Record<CellRole, string>> = {
  value: 'waarde',
  lower: 'ondergrens',
  upper: 'bovengrens',
};

export const PERCENT_EXPECTED = 'een percentage van 0 tot en met 100';
const NUMBER_EXPECTED = `${PERCENT_EXPECTED} (bijv. 63,4 of 63.4), of ., x, -, – of leeg voor een niet-gepubliceerd cijfer`;

function placeText(place: MessagePlace): string {
  let text = place.file;
  if (place.row !== undefined) text += `, ${place.rowNoun ?? 'rij'} ${place.row}`;
  if (place.column !== undefined) {
    text += `, kolom ${place.column}`;
    if (place.columnName) text += ` (${place.columnName})`;
  }
  return text;
}

function inputError(place: MessagePlace, what: string, found: string, expected: string): InputError {
  return {
    file: place.file,
    ...(place.row !== undefined ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
    found,
    expected,
    message: `${placeText(place)}: ${what}${what.endsWith('?') ? '' : '.'} Gevonden: ${found}; verwacht: ${expected}.`,
  };
}

/** A cell as the user wrote it, quoted: `'63,4*'`; numbers in Dutch notation. */
export function quoted(cell: string | number): string {
  if (typeof cell === 'number') {
    const decimals = Math.min(6, (String(cell).split('.')[1] ?? '').length);
    return `'${formatNumber(cell, decimals)}'`;
  }
  return `'${cell.length > 80 ? `${cell.slice(0, 77)}…` : cell}'`;
}

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown} en ${formatCount(rows.length - 5)} meer` : shown;
}

export const importErrors = {
  unsupportedExtension: (file: string, extension: string) =>
    inputError(
      { file },
      'dit bestandstype wordt niet ondersteund',
      extension ? `de extensie '${extension}'` : 'geen extensie',
      `${orList(SURVEY_EXTENSIONS)}, of een StatLine-URL (https://…)`,
    ),
  unreadable: (file: string, detail: string) =>
    inputError({ file }, 'het bestand kan niet worden gelezen', detail, 'een leesbaar bestand'),
  fileTooLarge: (file: string, bytes: number, limit: number) =>
    inputError({ file }, 'het bestand is te groot', megabytes(bytes), `hoogstens ${megabytes(limit)}`),
  tooManyRows: (file: string, rows: number, limit: number) =>
    inputError(
      { file },
      'het bestand heeft te veel gegevensrijen',
      `${formatCount(rows)} rijen`,
      `hoogstens ${formatCount(limit)} rijen`,
    ),
  emptyFile: (file: string) =>
    inputError(
      { file },
      'het bestand is leeg',
      'geen tekst of cellen',
      'een tabel met een kopregel en gegevens',
    ),
  noDataRows: (place: MessagePlace) =>
    inputError(
      place,
      'de tabel heeft geen gegevensrijen',
      'alleen een kopregel',
      'minstens één rij met een cijfer',
    ),
  notText: (file: string, found: string, expected: string) =>
    inputError({ file }, 'het bestand is niet de indeling die de naam zegt', found, expected),
  notXlsx: (file: string, found: string) =>
    inputError(
      { file },
      'het bestand is niet de indeling die de naam zegt',
      found,
      'een Excel-werkmap (.xlsx, een zip-archief)',
    ),
  notJson: (file: string, found: string) =>
    inputError(
      { file },
      'het bestand is niet de indeling die de naam zegt',
      found,
      'JSON met StatLine-waarnemingen (OData v4)',
    ),
  zipTooLarge: (file: string, bytes: number, limit: number) =>
    inputError(
      { file },
      'de werkmap is uitgepakt te groot (mogelijk een zipbom)',
      `${megabytes(bytes)} uitgepakt`,
      `hoogstens ${megabytes(limit)} uitgepakt`,
    ),
  zipRatio: (file: string, entry: string, ratio: number, limit: number) =>
    inputError(
      { file },
      'een onderdeel van de werkmap is verdacht sterk ingepakt (mogelijk een zipbom)',
      `'${entry}' met verhouding ${formatCount(Math.round(ratio))}×`,
      `hoogstens ${formatCount(limit)}×`,
    ),
  sheetTooLarge: (
    file: string,
    part: string,
    extent: { readonly rows: number; readonly columns: number },
    limits: { readonly rows: number; readonly columns: number; readonly cells: number },
  ) =>
    inputError(
      { file },
      'een werkblad is te groot om veilig te lezen',
      `'${part}' tot rij ${formatCount(extent.rows)} en kolom ${formatCount(extent.columns)}`,
      `hoogstens ${formatCount(limits.rows)} rijen, ${formatCount(limits.columns)} kolommen en ${formatCount(limits.cells)} cellen in gebruik`,
    ),
  csvSyntax: (place: MessagePlace, found: string) =>
    inputError(
      place,
      'de tekst is geen geldige CSV',
      found,
      'velden gescheiden door , ; of tab, aanhalingstekens gesloten',
    ),
  missingColumns: (place: MessagePlace, headers: readonly string[], missing: readonly string[]) =>
    inputError(
      place,
      `verplichte kolom${missing.length > 1 ? 'men' : ''} ${missing.map((name) => `'${name}'`).join(', ')} ontbre${missing.length > 1 ? 'ken' : 'ekt'}`,
      headers.length ? `de kolommen ${headers.map((h) => `'${h}'`).join(', ')}` : 'een lege kopregel',
      'de kolommen beroep, indicator en waarde (of profession, indicator, value), in willekeurige volgorde',
    ),
  duplicateColumn: (place: MessagePlace, name: string, firstColumn: string) =>
    inputError(
      place,
      `de kolom '${name}' staat er twee keer`,
      `ook in kolom ${firstColumn}`,
      'elke kolom één keer',
    ),
  decimalCommaInCommaFile: (file: string, rows: number, surplus: number | null) =>
    inputError(
      { file },
      'de getallen lijken een decimale komma te hebben in een bestand dat komma’s als scheidingsteken gebruikt: kies ; als scheidingsteken of zet de getallen tussen aanhalingstekens ("63,4")',
      `${rows === 1 ? '1 rij' : `${formatCount(rows)} rijen`} met ${surplus === null ? 'cellen' : surplus === 1 ? '1 cel' : `${formatCount(surplus)} cellen`} te veel, waar getallen in tweeën lijken gesplitst`,
      'getallen met een decimale komma in een bestand met ; of tab als scheidingsteken, of tussen aanhalingstekens',
    ),
  /** The rest of a fault repeated in many rows, after its first rows (repeated-errors.ts). */
  repeatedRows: (file: string, count: number, first: number, last: number) =>
    `${file}: en nog ${count === 1 ? '1 rij' : `${formatCount(count)} rijen`} met dezelfde fout (${count === 1 ? `rij ${first}` : `rij ${first} tot en met ${last}`}).`,
  wrongCellCount: (place: MessagePlace, found: number, expected: number) =>
    inputError(
      place,
      'de rij heeft een verkeerd aantal cellen',
      `${formatCount(found)} cellen`,
      `${formatCount(expected)} cellen, zoals de kopregel`,
    ),
  cellOutsideHeader: (place: MessagePlace, cell: string | number) =>
    inputError(
      place,
      'de rij heeft een cel buiten de kolommen van de kop',
      quoted(cell),
      'geen cellen rechts van de laatste kolom met een kop',
    ),
  missingProfession: (place: MessagePlace) =>
    inputError(place, 'het beroep ontbreekt', 'een lege cel', 'de naam van een beroep'),
  missingPeriod: (place: MessagePlace) =>
    inputError(
      place,
      'de periode ontbreekt, terwijl andere rijen er een hebben',
      'een lege cel',
      'een periode, bijvoorbeeld 2024KW04',
    ),
  missingIndicator: (place: MessagePlace) =>
    inputError(place, 'de indicator ontbreekt', 'een lege cel', 'een indicator-id of een geaccepteerd label'),
  unknownIndicator: (place: MessagePlace, label: string, nearest: string) =>
    inputError(
      place,
      `onbekende indicator ${quoted(label)}; bedoelt u '${nearest}'?`,
      quoted(label),
      `een geaccepteerd label, zoals '${nearest}'`,
    ),
  notANumber: (place: MessagePlace, role: CellRole, cell: string) =>
    inputError(place, `de ${ROLE_NAMES[role]} is geen getal`, quoted(cell), NUMBER_EXPECTED),
  notACellValue: (place: MessagePlace, role: CellRole, found: string) =>
    inputError(place, `de ${ROLE_NAMES[role]} is geen getal`, found, NUMBER_EXPECTED),
  outOfRange: (place: MessagePlace, role: CellRole, cell: string | number) =>
    inputError(place, `de ${ROLE_NAMES[role]} ligt buiten 0–100`, quoted(cell), PERCENT_EXPECTED),
  lowerAboveValue: (place: MessagePlace, lower: string | number, value: string | number) =>
    inputError(
      place,
      'de ondergrens ligt boven de waarde',
      `ondergrens ${quoted(lower)} bij waarde ${quoted(value)}`,
      'een ondergrens kleiner dan of gelijk aan de waarde',
    ),
  upperBelowValue: (place: MessagePlace, upper: string | number, value: string | number) =>
    inputError(
      place,
      'de bovengrens ligt onder de waarde',
      `bovengrens ${quoted(upper)} bij waarde ${quoted(value)}`,
      'een bovengrens groter dan of gelijk aan de waarde',
    ),
  duplicate: (
    place: MessagePlace,
    profession: string,
    indicator: string,
    period: string | null,
    firstRow: number,
  ) =>
    inputError(
      place,
      'dezelfde combinatie van beroep, indicator en periode staat er twee keer',
      `beroep '${profession}', indicator '${indicator}'${period ? `, periode '${period}'` : ''} ook in ${place.rowNoun ?? 'rij'} ${firstRow}`,
      'elke combinatie van beroep, indicator en periode één keer',
    ),
  noHeader: (file: string, sheets: readonly string[]) =>
    inputError(
      { file },
      'geen tabelkop gevonden',
      sheets.length
        ? `de bladen ${sheets.map((s) => `'${s}'`).join(', ')} zonder herkenbare kop`
        : 'een werkmap zonder bladen',
      'een lange tabel (kolommen beroep, indicator, waarde) of een CBS-tabel met een indicatorregel en een regel Waarde/Ondergrens/Bovengrens',
    ),
  sheetNotFound: (file: string, sheet: string, sheets: readonly string[]) =>
    inputError(
      { file },
      `het blad '${sheet}' bestaat niet`,
      `de bladen ${sheets.map((s) => `'${s}'`).join(', ')}`,
      `een blad met de naam '${sheet}'`,
    ),
  unknownRole: (place: MessagePlace, cell: string | number) =>
    inputError(
      place,
      'onbekende kolomsoort in de tweede kopregel',
      quoted(cell),
      'Waarde, %, Ondergrens of Bovengrens',
    ),
  duplicateRole: (place: MessagePlace, label: string, role: string) =>
    inputError(
      place,
      `de indicator '${label}' heeft twee kolommen '${role}'`,
      `een tweede kolom '${role}'`,
      'per indicator hoogstens één kolom Waarde, Ondergrens en Bovengrens',
    ),
  roleWithoutIndicator: (place: MessagePlace, role: string) =>
    inputError(
      place,
      'een kolom heeft geen indicator in de eerste kopregel',
      `'${role}' zonder indicator erboven`,
      'een indicatorlabel boven (of links boven, bij samengevoegde cellen) de kolom',
    ),
  indicatorWithoutValue: (place: MessagePlace, label: string) =>
    inputError(
      place,
      `de indicator '${label}' heeft geen kolom Waarde`,
      'alleen grenzen',
      'een kolom Waarde (of %)',
    ),
  sidecarInvalid: (file: string, found: string) =>
    inputError(
      { file },
      'het metagegevensbestand is ongeldig',
      found,
      'JSON als { "title": "…", "example": false }',
    ),
  statlineShape: (file: string, found: string) =>
    inputError(
      { file },
      'de JSON heeft niet de vorm van StatLine-waarnemingen',
      found,
      '{ "value": [ … ] }, een lijst waarnemingen, of { "observations": [ … ], "MeasureCodes": [ … ] }',
    ),
  statlineObservation: (place: MessagePlace, found: string) =>
    inputError(
      place,
      'de waarneming is ongeldig',
      found,
      'een object met Measure (tekst), Value (getal of null) en een beroepsdimensie',
    ),
  statlinePartial: (file: string, link: string) =>
    inputError(
      { file },
      'het bestand is één pagina van een groter StatLine-antwoord; de rest ontbreekt',
      `@odata.nextLink '${link.length > 120 ? `${link.slice(0, 117)}…` : link}'`,
      'alle waarnemingen in één bestand (voeg de pagina’s samen), of de URL van de tabel in plaats van het bestand',
    ),
  statlineDimension: (file: string, keys: readonly string[]) =>
    inputError(
      { file },
      'de beroepsdimensie is niet te bepalen',
      keys.length
        ? `de dimensies ${keys.map((k) => `'${k}'`).join(', ')}`
        : 'geen dimensie naast Measure en Perioden',
      'precies één dimensie naast Measure en Perioden, of één met “Beroep” in de naam',
    ),
  boundWithoutValue: (place: MessagePlace, label: string, role: CellRole) =>
    inputError(
      place,
      `een ${ROLE_NAMES[role]} zonder waarde voor '${label}'`,
      `alleen een ${ROLE_NAMES[role]}`,
      'ook een waarneming met de waarde zelf',
    ),
  fetchFailed: (url: string, found: string) =>
    inputError(
      { file: url },
      'de StatLine-URL kan niet worden opgehaald',
      found,
      'een bereikbare StatLine OData v4-URL die JSON teruggeeft',
    ),
  tooManyPages: (url: string, pages: number) =>
    inputError(
      { file: url },
      'de StatLine-URL blijft naar volgende pagina’s verwijzen',
      `meer dan ${formatCount(pages)} pagina’s`,
      'een eindig aantal pagina’s',
    ),
} as const;

export const importWarnings = {
  /** A file that is not UTF-8 read as Windows-1252 (text-content.ts): a guess, so the analyst checks it. */
  windows1252: (file: string) =>
    `${file}: het bestand is geen UTF-8 en is daarom gelezen als Windows-1252, wat Excel bij 'CSV (gescheiden door lijstscheidingsteken)' gebruikt. Controleer of letters als ë, é en het euroteken goed zijn overgekomen; opslaan als 'CSV UTF-8' voorkomt deze gok.`,
  suppressed: (file: string, rows: readonly number[]) =>
    `${file}: ${formatCount(rows.length)} ${rows.length === 1 ? 'cijfer is' : 'cijfers zijn'} niet gepubliceerd (., x, -, – of leeg) en ${rows.length === 1 ? 'telt' : 'tellen'} als ontbrekend, niet als nul (rij ${rowList(rows)}).`,
  provisional: (file: string, rows: readonly number[]) =>
    `${file}: ${formatCount(rows.length)} ${rows.length === 1 ? 'cijfer is' : 'cijfers zijn'} voorlopig of bijzonder gemarkeerd en wel meegenomen (rij ${rowList(rows)}).`,
  otherIndicator: (file: string, label: string) =>
    `${file}: '${label}' is geen indicator van het datacontract; bewaard als overige indicator (telt niet mee in de indices).`,
  codeListMissing: (file: string, list: string) =>
    `${file}: de codelijst ${list} kon niet worden opgehaald; de codes zelf worden als namen gebruikt.`,
  /** An edited copy of the example: `shared` of the table's `total` figures are the example's. */
  exampleResembled: (file: string, shared: number, total: number) =>
    `${file}: de tabel lijkt sterk op de meegeleverde voorbeelddata van werkbalans (${shared} van de ${total} cijfers zijn precies die van het voorbeeld); de tabel wordt overal als voorbeelddata getoond, niet als CBS-cijfers.`,
  exampleRecognised: (file: string, sign: 'content' | 'title') =>
    sign === 'content'
      ? `${file}: dit zijn precies de cijfers van de meegeleverde voorbeelddata van werkbalans; de tabel wordt overal als voorbeelddata getoond, niet als CBS-cijfers.`
      : `${file}: de titel boven de tabel zegt 'Voorbeelddata — geen CBS-cijfers'; de tabel wordt overal als voorbeelddata getoond.`,
  /**
   * What the analyst can do about a title-row label: for the command line and /beheer only, never the
   * report or the site (readers cannot remove a title row).
   */
  exampleTitleAction: 'Zijn het eigen cijfers, haal die titelregel dan weg.',
  ignoredColumn: (file: string, column: string, name: string) =>
    `${file}: kolom ${column} ('${name}') is geen bekende kolom en wordt genegeerd.`,
} as const;

/** Descriptions of what was found, for the `found` part of import errors. */
export const importFound = {
  zipArchive: 'een zip-archief (zoals een .xlsx-werkmap)',
  nulBytes: 'binaire gegevens (nul-bytes)',
  brokenUtf16: 'tekst die met een UTF-16-teken begint maar daarna geen geldige UTF-16 is',
  binaryNotZip: 'een binair bestand dat geen zip-archief is',
  textNotZip: 'tekst (zoals CSV), geen zip-archief',
  brokenZip: 'een beschadigd zip-archief',
  unpackableZip: 'een zip-archief dat niet kan worden uitgepakt',
  notAWorkbook: 'een zip-archief dat geen leesbare Excel-werkmap is',
  quoteNotClosed: 'een aanhalingsteken dat niet wordt gesloten',
  quoteMisplaced: 'een aanhalingsteken op een onverwachte plaats',
  unreadableLine: (code: string) => `een onleesbare regel (${code})`,
  unreadableFile: 'een bestand dat niet kan worden gelezen',
  notJson: (line?: number) => `tekst die geen geldige JSON is${line ? ` (fout op regel ${line})` : ''}`,
  notJsonResponse: 'een antwoord dat geen JSON is',
  noValueList: 'geen lijst "value"',
  networkError: (detail: string) => `een netwerkfout (${detail})`,
  httpStatus: (status: number) => `HTTP-status ${status}`,
  date: (text: string) => `een datum (${text})`,
  list: 'een lijst',
  object: (keys: readonly string[]) =>
    `een object met ${keys.length ? keys.map((k) => `'${k}'`).join(', ') : 'geen velden'}`,
  jsonValue: (json: string) => `de waarde ${json}`,
  missingField: (name: string) => `geen ${name}`,
  sidecarField: (path: string, json: string) => `${path || 'het geheel'}: ${json}`,
} as const;

/** What is expected of a text format, for `found`/`expected` of a wrong-format error. */
export const importExpected = {
  delimited: 'tekst met kolommen gescheiden door , ; of tab (CSV of TSV)',
  json: 'JSON-tekst',
  utf16: (expected: string) => `${expected}, in UTF-16 zoals het begin zegt`,
} as const;

export const importLabels = {
  /**
   * Source line of an upload recognised as the bundled example without a title of its own: it says
   * what the table is, not the name of the file it came in (example-table.ts: by its figures, its title
   * row, or most of its figures for an edited copy).
   */
  exampleCopyTitle: (sign: 'content' | 'title' | 'resembled') =>
    `${EXAMPLE_DATA_LABEL.charAt(0).toUpperCase()}${EXAMPLE_DATA_LABEL.slice(1)}: ${
      sign === 'content'
        ? 'kopie van de meegeleverde voorbeeldtabel van werkbalans'
        : sign === 'title'
          ? 'tabel met de titel van de meegeleverde voorbeeldtabel van werkbalans'
          : 'bewerkte kopie van de meegeleverde voorbeeldtabel van werkbalans'
    }`,
  /** Source line of a table fetched from StatLine: the dataset id when the URL shows it. */
  statlineTitle: (url: string) => {
    const id = /\/(\d{5}[A-Z]{3})(?:\/|$|\?)/.exec(url)?.[1];
    return id ? `CBS StatLine, tabel ${id}` : `CBS StatLine, ${url}`;
  },
  unreadableReason: (code: string | undefined) =>
    code === 'ENOENT'
      ? 'geen bestand op dit pad'
      : code === 'EISDIR'
        ? 'een map, geen bestand'
        : code === 'EACCES'
          ? 'een bestand zonder leesrechten'
          : code === 'ENOTFILE'
            ? 'geen gewoon bestand (bijvoorbeeld een pijp of apparaat)'
            : `een leesfout (${code ?? 'onbekend'})`,
} as const;

/**
 * A warning as the analyst reads it (command line, /beheer): a label taken from a workbook's title row
 * (code example-data, found = the title marker) gets what to do about it; every other warning as is.
 */
export function warningForAnalyst(warning: {
  readonly code: string;
  readonly message: string;
  readonly found?: string | undefined;
}): string {
  return warning.code === 'example-data' && warning.found === EXAMPLE_DATA_LABEL
    ? `${warning.message} ${importWarnings.exampleTitleAction}`
    : warning.message;
}
