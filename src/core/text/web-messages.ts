/** Dutch messages of the web app and its API: errors, limits and the answers of the write endpoints. */
import { andList, formatCount, formatNumber } from './format.js';

function megabytes(bytes: number): string {
  return `${formatNumber(bytes / 1024 / 1024, 0)} MB`;
}

const uploadStored = (version: number): string =>
  `Opgeslagen als versie ${formatCount(version)}; deze versie wordt nu getoond.`;

/** What the site shows while an upload waits for its check. */
const stillShown = (shown: number | null): string =>
  shown === null ? 'de site toont nog geen versie' : `de site toont nog versie ${formatCount(shown)}`;

/** An upload stored for a check first ("Uploaden en controleren"). */
const uploadHeld = (version: number, shown: number | null): string =>
  `Opgeslagen als versie ${formatCount(version)}, nog niet getoond: ${stillShown(shown)}.`;

const uploadUnchanged = (
  version: number,
  example: boolean,
  held = false,
  shown: number | null = version,
): string =>
  `Deze tabel is al opgeslagen als versie ${formatCount(version)} (${
    example ? 'dezelfde cijfers en titel, en ook gemarkeerd als voorbeelddata' : 'dezelfde cijfers en titel'
  }); er is geen nieuwe versie gemaakt. ${
    !held
      ? `Versie ${formatCount(version)} wordt nu getoond.`
      : shown === version
        ? `Versie ${formatCount(version)} wordt al getoond.`
        : `Versie ${formatCount(version)} wordt niet getoond: ${stillShown(shown)}.`
  }`;

/** What differs between an upload and a stored version with the same figures. */
export type SameFiguresDifference = 'title' | 'example' | 'title-and-example';

const uploadSameFigures = (version: number, differs: SameFiguresDifference, example: boolean): string => {
  const marking = example
    ? 'deze versie is gemarkeerd als voorbeelddata, die niet'
    : 'die versie is gemarkeerd als voorbeelddata, deze niet';
  const what =
    differs === 'title'
      ? 'alleen de titel verschilt'
      : differs === 'example'
        ? `alleen de markering als voorbeelddata verschilt: ${marking}`
        : `de titel en de markering als voorbeelddata verschillen: ${marking}`;
  return `De cijfers zijn dezelfde als die van versie ${formatCount(version)}; ${what}.`;
};

/** The answer to an upload that passed: stored (perhaps with the same figures as a version), or equal to the newest. */
function uploadOutcome(outcome: {
  readonly created: boolean;
  readonly version: number;
  /** Whether the stored (or equal) version is labelled voorbeelddata. */
  readonly example: boolean;
  readonly sameFiguresAs: number | null;
  /** What differs from version `sameFiguresAs`, when one was stored with the same figures. */
  readonly differs: SameFiguresDifference | null;
  /** Stored for a check first: not shown. */
  readonly held: boolean;
  /** The version the site shows now; null: none. */
  readonly shown: number | null;
}): string {
  if (!outcome.created) return uploadUnchanged(outcome.version, outcome.example, outcome.held, outcome.shown);
  const stored = outcome.held ? uploadHeld(outcome.version, outcome.shown) : uploadStored(outcome.version);
  return outcome.sameFiguresAs === null || outcome.differs === null
    ? stored
    : `${stored} ${uploadSameFigures(outcome.sameFiguresAs, outcome.differs, outcome.example)}`;
}

