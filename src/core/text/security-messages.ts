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
  storeNotFolder: (dir: string) => `${dir} is geen map; kies met --data een (nieuwe) map voor de database.`,
  storeNotWerkbalans: (dir: string, entries: number) =>
    `${dir} is geen werkbalans-database en niet leeg (${formatCount(entries)} ${entries === 1 ? 'item' : 'items'}). Er wordt niets in geschreven. Kies met --data een lege of nieuwe map, of de map van een bestaande werkbalans-database.`,
} as const;
