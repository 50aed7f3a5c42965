/**
 * The indicators of the data contract: ids, group and every label that must be accepted for them.
 * Matching ignores case, extra white space, diacritics and punctuation (see {@link matchIndicator}).
 */
import { joinedLabel, normaliseLabel } from './names.js';
import { valueFor } from './item-at.js';

export const INDICATOR_IDS = [
  'loopbaanperspectief',
  'ontwikkelmogelijkheden',
  'invloed_inhoud',
  'autonomie',
  'steun_leidinggevende',
  'werkdruk',
  'agressie_extern',
  'agressie_intern',
  'tijd_verslaglegging',
  'tijd_registratie',
  'tevreden_werk',
  'tevreden_organisatie',
] as const;

/** One of the twelve indicator ids of the contract. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorGroup = 'resources' | 'demands' | 'outcome';

export interface IndicatorInfo {
  readonly id: IndicatorId;
  readonly group: IndicatorGroup;
  /** Short Dutch label for tables and figures. */
  readonly label: string;
  /** Labels that must be accepted in any header or indicator column (the first is canonical). */
  readonly labels: readonly string[];
}

export const INDICATORS: readonly IndicatorInfo[] = [
  {
    id: 'loopbaanperspectief',
    group: 'resources',
    label: 'Loopbaanperspectief',
    labels: ['Loopbaanperspectief', 'Loopbaanperspectieven'],
  },
  {
    id: 'ontwikkelmogelijkheden',
    group: 'resources',
    label: 'Ontwikkelmogelijkheden',
    labels: ['Ontwikkelmogelijkheden', 'Ontwikkelen/ontplooien'],
  },
  {
    id: 'invloed_inhoud',
    group: 'resources',
    label: 'Invloed op de inhoud van het werk',
    labels: ['Invloed op inhoud van het werk', 'Invloed op de inhoud van het werk'],
  },
  {
    id: 'autonomie',
    group: 'resources',
    label: 'Autonomie',
    labels: ['Autonomie', 'Zelf beslissen hoe het werk wordt gedaan'],
  },
  {
    id: 'steun_leidinggevende',
    group: 'resources',
    label: 'Steun van leidinggevende',
    labels: ['Steun van leidinggevende', 'Ondersteuning van leidinggevende'],
  },
  { id: 'werkdruk', group: 'demands', label: 'Werkdruk te hoog', labels: ['Werkdruk', 'Werkdruk te hoog'] },
  {
    id: 'agressie_extern',
    group: 'demands',
    label: 'Agressie door cliënten of naasten',
    labels: ['Agressie door cliënten', 'Agressie door patiënten/cliënten of hun naasten'],
  },
  {
    id: 'agressie_intern',
    group: 'demands',
    label: 'Agressie door collega’s of leidinggevenden',
    labels: ['Agressie intern', "Agressie door leidinggevenden of collega's"],
  },
  {
    id: 'tijd_verslaglegging',
    group: 'demands',
    label: 'Tijd aan verslaglegging',
    labels: ['Tijd besteed aan verslaglegging'],
  },
  {
    id: 'tijd_registratie',
    group: 'demands',
    label: 'Tijd aan registratie',
    labels: ['Tijd besteed aan registratie'],
  },
  {
    id: 'tevreden_werk',
    group: 'outcome',
    label: 'Tevreden met het werk',
    labels: ['Tevreden met het werk', 'Tevredenheid met het werk'],
  },
  {
    id: 'tevreden_organisatie',
    group: 'outcome',
    label: 'Tevreden met de organisatie',
    labels: ['Tevreden met de organisatie', 'Tevredenheid met de organisatie'],
  },
];

const BY_ID = new Map<string, IndicatorInfo>(INDICATORS.map((info) => [info.id, info]));

export function isIndicatorId(value: string): value is IndicatorId {
  return BY_ID.has(value);
}

export function indicatorInfo(id: IndicatorId): IndicatorInfo {
  return valueFor(BY_ID, id);
}

/**
 * Every id and accepted label under both of its keys: punctuation read as a word break
 * (`patiënten / cliënten` → `patienten clienten`) and punctuation read as nothing (`collega's` →
 * `collegas`). A test proves that no two indicators share a key of either kind, nor their letters and
 * digits alone, so no written label can match two indicators.
 */
const BY_SPACED = new Map<string, IndicatorId>();
const BY_JOINED = new Map<string, IndicatorId>();
for (const info of INDICATORS) {
  for (const label of [info.id, ...info.labels]) {
    BY_SPACED.set(normaliseLabel(label), info.id);
    BY_JOINED.set(joinedLabel(label), info.id);
  }
}

/**
 * The indicator id an id or accepted label stands for, or undefined when it is none of them. Case,
 * diacritics, extra white space and punctuation are ignored: a punctuation mark may be left out
 * (`collegas`), written as a space (`patiënten cliënten`) or added (`Werkdruk.`, `werk-druk`), but
 * words that the label writes apart stay apart (`Loopbaan perspectief` is not `Loopbaanperspectief`).
 */
export function matchIndicator(label: string): IndicatorId | undefined {
  return BY_SPACED.get(normaliseLabel(label)) ?? BY_JOINED.get(joinedLabel(label));
}
