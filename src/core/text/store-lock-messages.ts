/** Dutch messages when an embedded store is already open in another process (store-lock.ts). */

function openedBy(dir: string, pid: number | null, host: string | null): string {
  return (
    `De database in ${dir} is al geopend door een ander werkbalans-proces` +
    (pid === null ? '' : ` (procesnummer ${String(pid)}${host === null ? '' : ` op ${host}`})`) +
    '. Een map kan maar door één proces tegelijk worden gebruikt; er is niets gewijzigd. '
  );
}

export const storeLockMessages = {
  /**
   * `pid` null: the process could not be named (the lock changed hands while we looked); `host` set when
   * the lock was taken on another computer (a folder on a shared disk).
   */
  inUse: (dir: string, pid: number | null, host: string | null) =>
    openedBy(dir, pid, host) +
    'Draait daar `werkbalans serve`? Stop de server eerst (Ctrl+C) en probeer het opnieuw, of gebruik ' +
    'de draaiende server: importeren via de beheerpagina (/beheer) of POST /api/ideas/import, zoeken via ' +
    'GET /api/ideas?q=…, veelgenoemde oplossingen via GET /api/ideas/oplossingen?thema=….',
  /**
   * The same refusal to `werkbalans build`: the export reads the store itself, so it says what works
   * beside a running server (the server's own export, export-archive.ts) and what stopping it takes
   * (audit 7, finding 14; the example data's export took 35 s).
   */
  inUseForBuild: (dir: string, pid: number | null, host: string | null) =>
    openedBy(dir, pid, host) +
    'Een statische export (`werkbalans build`) leest de database zelf. Draait daar `werkbalans serve`? ' +
    'Dan maakt de server de export: de knop ‘Export downloaden (zip)’ op /beheer, of ' +
    'POST /api/export met het beheertoken (een zip-bestand; ?basis-url=https://… voor de insluitcodes). ' +
    'Of stop de server (Ctrl+C), bouw de export en start de server daarna weer met hetzelfde commando. ' +
    'Met de voorbeelddata duurt het bouwen ongeveer een halve minuut, met meer ideeën langer.',
} as const;
