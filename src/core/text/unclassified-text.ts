/**
 * What a reader is told about a profession without a quadrant: which component is missing (by its
 * label), which index that leaves out, and that its published figures are still shown. One sentence for
 * the profile page, the profile figure, the report and the data notes.
 */
import type { IndexDefinition, UnclassifiedProfession } from '../analysis/result.js';
import { indicatorInfo, type IndicatorId } from '../contract/indicators.js';
import { andList, countOf } from './format.js';

/**
 * The missing components as running text, each label between quotes so a label that reads as a clause
 * stays one name: "‘werkdruk te hoog’ en ‘autonomie’".
 */
export function missingLabels(missing: readonly IndicatorId[]): string {
  return andList(missing.map((id) => `‘${indicatorInfo(id).label.toLowerCase()}’`));
}

/** "het cijfer voor ‘werkdruk te hoog’ ontbreekt" / "de cijfers voor … en … ontbreken". */
function missingClause(missing: readonly IndicatorId[]): string {
  return missing.length === 1
    ? `het cijfer voor ${missingLabels(missing)} ontbreekt`
    : `de cijfers voor ${missingLabels(missing)} ontbreken`;
}

/** "de taakeisenindex", "de hulpbronnenindex" or "beide indices", by where the missing components sit. */
function indexPhrase(missing: readonly IndicatorId[], variant: IndexDefinition): string {
  const inResources = missing.some((id) => variant.resources.some((c) => c.indicator === id));
  const inDemands = missing.some((id) => variant.demands.some((c) => c.indicator === id));
  if (inResources && inDemands) return 'beide indices';
  return inResources ? 'de hulpbronnenindex' : 'de taakeisenindex';
}

/** "zijn" of one profession, "hun" of more; capitalised to open a sentence. */
function possessive(count: number, capital = false): string {
  const word = count === 1 ? 'zijn' : 'hun';
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export const unclassifiedText = {
  /** The data note: "Doktersassistenten is niet ingedeeld: het cijfer voor ‘werkdruk te hoog’ ontbreekt." */
  note: (name: string, missing: readonly IndicatorId[]) =>
    `${name} is niet ingedeeld: ${missingClause(missing)}.`,
  /** The profile's lead: why there is no quadrant, and that the published figures follow. */
  lead: (profession: UnclassifiedProfession, variant: IndexDefinition) =>
    `Dit beroep heeft geen kwadrant: ${missingClause(profession.missing)}, en zonder alle componenten is ${indexPhrase(profession.missing, variant)} niet te berekenen. Het telt daarom niet mee in de medianen, de kwadranten en de samenhang met tevredenheid. De cijfers die wel gepubliceerd zijn, staan hieronder met hun 95%-betrouwbaarheidsinterval.`,
  /** The profile figure's note. */
  figureNote: (missing: readonly IndicatorId[]) =>
    `Niet ingedeeld: ${missingClause(missing)}, dus geen index en geen kwadrant. Getoond zijn de gepubliceerde componenten.`,
  /** The profile figure's description. */
  description: (name: string, missing: readonly IndicatorId[], shown: number) =>
    `Profiel van ${name}: niet ingedeeld, want ${missingClause(missing)}; geen index en geen kwadrant. ${countOf(shown, 'gepubliceerde component staat', 'gepubliceerde componenten staan')} naast de mediaan van de ingedeelde beroepen.`,
  /** The home page and the report: how many have no quadrant. */
  count: (count: number) =>
    `${countOf(count, 'beroep heeft', 'beroepen hebben')} geen kwadrant, omdat er een cijfer ontbreekt`,
  /** After the names: where their figures are. */
  countTail: (count: number) =>
    `${unclassifiedText.figures(count)} staan op ${possessive(count)} eigen pagina en in de ranglijsten.`,
  /** "Zijn gepubliceerde cijfers" / "Hun gepubliceerde cijfers": the figures of one or more of them. */
  figures: (count: number) => `${possessive(count, true)} gepubliceerde cijfers`,
} as const;
