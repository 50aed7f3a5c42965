/** Dutch messages of the server's defences: sign-in limits, form checks, erasure and file safety. */
import { formatCount } from './format.js';

function seconds(count: number): string {
  return count === 1 ? '1 seconde' : `${formatCount(count)} seconden`;
}

function kilobytes(bytes: number): string {
  return `${formatCount(Math.round(bytes / 1024))} KB`;
}

export const securityMessages = {
  tooManyFailures: (wait: number) =>
    `Te veel pogingen met een verkeerd of ontbrekend beheertoken. Probeer het over ${seconds(wait)} opnieuw.`,
  tooManyRequests: (wait: number) =>
    `U stuurt te veel verzoeken na elkaar. Probeer het over ${seconds(wait)} opnieuw.`,
  tooManyHeavy: (wait: number) =>
    `U vraagt al veel zware onderdelen tegelijk op (figuren, zoekopdrachten, vergelijkingen). Wacht tot die klaar zijn en probeer het over ${seconds(wait)} opnieuw.`,
  heavyQueueFull: (wait: number) =>
    `De server heeft op dit moment veel zware onderdelen in de wachtrij (figuren, zoekopdrachten, vergelijkingen). Gewone pagina's werken nog; probeer dit onderdeel over ${seconds(wait)} opnieuw.`,
  tokenNotFirst:
    'Het beheertoken moet het eerste veld van het formulier zijn (veld "token"), of meegestuurd worden als Authorization: Bearer ….',
  formTooLarge: (limit: number) => `Het formulier is te groot: de grens is ${kilobytes(limit)}.`,
  badForm: 'Het formulier kon niet worden gelezen: de inhoud is beschadigd of onvolledig.',
  tokenTooShort: (length: number, minimum: number) =>
    `WERKBALANS_ADMIN_TOKEN is te kort: ${formatCount(length)} tekens, minstens ${formatCount(minimum)} nodig. Kies een lang, willekeurig token (bijvoorbeeld: openssl rand -base64 32).`,
  tokenTooLong: (length: number, maximum: number) =>
    `WERKBALANS_ADMIN_TOKEN is te lang: ${formatCount(length)} tekens, hoogstens ${formatCount(maximum)}.`,
  tokenBadCharacters:
    'WERKBALANS_ADMIN_TOKEN mag alleen zichtbare tekens bevatten (geen spaties, tabs of regeleinden).',
  badHost: (found: string) => `HOST '${found}' is geen geldig adres om op te luisteren.`,
  badRate: (name: string, found: string) =>
    `${name} '${found}' is geen geldig aantal verzoeken per seconde (een geheel getal vanaf 0; 0 zet de grens uit).`,
  queryTooLong:
    'Dit verzoek vroeg te veel werk van de database en is afgebroken. Maak de zoekvraag korter of specifieker.',
  erasedSkipped: (file: string, id: string) =>
    `${file}: idee '${id}' is eerder op verzoek gewist en wordt niet opnieuw geïmporteerd.`,
  erased: (id: string, versions: number) =>
    `Idee '${id}' is gewist, met ${versions === 1 ? 'zijn enige versie' : `alle ${formatCount(versions)} versies`}. Vastgelegd zijn alleen het nummer, het tijdstip en de reden.`,
  eraseConfirmMissing:
    'Vink aan dat u het idee definitief wilt wissen; dit kan niet ongedaan worden gemaakt.',
  exportNotFolder: (dir: string) => `${dir} is geen map; kies met --out een (nieuwe) map voor de export.`,
  exportNotExport: (dir: string, entries: number) =>
    `${dir} is niet leeg (${formatCount(entries)} ${entries === 1 ? 'item' : 'items'}) en geen eerdere export van werkbalans. Een export ruimt zijn map op en schrijft daarom alleen in een nieuwe of lege map, of in een eerdere export. Er is niets geschreven of verwijderd.`,
  exportRemoved: (count: number) =>
    `${formatCount(count)} ${count === 1 ? 'bestand' : 'bestanden'} van een eerdere export verwijderd (niet meer openbaar of niet meer nodig).`,
  tooManyColumns: (file: string, row: number, column: string, cells: number, max: number) =>
    `${file}, rij ${formatCount(row)}, kolom ${column}: te veel kolommen. Gevonden: ${formatCount(cells)} kolommen; verwacht: hoogstens ${formatCount(max)}.`,
  tooManyJsonKeys: (file: string, element: number, key: string, max: number) =>
    `${file}, element ${formatCount(element)}, kolom '${key.slice(0, 40)}': te veel verschillende kolommen (sleutels). Verwacht: hoogstens ${formatCount(max)}.`,
  ideasFileTooLarge: (file: string, bytes: number, limit: number) =>
    `${file}: het bestand is te groot. Gevonden: ${formatCount(Math.ceil(bytes / 1024 / 1024))} MB; verwacht: hoogstens ${formatCount(limit / 1024 / 1024)} MB.`,
  ideasTooManyRows: (file: string, rows: number, limit: number) =>
    `${file}: het bestand heeft te veel rijen met ideeën. Gevonden: ${rows >= limit * 2 ? 'meer dan ' : ''}${formatCount(rows)}; verwacht: hoogstens ${formatCount(limit)}.`,
  parseTooLong: (file: string, seconds: number) =>
    `${file}: het lezen van het bestand duurde langer dan ${formatCount(seconds)} seconden en is afgebroken.`,
  /** The text of the marker file in a store folder. */
  storeMarker: 'Deze map is een werkbalans-database (PGlite). Niet met de hand wijzigen.',
  columnsFound: (columns: number) => `${columns} kolommen`,
  columnsExpected: (max: number) => `hoogstens ${max} kolommen`,
  storeNotFolder: (dir: string) => `${dir} is geen map; kies met --data een (nieuwe) map voor de database.`,
  databaseLetters: (encoding: string, ctype: string) =>
    `De PostgreSQL-database leest letters met accenten niet als letters (codering ${encoding}, LC_CTYPE ${ctype}); dan zou het zoeken woorden als ‘Oudéren’ anders lezen dan de statische website. Maak de database met UTF-8 en een UTF-8-locale, bijvoorbeeld: CREATE DATABASE werkbalans TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'.`,
  storeNotWerkbalans: (dir: string, entries: number) =>
    `${dir} is geen werkbalans-database en niet leeg (${formatCount(entries)} ${entries === 1 ? 'item' : 'items'}). Er wordt niets in geschreven. Kies met --data een lege of nieuwe map, of de map van een bestaande werkbalans-database.`,
} as const;

/** The admin page's form for erasure on request. */
export const eraseText = {
  heading: 'Idee wissen op verzoek (privacy)',
  lead: 'Wis een idee met al zijn eerdere versies, bijvoorbeeld omdat de schrijver of iemand die erin genoemd wordt daarom vraagt. Dit kan niet ongedaan worden gemaakt. Bewaard blijven alleen het nummer van het idee, het tijdstip en de reden (met persoonsgegevens verborgen); een nieuwe import van hetzelfde bestand brengt het idee niet terug. Verborgen en gewiste ideeën verdwijnen uit de volgende statische export.',
  idLabel: 'Nummer van het idee',
  idHint: 'Het nummer staat in het adres van de ideepagina: /ideeen/<nummer>.',
  reasonLabel: 'Reden',
  reasonHint: 'Bijvoorbeeld: verzoek van de schrijver. Noem geen namen; persoonsgegevens worden verborgen.',
  confirmLabel: 'Ik wil dit idee en zijn geschiedenis definitief wissen',
  submit: 'Definitief wissen',
} as const;
