/** What a visitor reads when the database cannot be reached (the server answers 503 and recovers by itself). */
export const outageMessages = {
  /** API (JSON `error`) and pages alike. */
  unavailable: 'De gegevens zijn tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.',
  /** Operator log line, with the database's own error. */
  log: (detail: string) => `database niet bereikbaar (503): ${detail}`,
} as const;
