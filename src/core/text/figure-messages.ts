/** Dutch messages of the `figures` and `report` commands. */
import { formatCount } from './format.js';

/** At most this many file names in a message; the rest are counted. */
const LISTED_FILES = 6;

function listed(files: readonly string[]): string {
  const shown = files.slice(0, LISTED_FILES).join(', ');
  const rest = files.length - LISTED_FILES;
  return rest > 0 ? `${shown} en ${formatCount(rest)} andere` : shown;
}

export const figureMessages = {
  invalidWidth: (found: number, min: number, max: number) =>
    `Optie --width verwacht een breedte van ${formatCount(min)} tot ${formatCount(max)} pixels, gevonden: ${formatCount(found)}.`,
  invalidScale: (found: number, max: number) =>
    `Optie --scale verwacht een geheel getal van 1 tot ${formatCount(max)}, gevonden: ${found}.`,
  figuresWritten: (count: number, dir: string, png: boolean, scale = 1) =>
    `${formatCount(count)} figuren geschreven naar ${dir} (SVG${png ? ` en PNG${scale > 1 ? ` op ${scale}× resolutie` : ''}` : ''}).`,
  staleRemoved: (files: readonly string[]) =>
    `${formatCount(files.length)} ${files.length === 1 ? 'bestand' : 'bestanden'} van een eerdere keer verwijderd (niet meer geschreven): ${listed(files)}.`,
  staleKept: (files: readonly string[]) =>
    `${formatCount(files.length)} ${files.length === 1 ? 'bestand' : 'bestanden'} van een eerdere keer niet verwijderd, omdat ${files.length === 1 ? 'het is gewijzigd sinds werkbalans het schreef of geen gewoon bestand meer is' : 'ze zijn gewijzigd sinds werkbalans ze schreef of geen gewone bestanden meer zijn'}: ${listed(files)}.`,
  /** `--out` holds figure files but no record of an earlier run (a folder from before the record). */
  noManifest: (dir: string) =>
    `Let op: ${dir} bevat al figuren, maar geen lijst van wat werkbalans er eerder schreef; oude figuren die nu niet meer worden gemaakt, worden daarom niet verwijderd. Verwijder ze zelf of kies een lege map.`,
  reportWritten: (path: string) => `Rapport geschreven: ${path}`,
  pdfWritten: (path: string) => `PDF geschreven: ${path}`,
  exampleNotice: (label: string) => `Let op: ${label}.`,
  cannotWrite: (path: string, reason: string) => `Kan niet schrijven naar ${path}: ${reason}`,
} as const;
