/**
 * Dutch number words, weak in a search query (analyzer option `searchWeakWords`): they count things
 * (`drie keer`, `twee collega's`) and say nothing about which idea is meant. As content words they
 * decided matches: `ik moet alles drie keer opschrijven` ranked first an idea about "drie bewoners"
 * above the idea about typing the same report into three systems (audit 8 finding 13). Beside another
 * content word they only add to the ranking, like the thesaurus' weak words; a query of only number
 * words searches them as ordinary words. `een` is a stop word already; the grouping of ideas does not
 * read this list.
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
  'twintig',
  'dertig',
  'veertig',
  'vijftig',
  'zestig',
  'zeventig',
  'tachtig',
  'negentig',
  'honderd',
  'duizend',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
]);
