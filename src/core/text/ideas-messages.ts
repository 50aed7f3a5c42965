/** Dutch texts of the ideas databank: import errors and warnings, masking, curation and search output. */
import type { PublicChanges } from '../ideas/public-changes.js';
import { andList, formatCount, orList } from './format.js';

/** Where a problem is: `ideeen.csv, rij 4, kolom 'soort'`. JSON files number their elements. */
export function ideaPlace(file: string, row?: number, column?: string, json = false): string {
  const parts = [file];
  if (row !== undefined) parts.push(json ? `element ${row}` : `rij ${row}`);
  if (column !== undefined) parts.push(`kolom '${column}'`);
  return parts.join(', ');
}

/** What replaces personal data in an idea's text. */
export const MASK_PLACEHOLDERS = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  bsn: '[BSN]',
  iban: '[IBAN]',
  address: '[adres]',
  url: '[link]',
  name: '[naam]',
} as const;

export const MASK_NAMES = {
  email: 'e-mailadres',
  phone: 'telefoonnummer',
  bsn: 'BSN',
  iban: 'IBAN',
  address: 'adres',
  url: 'link',
  name: 'naam',
} as const;

const ideaCount = (count: number) => `${formatCount(count)} ${count === 1 ? 'idee' : 'ideeën'}`;

/** Field names that are het-words ("het beroep", "het thema"): an adjective before them takes no -e. */
const NEUTER_FIELDS: ReadonlySet<string> = new Set(['id', 'beroep', 'thema']);

/** "onbekend beroep", "onbekende branche": the adjective inflected for the field's gender. */
const inflected = (adjective: string, field: string) =>
  `${adjective}${NEUTER_FIELDS.has(field) ? '' : 'e'} ${field}`;

export const ideaFieldNames = {
  id: 'id',
  text: 'tekst',
  themes: 'thema',
  kind: 'soort',
  branch: 'branche',
  province: 'provincie',
  profession: 'beroep',
} as const;

/** What an ideas file should have held, for the `expected` field of its problems. */
export const ideasExpected = {
  knownColumn: 'een bekende kolom',
  oneColumnPerField: 'één kolom per veld',
  textColumn: 'tekst, text of idee',
  newText: 'een nieuwe tekst',
  newId: 'een id dat nog niet voorkwam',
  notErased: 'een idee dat niet op verzoek is gewist',
  formats: (extensions: readonly string[]) => orList(extensions),
  textFile: (format: string) => `${format}-tekst`,
  cells: (count: number) => `${count} cellen`,
  chars: (count: number) => `${count} tekens`,
  maxChars: (max: number) => `hoogstens ${max} tekens`,
  idWithoutPersonalData: 'een id zonder persoonsgegevens',
  nonEmptyText: 'een niet-lege tekst',
  list: 'een lijst',
  object: 'een object',
  textOrList: 'tekst of een lijst van teksten',
  text: 'tekst (tussen aanhalingstekens)',
  textOrNumber: 'tekst of een getal',
} as const;

/** A word for a POSIX shell, in single quotes (`'Cliënt'\''s thuis'`). */
const shellQuoted = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

/** The user's own `--data DIR` in a suggested command, so it reads the same store. */
const dataOption = (data?: string): string => (data ? ` --data ${shellQuoted(data)}` : '');

