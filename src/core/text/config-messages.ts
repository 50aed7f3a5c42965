/** Dutch messages about configuration files. */
export const configMessages = {
  notJson: (detail: string) => `Het configuratiebestand is geen geldige JSON (${detail}).`,
  invalid: (path: string, detail: string) =>
    `Ongeldige configuratie bij '${path || '(hoofdniveau)'}': ${detail}.`,
  unreadable: (detail: string) => `Het configuratiebestand kan niet worden gelezen (${detail}).`,
} as const;
