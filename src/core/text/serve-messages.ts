/** Dutch messages of `werkbalans serve` and `werkbalans build`. */
import { formatCount, formatNumber } from './format.js';

export const serveMessages = {
  opening: (store: string) => `Database openen: ${store}`,
  exampleImported: (version: number) =>
    `Voorbeelddata (geen CBS-cijfers) geïmporteerd als datasetversie ${formatCount(version)}.`,
  exampleIdeas: (count: number) => `${formatCount(count)} voorbeeldideeën geïmporteerd.`,
  listening: (url: string) => `werkbalans draait op ${url} (stoppen met Ctrl+C)`,
  readOnly: 'Geen WERKBALANS_ADMIN_TOKEN ingesteld: uploaden en wijzigen staan uit.',
  stopping: 'Stoppen…',
  analysisFailed: (detail: string) =>
    `De analyse kon niet vooraf worden berekend (${detail}); de server start toch.`,
  analysisReady: (seconds: number) => `Analyse berekend in ${formatNumber(seconds, 1)} s.`,
  pagesReady: (count: number, seconds: number) =>
    `${formatCount(count)} pagina's voorbereid in ${formatNumber(seconds, 1)} s.`,
  badPort: (found: string) => `Poort '${found}' is geen geldig poortnummer (1 tot en met 65535).`,
  buildWritten: (count: number, dir: string) => `${formatCount(count)} bestanden geschreven naar ${dir}.`,
  buildPageFailed: (path: string, status: number) =>
    `De pagina ${path} kon niet worden geschreven (status ${status}).`,
  buildNoData: 'Geen dataset om te exporteren.',
  buildMissingAssets: (dir: string) =>
    `De browserbestanden ontbreken in ${dir}; draai eerst 'npm run build'.`,
} as const;
