/** The twelve provinces of the Netherlands, with the names and abbreviations people also write. */
export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const;

export type Province = (typeof PROVINCES)[number];

export const PROVINCE_ALIASES: Readonly<Record<Province, readonly string[]>> = {
  Groningen: ['GR'],
  Fryslân: ['Friesland', 'FR'],
  Drenthe: ['DR'],
  Overijssel: ['OV'],
  Flevoland: ['FL'],
  Gelderland: ['GLD', 'GE'],
  Utrecht: ['UT'],
  'Noord-Holland': ['NH'],
  'Zuid-Holland': ['ZH'],
  Zeeland: ['ZL', 'ZE'],
  'Noord-Brabant': ['Brabant', 'NB'],
  Limburg: ['LI', 'LB'],
};
