/** Dutch texts of the bridge on a profile page: "Waar knelt het het meest?" and its ideas. */
import { formatCount } from './format.js';

export const bridgeText = {
  heading: 'Waar knelt het het meest?',
  lead: 'De componenten waarop dit beroep duidelijk aan de ongunstige kant van de mediaan zit: het hele 95%-interval ligt onder de mediaan (bij een hulpbron) of erboven (bij een taakeis). De zwakste staan bovenaan, met ideeën van medewerkers die precies daarover gaan.',
  noneClear: 'Op geen enkele component ligt dit beroep duidelijk aan de ongunstige kant van de mediaan.',
  item: (label: string, value: string, median: string, below: boolean) =>
    `${label}: ${value}, ${below ? 'onder' : 'boven'} de mediaan van ${median}`,
  interval: (interval: string) => `95%-BI ${interval}`,
  clear: 'het hele 95%-interval ligt aan de ongunstige kant',
  ideasFor: (label: string) => `Ideeën van medewerkers over ${label.toLowerCase()}`,
  ideasNone: 'Nog geen ideeën in de ideeënbank die hier precies over gaan.',
  themeLink: (theme: string) => `Alle ideeën over het thema ${theme.toLowerCase()}`,
  ideasMore: (count: number, themes: readonly string[]) =>
    `Alle ${formatCount(count)} ideeën over ${themes.map((t) => t.toLowerCase()).join(' of ')}`,
  ownBranch: 'uit een branche van dit beroep',
  otherBranch: 'uit een andere branche',
  otherSituation: 'uit een andere branche en over het werk van een ander beroep of een andere werkplek',
  isExample: 'voorbeeld, zelf geschreven',
  ideasExample:
    'De ideeën hieronder zijn zelf geschreven voorbeelden (voorbeelddata), geen uitspraken uit het onderzoek.',
  ideasExampleSome:
    'Een deel van de ideeën hieronder is zelf geschreven als voorbeeld (voorbeelddata); die zijn gemarkeerd.',
  moreClearHeading: 'Ook duidelijk aan de ongunstige kant',
  moreClearLead: (shown: number) =>
    `Ook bij deze componenten ligt het hele interval aan de ongunstige kant; ideeën staan alleen bij de ${formatCount(shown)} zwakste hierboven.`,
  solutionIntro: (theme: string) => `Veelgenoemde oplossing in het thema ${theme.toLowerCase()}: `,
  solutionCount: (count: number) => `${formatCount(count)} ${count === 1 ? 'idee' : 'ideeën'}`,
  solutionExample: 'bijvoorbeeld',
  possibleHeading: 'Mogelijk zwak',
  possibleLead:
    'Bij deze componenten ligt het cijfer aan de ongunstige kant van de mediaan, maar het 95%-interval reikt tot over de mediaan: het verschil kan ook toeval zijn. Daarom staan er geen ideeën bij.',
  possibleMark: 'mogelijk',
  compactItem: (label: string, value: string, interval: string, median: string) =>
    `${label}: ${value} (95%-BI ${interval}), mediaan ${median}`,
} as const;
