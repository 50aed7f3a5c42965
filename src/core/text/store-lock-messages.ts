/** Dutch messages when an embedded store is already open in another process (store-lock.ts). */

export const storeLockMessages = {
  /**
   * `pid` null: the process could not be named (the lock changed hands while we looked); `host` set when
   * the lock was taken on another computer (a folder on a shared disk).
   */
  inUse: (dir: string, pid: number | null, host: string | null) =>
    `De database in ${dir} is al geopend door een ander werkbalans-proces` +
    (pid === null ? '' : ` (procesnummer ${String(pid)}${host === null ? '' : ` op ${host}`})`) +
    '. Een map kan maar door één proces tegelijk worden gebruikt; er is niets gewijzigd. ' +
    'Draait daar `werkbalans serve`? Stop de server eerst (Ctrl+C) en probeer het opnieuw, of gebruik ' +
    'de draaiende server: importeren via de beheerpagina (/beheer) of POST /api/ideas/import, zoeken via ' +
    'GET /api/ideas?q=…, veelgenoemde oplossingen via GET /api/ideas/oplossingen?thema=….',
} as const;
