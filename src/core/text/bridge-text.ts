/** Dutch texts of the bridge on a profile page: "Waar knelt het het meest?" and its ideas. */
import type { IndicatorId } from '../contract/indicators.js';
import { countOf, formatCount } from './format.js';
import { missingLabels } from './unclassified-text.js';

/** "voor ‘werkdruk te hoog’ is geen cijfer" / "voor ‘…’ en ‘…’ zijn geen cijfers". */
function noFigureFor(missing: readonly IndicatorId[]): string {
  return `voor ${missingLabels(missing)} ${missing.length === 1 ? 'is geen cijfer' : 'zijn geen cijfers'}`;
}

export const bridgeText = {
  heading: 'Waar knelt het het meest?',
  lead: 'De componenten waarop dit beroep duidelijk aan de ongunstige kant van de mediaan zit: het hele 95%-interval ligt onder de mediaan (bij een hulpbron) of erboven (bij een taakeis). De zwakste staan bovenaan, met ideeën van medewerkers die precies daarover gaan.',
  noneClear: 'Op geen enkele component ligt dit beroep duidelijk aan de ongunstige kant van de mediaan.',
  item: (label: string, value: string, median: string, below: boolean) =>
    `${label}: ${value}, ${below ? 'onder' : 'boven'} de mediaan van ${median}`,
  /** Why a component is clearly weak: its whole interval, or, for a value without bounds, its rank interval. */
  clear: (hasBounds: boolean) =>
    hasBounds
      ? 'het hele 95%-interval ligt aan de ongunstige kant'
      : 'het 95%-interval van de rang uit de simulaties ligt aan de ongunstige kant',
  ideasFor: (label: string) => `Ideeën van medewerkers over ${label.toLowerCase()}`,
  ideasNone: 'Nog geen ideeën in de ideeënbank die hier precies over gaan.',
  themeLink: (theme: string) => `Alle ideeën over het thema ${theme.toLowerCase()}`,
  ideasMore: (count: number, themes: readonly string[]) =>
    `Alle ${formatCount(count)} ideeën over ${themes.map((t) => t.toLowerCase()).join(' of ')}`,
  ownBranch: 'uit een branche van dit beroep',
  otherBranch: 'uit een andere branche',
  /** An idea's branch when the bridge does not know the profession's branches: no claim either way. */
  branchUnknown: 'branche van dit beroep onbekend',
  /** Why the ideas of a profession whose branches are unknown are what they are. */
  branchesUnknown: (name: string) =>
    `In welke branches ${name} werken, is in werkbalans niet vastgelegd: dit beroep komt uit de tabel van de enquête, maar niet uit de brugconfiguratie (config/bridge.json). Daarom staan bij elke component eerst ideeën waarbij dit beroep is ingevuld: die schreven collega’s over hun eigen werk. Daarna volgen ideeën van andere beroepen; of die uit een branche van dit beroep komen, weten we niet.`,
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
  compactItem: (label: string, value: string, bounds: string, median: string) =>
    `${label}: ${value} (${bounds}), mediaan ${median}`,
  /**
   * On the profile of a profession without a quadrant: why the ideas are what they are. `basis` says
   * what they are chosen by (bridge-ideas.ts): the weak components it has figures for, or, when none
   * of those is clearly weak, the profession itself.
   */
  unclassified: {
    components: (missing: readonly IndicatorId[]) =>
      `Dit beroep heeft geen kwadrant, want ${noFigureFor(missing)}. De ideeën hieronder zijn daarom gekozen bij de componenten waarvoor wel een cijfer is: elk cijfer is vergeleken met de mediaan van de ingedeelde beroepen, net als bij de andere beroepen. Of het knelt bij ${missingLabels(missing)}, weten we niet; daarover staan hier geen ideeën.`,
    profession: (name: string, missing: readonly IndicatorId[], byText: boolean) =>
      `Dit beroep heeft geen kwadrant, want ${noFigureFor(missing)}. Bij de componenten waarvoor wel een cijfer is, ligt geen enkele duidelijk aan de ongunstige kant van de mediaan. Misschien knelt het juist bij ${missingLabels(missing)}, maar dat weten we niet. Daarom staan hier ideeën van ${byText ? `en over ${name}: ideeën waarbij dit beroep is ingevuld, en ideeën waarin de schrijver dit beroep als eigen werk noemt` : `${name}: ideeën waarbij dit beroep is ingevuld`}.`,
    unknown: (name: string, missing: readonly IndicatorId[]) =>
      `Dit beroep heeft geen kwadrant, want ${noFigureFor(missing)}. Bij de componenten waarvoor wel een cijfer is, ligt geen enkele duidelijk aan de ongunstige kant van de mediaan. Ideeën van dit beroep kunnen we ook niet tonen: de ideeënbank kent geen beroep met de naam ${name}.`,
  },
  /** After {@link noneClear} on a classified profile: what is listed instead. */
  classifiedProfession: (byText: boolean) =>
    `Daarom staan hier ideeën van ${byText ? 'en over ' : ''}collega's: ideeën waarbij dit beroep is ingevuld${byText ? ', en ideeën waarin de schrijver dit beroep als eigen werk noemt' : ''}.`,
  professionIdeasHeading: (name: string, byText: boolean) => `Ideeën van ${byText ? 'en over ' : ''}${name}`,
  professionIdeasNone: (byText: boolean) =>
    `Nog geen ideeën in de ideeënbank waarbij dit beroep is ingevuld${byText ? ' of waarin de schrijver het als eigen werk noemt' : ''}. Bij minder dan 5 ideeën met dezelfde provincie, branche en beroep tonen we het beroep niet, zodat niemand herkenbaar is.`,
  fromProfession: 'dit beroep is ingevuld',
  aboutProfession: 'noemt dit beroep',
  professionIdeasMore: (count: number) =>
    `Alle ${countOf(count, 'idee', 'ideeën')} waarbij dit beroep is ingevuld`,
  allIdeas: 'Alle ideeën in de ideeënbank',
} as const;
