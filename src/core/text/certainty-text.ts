/** Dutch texts for a profession's quadrant certainty, known or unknown (audit 8, finding 3). */
import { formatInterval, formatShare } from './format.js';

/** How every output names a certainty it cannot give (audit 8, finding 3). */
export const CERTAINTY_UNKNOWN = 'zekerheid onbekend';

/** Why a profession's certainty is unknown: the whole table, or some of its components, lack bounds. */
function certaintyUnknownReason(missing: number, components: number): string {
  return missing >= components
    ? 'de tabel heeft geen betrouwbaarheidsintervallen'
    : `${missing === 1 ? '1 onderdeel' : `${missing} onderdelen`} van de indices ${missing === 1 ? 'heeft' : 'hebben'} geen betrouwbaarheidsgrenzen`;
}

/** A profession's certainty as a cell: "68%", or "onbekend" where its components lack bounds. */
export function certaintyCell(p: { readonly certainty: number | null }): string {
  return p.certainty === null ? 'onbekend' : formatShare(p.certainty);
}

/** A certainty in running text: "zekerheid 68%", or "zekerheid onbekend" where components lack bounds. */
export function certaintyPhrase(p: { readonly certainty: number | null }): string {
  return p.certainty === null ? CERTAINTY_UNKNOWN : `zekerheid ${formatShare(p.certainty)}`;
}

/** The professions whose certainty is unknown, counted: "Bij 3 van de 23 beroepen is de zekerheid onbekend …". */
export function certaintyUnknownCount(unknown: number, total: number): string {
  return unknown >= total
    ? `Bij geen van de ${total === 1 ? 'beroepen' : `${total} beroepen`} is te zeggen hoe zeker het kwadrant is: de tabel heeft geen betrouwbaarheidsintervallen.`
    : `Bij ${unknown} van de ${total} beroepen is de zekerheid onbekend: onderdelen van hun indices hebben geen betrouwbaarheidsgrenzen.`;
}

/** The sentence for an unknown certainty: "zekerheid onbekend: de tabel heeft geen …". */
export function certaintyUnknownText(
  p: { readonly boundsMissing: readonly unknown[] },
  components: number,
): string {
  return `${CERTAINTY_UNKNOWN}: ${certaintyUnknownReason(p.boundsMissing.length, components)}`;
}

/** An estimate's 95% interval as a reader reads it: "95%-BI 41,0% tot 47,0%", or "geen interval" without bounds. */
export function boundsText(lower: number | null | undefined, upper: number | null | undefined): string {
  return lower == null || upper == null ? 'geen interval' : `95%-BI ${formatInterval(lower, upper, 1, '%')}`;
}
