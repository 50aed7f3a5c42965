/** Dutch texts the analysis produces: scenario labels and data-quality warnings. */
import { periodLabel } from './chart-text.js';
import { CERTAINTY_UNKNOWN } from './certainty-text.js';
import { andList } from './format.js';

/** A period as a reader reads it: `2024KW04` → `4e kwartaal 2024`. */
const readable = (code: string): string => periodLabel(code) ?? code;

/** A period readably with its code: `4e kwartaal 2024 (2024KW04)`; a code without a label once. */
const withCode = (code: string): string => {
  const label = readable(code);
  return label === code ? code : `${label} (${code})`;
};

export const analysisMessages = {
  leaveOneOut: (component: string) => `Zonder ${component}`,
  standardised: (variant: string) => `${variant}, gestandaardiseerd (z-scores per component)`,
  missingOutcome: (name: string, outcome: string) =>
    `${name} heeft geen cijfer voor '${outcome}' en telt daar niet mee in samenhang en kwadrantgemiddelden.`,
  noBoundsAtAll: (professions: number) =>
    `${CERTAINTY_UNKNOWN}: de tabel heeft geen betrouwbaarheidsintervallen, dus voor geen van de ${professions} ingedeelde beroepen is te zeggen hoe zeker het kwadrant is.`,
  noBounds: (professions: readonly { readonly name: string; readonly count: number }[]) =>
    `Zekerheid onbekend bij ${professions.length === 1 ? '1 beroep' : `${professions.length} beroepen`}, want onderdelen van hun indices hebben geen betrouwbaarheidsgrenzen: ${professions.map((p) => `${p.name} (${p.count})`).join(', ')}.`,
  severalPeriods: (periods: readonly string[], analysed: string, latest: boolean) =>
    `De tabel bevat ${periods.length} perioden, elk een eigen golf (${andList(periods.map(readable))}); geanalyseerd is ${readable(analysed)}${latest ? ', de laatste' : ''}.`,
  /** `known` in period order; each named readably with the code to give. */
  unknownPeriod: (found: string, known: readonly string[]) =>
    known.length === 0
      ? `Periode '${found}' komt niet voor in de tabel. Beschikbare perioden: geen.`
      : `Periode '${found}' komt niet voor in de tabel. Beschikbare perioden, met tussen haakjes de code om op te geven: ${andList(known.map(withCode))}.`,
  unknownVariant: (found: string, known: readonly string[]) =>
    `Onbekende indexvariant '${found}'. Bekende varianten: ${known.join(', ')}.`,
  tooFewClassified: (n: number) =>
    `Te weinig beroepen met alle componenten om in te delen (${n}); er is er minstens één nodig.`,
  invalidDraws: (found: number) =>
    `Het aantal trekkingen moet een geheel getal van 1 tot 10.000.000 zijn, gevonden: ${found}.`,
  correlationCI:
    'Fisher-z-transformatie; voor Spearman met variantie 1,06/(n−3) (Fieller, Hartley en Pearson, 1957)',
  rankRule:
    'Rang 1 is het hoogste percentage; gelijke waarden delen de beste rang; interval = 2,5e tot 97,5e percentiel over de trekkingen',
} as const;
