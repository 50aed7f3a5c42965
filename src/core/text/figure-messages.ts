/** Dutch messages of the `figures` and `report` commands. */
import { formatCount } from './format.js';

export const figureMessages = {
  invalidWidth: (found: number, min: number, max: number) =>
    `Optie --width verwacht een breedte van ${formatCount(min)} tot ${formatCount(max)} pixels, gevonden: ${formatCount(found)}.`,
  invalidScale: (found: number, max: number) =>
    `Optie --scale verwacht een geheel getal van 1 tot ${formatCount(max)}, gevonden: ${found}.`,
  figuresWritten: (count: number, dir: string, png: boolean, scale = 1) =>
    `${formatCount(count)} figuren geschreven naar ${dir} (SVG${png ? ` en PNG${scale > 1 ? ` op ${scale}× resolutie` : ''}` : ''}).`,
  reportWritten: (path: string) => `Rapport geschreven: ${path}`,
  pdfWritten: (path: string) => `PDF geschreven: ${path}`,
  exampleNotice: (label: string) => `Let op: ${label}.`,
  cannotWrite: (path: string, reason: string) => `Kan niet schrijven naar ${path}: ${reason}`,
} as const;
