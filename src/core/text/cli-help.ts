/** The Dutch help of the command line: what `werkbalans --help` and `werkbalans <opdracht> --help` say. */
export const cliHelp = {
  help: 'toon deze hulp',
  helpCommand: 'toon de hulp bij een opdracht',
  /** commander's headings, in Dutch. */
  titles: {
    'Usage:': 'Gebruik:',
    'Arguments:': 'Argumenten:',
    'Options:': 'Opties:',
    'Commands:': 'Opdrachten:',
    'Global Options:': 'Algemene opties:',
  } as Readonly<Record<string, string>>,
  commands: {
    analyse: 'Analyseer een CBS-tabel per beroep: indices, kwadranten, samenhang en zekerheid.',
    figures: 'Schrijf elke figuur als SVG (en PNG).',
    report: 'Schrijf één zelfstandig HTML-rapport (en PDF).',
    compare:
      'Vergelijk twee periodes: wie wisselt van kwadrant, en is dat meer dan de intervallen toelaten (zoals /vergelijk).',
    ideas: 'De ideeënbank: importeren, zoeken, oplossingen en opnieuw maskeren.',
    ideasImport: 'Importeer een bestand met ideeën: alles of niets.',
    ideasSearch: 'Zoek ideeën, met filters per thema, soort, branche, provincie en beroep.',
    ideasSolutions:
      'Toon de veelgenoemde oplossingen van één thema: per oplossing een korte omschrijving, het aantal ideeën, de branches en een citaat.',
    ideasRemask:
      'Maskeer de opgeslagen ideeën opnieuw met de huidige maskering van persoonsgegevens: alles of niets, vastgelegd in de geschiedenis.',
    serve: 'Start de website en de API.',
    build: 'Exporteer alle openbare pagina’s als statische bestanden.',
  },
  /** commander's words in a usage line (`werkbalans analyse [options] <bestand>`). */
  usageWords: { '[options]': '[opties]', '[command]': '[opdracht]' } as Readonly<Record<string, string>>,
  /** The placeholders of arguments and option values in the usage lines. */
  placeholders: {
    file: '<bestand>',
    folder: '<map>',
    name: '<naam>',
    address: '<adres>',
    query: '[zoekvraag]',
    theme: '<thema>',
    command: '[opdracht]',
    reason: '<reden>',
  },
  arguments: {
    surveyFile: 'CSV, TSV, xlsx of StatLine-JSON (bestand of URL)',
    compareFirst:
      'CBS-tabel met twee of meer periodes (de laatste twee worden vergeleken), of de eerdere van twee tabellen',
    compareSecond: 'de latere tabel (elk bestand met zijn laatste periode)',
    ideasFile: 'CSV, TSV, xlsx of JSON',
    query: 'zoekvraag: woorden, "een zinsdeel" en -uitsluiten',
  },
  options: {
    config: 'indexdefinities (JSON)',
    variant: 'indexvariant uit de configuratie',
    draws: 'aantal Monte Carlo-trekkingen',
    seed: 'startwaarde van de toevalsgenerator (seed)',
    period: 'periode (golf) uit het bestand, bijvoorbeeld 2024KW04; standaard de laatste',
    sheet: 'werkblad van een xlsx-bestand',
    json: 'het JSON-document van het datacontract op standaarduitvoer',
    compareJson: 'de vergelijking als JSON op standaarduitvoer',
    compareCsv: 'de vergelijking als CSV (kolommen als het bestand van /vergelijk) op standaarduitvoer',
    compareExcel: 'met --csv: CSV voor Excel in het Nederlands (puntkomma, decimale komma)',
    outDir: 'uitvoermap',
    outFile: 'HTML-bestand',
    png: 'ook PNG schrijven',
    width: 'breedte in pixels',
    scale: 'PNG-pixels per SVG-pixel, 1 tot 4 (standaard 1; 2 voor druk)',
    pdf: 'ook een PDF afdrukken met Chromium',
    reportSolutions: 'voeg per thema de veelgenoemde oplossingen uit de ideeënbank toe (zie --data)',
    reportBaseUrl:
      'openbaar adres van de website (https://…), zodat het rapport naar de themapagina’s met alle oplossingen verwijst (standaard WERKBALANS_BASE_URL)',
    data: 'map van de ingebouwde database (standaard WERKBALANS_DATA of ./.werkbalans)',
    theme: 'alleen ideeën met dit thema',
    kind: 'alleen ideeën van deze soort',
    branch: 'alleen ideeën uit deze branche',
    province: 'alleen ideeën uit deze provincie',
    profession: 'alleen ideeën van dit beroep',
    limit: 'hoogstens zoveel ideeën',
    offset: 'sla zoveel ideeën over',
    searchJson: 'het zoekdocument van het datacontract als JSON',
    solutionsTheme:
      'het thema, met zijn naam of een kortere naam, hoofdletters maken niet uit (bijvoorbeeld "Administratieve lasten" of "administratie")',
    solutionsJson:
      'het document van GET /api/ideas/oplossingen als JSON (per oplossing omschrijving, aantal, ids, citaat en branches)',
    remaskDry: 'proefdraai: toon per idee wat er zou veranderen, en wijzig niets',
    remaskReason:
      'reden in de geschiedenis (standaard: opnieuw gemaskeerd met de verbeterde maskering van persoonsgegevens)',
    port: 'poort (standaard PORT of 8080)',
    host: 'adres om op te luisteren (standaard HOST of 127.0.0.1)',
    baseUrl: 'openbaar adres van de website (https://…), zodat de insluitcodes ook op andere websites werken',
  },
} as const;
