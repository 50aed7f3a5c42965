/** Dutch messages of `werkbalans serve` and `werkbalans build`. */
import { escapeHtml } from './escape-html.js';
import { formatCount, formatNumber } from './format.js';

export const serveMessages = {
  /** Answers to a request Node refuses before the app sees it (serve-early.ts `answerClientError`). */
  requestTooLarge:
    'Dit verzoek is te groot: het adres of de kopregels zijn samen langer dan de server aanneemt. Gebruik minder filters of een korter adres.\n',
  requestTimeout: 'Dit verzoek kwam niet op tijd binnen. Probeer het opnieuw.\n',
  badRequest: 'Dit verzoek kan de server niet lezen.\n',
  /** The text of the file that marks a folder as a static export (a later build may clean it). */
  exportMarker:
    'Deze map is een statische export van werkbalans. Elke nieuwe export vervangt alles hierin.\n',
  opening: (store: string) => `Database openen: ${store}`,
  exampleImported: (version: number) =>
    `Voorbeelddata (geen CBS-cijfers) geïmporteerd als datasetversie ${formatCount(version)}.`,
  exampleIdeas: (count: number) => `${formatCount(count)} voorbeeldideeën geïmporteerd.`,
  listening: (url: string) => `werkbalans draait op ${url} (stoppen met Ctrl+C)`,
  portOpened: (url: string) =>
    `Poort geopend op ${url}; tot werkbalans klaar is, krijgt een bezoeker een wachtpagina.`,
  keptPages: (pages: number, files: number) =>
    `${formatCount(pages)} pagina’s${files > 0 ? ` en ${formatCount(files)} bijbehorende bestanden` : ''} van de vorige start beschikbaar zolang de database opent.`,
  importingExample: 'Voorbeelddata importeren…',
  importingExampleIdeas: 'Voorbeeldideeën importeren…',
  /** Steps named on the waiting page ("werkbalans is bezig met …"). */
  stepStarting: 'starten',
  stepOpening: 'de database openen',
  stepExample: 'de voorbeelddata importeren',
  stepAnalysis: 'de analyse berekenen',
  preparingTitle: 'werkbalans wordt voorbereid',
  /** The page a visitor gets (status 503) while the server prepares; it asks again by itself. */
  preparingPage: (step: string, seconds: number) =>
    `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${seconds}">
<title>werkbalans wordt voorbereid</title>
</head>
<body>
<main>
<h1>werkbalans wordt voorbereid</h1>
<p role="status">Bezig met voorbereiden: ${escapeHtml(step)}. Deze pagina probeert het over ${formatCount(seconds)} seconden opnieuw.</p>
</main>
</body>
</html>
`,
  readOnly: 'Geen WERKBALANS_ADMIN_TOKEN ingesteld: uploaden en wijzigen staan uit.',
  /** Listening beyond loopback without a base URL: embed codes only for the server's own addresses. */
  noBaseUrl:
    'Geen --basis-url (WERKBALANS_BASE_URL) ingesteld: de insluitcodes op /downloads krijgen alleen het adres van deze server als hij via zijn eigen IP-adres wordt bezocht; via een domeinnaam blijven ze zonder adres. Geef het openbare adres op met --basis-url https://….',
  stopping: 'Stoppen…',
  analysisFailed: (detail: string) =>
    `De analyse kon niet vooraf worden berekend (${detail}); de server start toch.`,
  analysisReady: (seconds: number) => `Analyse berekend in ${formatNumber(seconds, 1)} s.`,
  pagesReady: (count: number, seconds: number) =>
    `${formatCount(count)} pagina’s voorbereid in ${formatNumber(seconds, 1)} s.`,
  badPort: (found: string) => `Poort '${found}' is geen geldig poortnummer (1 tot en met 65535).`,
  buildWritten: (count: number, dir: string) => `${formatCount(count)} bestanden geschreven naar ${dir}.`,
  buildPageFailed: (path: string, status: number) =>
    `De pagina ${path} kon niet worden geschreven (status ${status}).`,
  buildNoData: 'Geen dataset om te exporteren.',
  /** The server's log when an export from the running server stops after its first bytes were sent. */
  exportStopped: (detail: string) =>
    `De statische export is halverwege afgebroken (${detail}); de ontvanger heeft geen bruikbaar zip-bestand.`,
  exportAbandoned: 'De statische export is gestopt: de ontvanger heeft de verbinding verbroken.',
  exportStalled: (seconds: number) =>
    `De statische export is gestopt: de ontvanger heeft ${seconds.toLocaleString('nl-NL')} seconden niets meer opgehaald.`,
  badBaseUrl: (found: string) =>
    `Optie --basis-url verwacht het adres van de website, zoals https://www.voorbeeld.nl/werkbalans (http of https, zonder ? of #), gevonden: '${found}'.`,
  badBaseUrlSetting: (found: string) =>
    `WERKBALANS_BASE_URL verwacht het adres van de website, zoals https://www.voorbeeld.nl/werkbalans (http of https, zonder ? of #), gevonden: '${found}'.`,
  buildWithoutBaseUrl:
    'Zonder --basis-url bevatten de insluitcodes op de downloadpagina geen websiteadres; de pagina zegt dat erbij.',
  buildMissingAssets: (dir: string) =>
    `De browserbestanden ontbreken in ${dir}; draai eerst 'npm run build'.`,
} as const;