export const ideasMessages = {
  // File-level errors.
  unreadable: (file: string, detail: string) => `${file}: het bestand kan niet worden gelezen (${detail}).`,
  unsupportedFormat: (file: string, extensions: readonly string[]) =>
    `${file}: onbekend bestandstype; verwacht een ${orList(extensions.map((e) => `${e}-`))}bestand.`,
  notFormat: (file: string, format: string, detail: string) =>
    `${file}: dit is geen geldig ${format}-bestand (${detail}).`,
  emptyFile: (file: string) => `${file}: het bestand bevat geen ideeën.`,
  jsonNotArray: (file: string, found: string) =>
    `${file}: verwacht een JSON-lijst van ideeën ([{…}, …]), gevonden: ${found}.`,
  sheetNotFound: (file: string, sheet: string, known: readonly string[]) =>
    `${file}: werkblad '${sheet}' bestaat niet. Werkbladen: ${known.join(', ')}.`,
  missingTextColumn: (file: string, headers: readonly string[]) =>
    `${file}: de kolom met de tekst van het idee ontbreekt; verwacht 'tekst', 'text' of 'idee', gevonden: ${
      headers.length ? headers.map((h) => `'${h}'`).join(', ') : 'geen kolomnamen'
    }.`,
  duplicateColumn: (file: string, column: string, field: string) =>
    `${ideaPlace(file, 1, column)}: nog een kolom voor '${field}'; verwacht één kolom per veld.`,
  // Row errors.
  wrongCellCount: (place: string, found: number, expected: number) =>
    `${place}: ${found} cellen gevonden, verwacht ${expected} (zoveel als er kolomnamen zijn).`,
  textMissing: (place: string) => `${place}: de tekst van het idee ontbreekt; verwacht een niet-lege tekst.`,
  textTooLong: (place: string, found: number, max: number) =>
    `${place}: de tekst is ${formatCount(found)} tekens lang; verwacht hoogstens ${formatCount(max)}.`,
  badKind: (place: string, found: string) =>
    `${place}: onbekende soort '${found}'; verwacht wens, kans, knelpunt of voorstel (of leeg).`,
  badId: (place: string, found: string, max: number) =>
    `${place}: ongeldig id '${found}'; verwacht hoogstens ${max} tekens zonder regeleinden of tabs.`,
  duplicateId: (place: string, id: string, firstRow: number) =>
    `${place}: id '${id}' komt al voor in rij ${firstRow}; verwacht elk id één keer per bestand.`,
  badCell: (place: string, found: string) =>
    `${place}: verwacht tekst, een getal of een lijst van teksten, gevonden: ${found}.`,
  notText: (place: string, found: string, expected: string) =>
    `${place}: verwacht ${expected}, gevonden: ${found}.`,
  notAnObject: (place: string, found: string) =>
    `${place}: verwacht een object met velden als "tekst" en "thema", gevonden: ${found}.`,
  // Warnings: the value is kept, the import goes on.
  unknownLabel: (place: string, field: string, found: string, nearest: string | null) =>
    `${place}: ${inflected('onbekend', field)} '${found}', bewaard zoals geschreven maar niet openbaar tot een beheerder het label goedkeurt of koppelt${nearest ? ` (bedoelt u '${nearest}'?)` : ''}.`,
  idHeldPersonalData: (place: string) =>
    `${place}: het id bevat persoonsgegevens en is niet gebruikt; het idee krijgt een id afgeleid van de tekst.`,
  unknownColumn: (file: string, column: string) =>
    `${ideaPlace(file, 1, column)}: onbekende kolom, genegeerd. Bekende kolommen: id, tekst, thema, soort, branche, provincie, beroep.`,
  sameText: (place: string, firstRow: number) =>
    `${place}: dezelfde tekst als rij ${firstRow} zonder eigen id; niet nog een keer opgenomen.`,
  masked: (place: string, names: readonly string[]) => `${place}: ${names.join(', ')}.`,
  expectedLabel: (field: string) => `een ${inflected('bekend', field)} (of een eigen omschrijving)`,
  // Import summary.
  importSummary: (added: number, updated: number, unchanged: number, refused: number) =>
    `Ideeën toegevoegd: ${formatCount(added)}, bijgewerkt: ${formatCount(updated)}, ongewijzigd: ${formatCount(
      unchanged,
    )}, geweigerd: ${formatCount(refused)}.`,
  importRefused: (refused: number, rows: number) =>
    `Niets geïmporteerd: ${formatCount(refused)} van ${formatCount(rows)} rijen geweigerd. Verbeter de fouten en importeer het bestand opnieuw.`,
  warningsHeader: (count: number) =>
    count === 1 ? '1 waarschuwing:' : `${formatCount(count)} waarschuwingen:`,
  maskedHeader: (count: number) =>
    count === 1
      ? 'In 1 idee zijn persoonsgegevens verborgen:'
      : `In ${formatCount(count)} ideeën zijn persoonsgegevens verborgen:`,
  progress: 'Ideeën importeren',
  // Curation.
  importReason: (file: string) => `import van ${file}`,
  notFound: (id: string) => `Idee '${id}' bestaat niet.`,
  alreadyExists: (id: string) => `Idee '${id}' bestaat al.`,
  reasonMissing: 'Geef een reden op voor deze wijziging.',
  // Re-masking the stored ideas (`werkbalans ideas maskeren`, `POST /api/ideas/maskeren`).
  remaskReason: 'opnieuw gemaskeerd met de verbeterde maskering van persoonsgegevens',
  remaskFields: {
    text: 'tekst',
    themes: 'thema',
    branch: 'branche',
    province: 'provincie',
    profession: 'beroep',
  },
  remaskNone: (checked: number) => `${ideaCount(checked)} nagekeken: de huidige maskering verandert niets.`,
  remaskSummary: (changed: number, checked: number, dryRun: boolean) =>
    dryRun
      ? `${formatCount(changed)} van ${ideaCount(checked)} ${changed === 1 ? 'zou' : 'zouden'} veranderen (proefdraai: niets gewijzigd).`
      : `${formatCount(changed)} van ${ideaCount(checked)} opnieuw gemaskeerd; de vorige versies staan gemaskeerd in de geschiedenis.`,
  /** Earlier versions in the history whose text or labels the masker changes ('' when none). */
  remaskHistory: (versions: number, ideas: number, dryRun: boolean) => {
    if (versions === 0) return '';
    const one = versions === 1;
    const what = `${formatCount(versions)} eerdere ${one ? 'versie' : 'versies'} van ${ideaCount(ideas)}`;
    return dryRun
      ? `In de geschiedenis ${one ? 'zou' : 'zouden'} ${what} gemaskeerd worden.`
      : `In de geschiedenis ${one ? 'is' : 'zijn'} ${what} gemaskeerd.`;
  },
  remaskTotals: (parts: readonly string[]) => `Gemaskeerd: ${parts.join(', ')}.`,
  remaskLine: (id: string, fields: readonly string[], parts: readonly string[], hidden: boolean) =>
    `${id}${hidden ? ' (verborgen)' : ''}: ${fields.join(', ')}; ${parts.join(', ')}`,
  maskedCount: (name: string, count: number) => `${name} ${formatCount(count)}×`,
  labelNotFound: (field: string, label: string) => `Geen idee heeft ${field} '${label}'.`,
  labelNotKnown: (field: string, label: string) =>
    `'${label}' is geen ${inflected('bekend', field)}; koppel alleen aan een ${inflected('bekend', field)}.`,
  labelBadField: (found: string) => `Onbekend veld '${found}'; verwacht branche, provincie, beroep of thema.`,
  labelBadAction: (found: string) => `Onbekende keuze '${found}'; verwacht koppelen of goedkeuren.`,
  /**
   * A label mapped (`to`) or accepted (`to` null) in `count` ideas, public in `shown` of them after the
   * small-cell rule (`k`; themes have none, only hidden ideas keep them back).
   */
  labelDecided: (label: string, to: string | null, count: number, shown: number, k: number | null) => {
    const done = to === null ? `'${label}' goedgekeurd` : `'${label}' gekoppeld aan '${to}'`;
    if (shown === count) return `${done}; openbaar in ${ideaCount(count)}.`;
    const none = shown === 0;
    const stays = none ? 'het blijft' : 'bij de andere blijft het';
    const why =
      k === null
        ? none
          ? `${count === 1 ? 'het idee is' : 'de ideeën zijn'} verborgen`
          : `de andere ${count - shown === 1 ? 'is een verborgen idee' : 'zijn verborgen ideeën'}`
        : `${stays} verborgen zolang minder dan ${formatCount(k)} ideeën dezelfde provincie, branche en beroep hebben`;
    const open = none ? 'nog in geen enkel idee openbaar' : `openbaar in ${formatCount(shown)}`;
    return `${done} in ${ideaCount(count)}; ${open}: ${why}.`;
  },
  /**
   * What a change did to the published values of other ideas (public-changes.ts), for the curator who
   * made it; '' when nothing. Names the k rule, and a held label when deciding it can undo the change.
   */
  publicChanges: (c: PublicChanges): string => {
    if (c.fewer === 0 && c.more === 0) return '';
    const fields = (['province', 'profession', 'branch'] as const).map(
      (f) => [f, ideaFieldNames[f]] as const,
    );
    const lost = andList(
      fields
        .filter(([f]) => c.withdrawn[f] > 0)
        .map(([f, name]) => `bij ${formatCount(c.withdrawn[f])} geen ${name} meer`),
    );
    const back = andList(
      fields
        .filter(([f]) => c.restored[f] > 0)
        .map(
          ([f, name]) =>
            `bij ${formatCount(c.restored[f])} weer ${f === 'profession' ? 'het' : 'de'} ${name}`,
        ),
    );
    const others = (n: number) => `${formatCount(n)} ${n === 1 ? 'ander idee' : 'andere ideeën'}`;
    const parts = [
      ...(c.fewer > 0 ? [`${others(c.fewer)} nu minder gegevens (${lost})`] : []),
      ...(c.more > 0 ? [`${others(c.more)} weer meer gegevens (${back})`] : []),
    ];
    const verb = parts.length === 1 && c.fewer + c.more === 1 ? 'toont' : 'tonen';
    const held =
      c.heldLabels.length === 0
        ? ''
        : ` Dat komt door ${c.heldLabels.length === 1 ? 'een label dat' : 'labels die'} nog op een besluit ${
            c.heldLabels.length === 1 ? 'wacht' : 'wachten'
          } (${andList(c.heldLabels.map((h) => `${ideaFieldNames[h.field]} '${h.label}'`))}); koppelen aan een bekend label kan dit herstellen.`;
    return `Door de regel van minstens ${formatCount(c.k)} ideeën per combinatie van provincie, beroep en branche ${verb} ${andList(parts)}.${held}`;
  },
  // Search parameters and output.
  badParameter: (name: string, found: string, expected: string) =>
    `Parameter '${name}': gevonden '${found}', verwacht ${expected}.`,
  expectedWholeNumber: (min: number, max?: number) =>
    max === undefined
      ? `een geheel getal vanaf ${formatCount(min)}`
      : `een geheel getal van ${formatCount(min)} tot en met ${formatCount(max)}`,
  expectedKind: 'wens, kans, knelpunt of voorstel',
  searchTotal: (total: number, query: string) =>
    query
      ? `${formatCount(total)} ${total === 1 ? 'idee' : 'ideeën'} gevonden voor '${query}'.`
      : `${formatCount(total)} ${total === 1 ? 'idee' : 'ideeën'} in de ideeënbank.`,
  searchPage: (from: number, to: number, total: number) =>
    `Getoond: ${formatCount(from)} tot en met ${formatCount(to)} van ${formatCount(total)}.`,
  /** A capped search (`query.capped`): the total and the counts are of the ideas weighed. */
  searchTotalAtLeast: (total: number, query: string) =>
    `Ten minste ${formatCount(total)} ideeën gevonden voor '${query}'.`,
  searchPageAtLeast: (from: number, to: number, total: number) =>
    `Getoond: ${formatCount(from)} tot en met ${formatCount(to)} van ten minste ${formatCount(total)}.`,
  searchFacetAtLeast: (value: string, count: number) => `${value} (ten minste ${formatCount(count)})`,
  /** The command to run instead ("Bedoelde u …", the words without quotes). */
  searchCommand: (query: string) => `werkbalans ideas search '${query.replace(/'/g, "'\\''")}'`,
  searchNone: 'Geen ideeën gevonden. Probeer een ander woord of minder filters.',
  /** After a search that found nothing: every theme, each with the command that lists all its ideas. */
  searchNoneThemes: 'U kunt ook bij een thema beginnen. Met deze opdracht ziet u alle ideeën van dat thema:',
  searchThemeLine: (theme: string, data?: string) =>
    `  ${theme}: werkbalans ideas search --thema ${shellQuoted(theme)}${dataOption(data)}`,
  /** A search in a store without ideas: nothing to begin with but an import. */
  searchStoreEmpty: (data?: string) =>
    `Deze opslag bevat nog geen ideeën. Voeg ze eerst toe met: werkbalans ideas import BESTAND${dataOption(data)}`,
  searchFacetsHeader: 'Verfijnen:',
  facetNames: {
    thema: 'Thema',
    soort: 'Soort',
    branche: 'Branche',
    provincie: 'Provincie',
    beroep: 'Beroep',
  },
  noValue: '–',
} as const;