export const webMessages = {
  notFound: 'Deze pagina bestaat niet.',
  apiNotFound: 'Dit adres van de API bestaat niet.',
  methodNotAllowed: 'Deze bewerking is hier niet toegestaan.',
  unexpected: 'Er ging onverwacht iets mis aan de kant van de server. Probeer het later opnieuw.',
  busy: 'De server heeft het op dit moment te druk. Probeer het over een paar seconden opnieuw.',
  noDataset: 'Er is nog geen dataset geladen.',
  unknownVersion: (found: string) => `Versie ‘${found}’ bestaat niet.`,
  badVersion: (found: string) => `Versie ‘${found}’ is geen geldig versienummer (een geheel getal vanaf 1).`,
  unknownVariant: (found: string, known: readonly string[]) =>
    `Onbekende indexvariant ‘${found}’. Bekende varianten: ${known.join(', ')}.`,
  unknownProfession: (found: string) => `Geen beroep met de naam ‘${found}’ in deze dataset.`,
  /** A comparison file without a second profession (`?met=` missing or empty). */
  compareWithoutSecond: 'Deze vergelijking mist het tweede beroep: geef het op met ?met= en een beroepsnaam.',
  /** A comparison file whose second profession is the first. */
  compareWithItself: (name: string) =>
    `Een beroep vergelijkt niet met zichzelf: kies bij ?met= een ander beroep dan ${name}.`,
  unknownComponent: (found: string) => `Onbekende component ‘${found}’.`,
  unknownFigure: (found: string) => `Geen figuur met de naam ‘${found}’.`,
  unknownIdea: (found: string) => `Geen idee met nummer ‘${found}’.`,

  writesDisabled:
    'Wijzigen staat uit: op deze server is geen beheertoken ingesteld (WERKBALANS_ADMIN_TOKEN). Alleen lezen is mogelijk.',
  tokenMissing: 'Voor deze bewerking is een beheertoken nodig (Authorization: Bearer …).',
  tokenWrong: 'Het beheertoken klopt niet.',
  exportBusy:
    'Er wordt al een statische export gemaakt. Probeer het opnieuw als die klaar is (met de voorbeelddata duurt het ongeveer een halve minuut).',

  uploadTooLarge: (limit: number) => `Het bestand is te groot: de grens is ${megabytes(limit)}.`,
  uploadTooManyRows: (rows: number, limit: number) =>
    `Het bestand heeft ${formatCount(rows)} rijen met cijfers; de grens is ${formatCount(limit)}.`,
  uploadMissingFile: 'Kies een bestand om te uploaden (CSV, TSV of xlsx).',
  uploadEmpty: 'Het bestand is leeg.',
  uploadShowFlag: (found: string) => `‘tonen’ moet ja of nee zijn, niet ‘${found}’.`,
  uploadUnsupportedType: (found: string) =>
    `Dit soort inhoud kan niet worden geüpload: '${found}'. Stuur het bestand zelf, of een formulier (multipart/form-data).`,
  uploadRejected: (file: string, count: number) =>
    count === 1
      ? `${file} is niet opgeslagen: er is 1 fout gevonden. De getoonde versie blijft ongewijzigd.`
      : `${file} is niet opgeslagen: er zijn ${formatCount(count)} fouten gevonden. De getoonde versie blijft ongewijzigd.`,
  ideasFileRejected: (file: string, count: number) =>
    count === 1
      ? `${file} is niet geïmporteerd: er is 1 fout gevonden. De ideeënbank blijft ongewijzigd.`
      : `${file} is niet geïmporteerd: er zijn ${formatCount(count)} fouten gevonden. De ideeënbank blijft ongewijzigd.`,
  uploadStored,
  uploadHeld,
  uploadUnchanged,
  uploadSameFigures,
  uploadOutcome,
  /** An upload of several periods: one version per period (each period is a wave). */
  uploadStoredWaves: (
    versions: readonly number[],
    periods: readonly string[],
    shown: number | null,
    held = false,
  ) =>
    `De tabel bevat ${formatCount(periods.length)} perioden (${andList(periods)}) en is opgeslagen als ${formatCount(versions.length)} versies, één per periode: ${andList(versions.map((v) => formatCount(v)))}. ` +
    (held || shown === null
      ? `Ze zijn nog niet getoond: ${stillShown(shown)}.`
      : shown === versions.at(-1)
        ? `Versie ${formatCount(shown)} (de laatste periode) wordt nu getoond.`
        : `Versie ${formatCount(shown)} blijft getoond: geen van deze perioden is later dan de periode van een versie die er al was.`),
  /** An upload of several periods each of which is already stored: nothing stored. */
  uploadWavesUnchanged: (versions: readonly number[], periods: readonly string[], shown: number | null) =>
    `De tabel bevat ${formatCount(periods.length)} perioden (${andList(periods)}); elke periode is al opgeslagen met dezelfde cijfers, titel en markering als voorbeelddata (versie ${andList(versions.map((v) => formatCount(v)))}). Er is geen nieuwe versie gemaakt; ${shown === null ? 'de site toont nog geen versie' : `versie ${formatCount(shown)} blijft getoond`}.`,
  /** The wave of an upload's rows that name no period. */
  noPeriod: 'zonder periode',
  /** A message about one period of an upload of several. */
  wavePrefix: (period: string, message: string) => `Periode ${period}: ${message}`,
  uploadNoProfessions: 'Het bestand bevat geen beroepen met cijfers.',
  versionChosen: (version: number) => `Versie ${formatCount(version)} wordt nu getoond.`,

  badJson: 'De inhoud is geen geldige JSON.',
  badRequest: 'Het verzoek is niet geldig.',
  controlInAddress:
    'Het adres bevat een stuurteken, zoals een nulteken (%00), een tab (%09) of een escape (%1B). Dat kan geen beroep, thema of zoekterm zijn: haal het weg en probeer het opnieuw.',
  badUtf8InAddress:
    'Het adres bevat tekens die niet als tekst te lezen zijn (%-codes die geen geldige UTF-8 vormen, zoals %FF). Dat kan geen beroep, thema of zoekterm zijn: typ het woord opnieuw en probeer het nog eens.',
  /** The server log's line for an error nobody expected (with name, message and stack). */
  unexpectedLog: (detail: string) => `onverwachte fout: ${detail}`,
} as const;
