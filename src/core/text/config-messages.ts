/** Dutch messages about configuration files. */
export const configMessages = {
  notJson: (detail: string) => `Het configuratiebestand is geen geldige JSON (${detail}).`,
  invalid: (path: string, detail: string) =>
    `Ongeldige configuratie bij '${path || '(hoofdniveau)'}': ${detail}.`,
  unreadable: (detail: string) => `Het configuratiebestand kan niet worden gelezen (${detail}).`,
  /** What an index configuration file must be, for `expected` in an error. */
  expectedIndexConfig: 'indexconfiguratie',
  variantId: 'alleen kleine letters, cijfers en streepjes',
  defaultNotListed: 'de standaardvariant staat niet in de lijst varianten',
  indicatorTwice: (indicator: string) => `indicator ${indicator} komt twee keer voor in één index`,
} as const;