/** The admin page's form for unknown labels (`/beheer`). */
export const labelAdminText = {
  heading: 'Onbekende labels koppelen of goedkeuren',
  lead: 'Een branche, provincie, beroep of thema dat niet in de bekende lijsten staat, is vrij geschreven en kan een naam bevatten. Het is niet openbaar tot u het koppelt aan een bekend label of goedkeurt; het idee zelf blijft zichtbaar zonder dat label. Elke keuze komt met uw reden in de geschiedenis van de ideeën.',
  fieldLabel: 'Veld',
  fieldOptions: { branche: 'Branche', provincie: 'Provincie', beroep: 'Beroep', thema: 'Thema' },
  valueLabel: 'Onbekend label',
  valueHint:
    'Precies zoals het in de waarschuwing van de import staat. Laat leeg om alleen de lijst van onbekende labels te zien.',
  actionLabel: 'Keuze',
  mapLabel: 'Koppelen aan een bekend label',
  acceptLabel: 'Goedkeuren zoals het is (openbaar maken)',
  toLabel: 'Bekend label (bij koppelen)',
  reasonLabel: 'Reden',
  submit: 'Uitvoeren',
  listHeading: (count: number) =>
    count === 0
      ? 'Er zijn geen onbekende labels.'
      : count === 1
        ? '1 onbekend label, niet openbaar:'
        : `${formatCount(count)} onbekende labels, niet openbaar:`,
  listItem: (field: string, label: string, ideas: number) =>
    `${field} '${label}': ${formatCount(ideas)} ${ideas === 1 ? 'idee' : 'ideeën'}`,
  fieldNames: { branch: 'branche', province: 'provincie', profession: 'beroep', theme: 'thema' },
} as const;
