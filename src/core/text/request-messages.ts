/** Dutch answers to a request whose fields do not fit (a 400 of the API or an admin form). */

/** What a field should have held, as the message names it. */
export const expectedField = {
  text: 'een tekst',
  textOrNull: 'een tekst of null',
  texts: 'een tekst of een lijst van teksten',
  textList: 'een lijst van teksten',
  wholeNumber: 'een geheel getal',
  object: 'een JSON-object',
  value: 'een geldige waarde',
} as const;

export const requestMessages = {
  badField: (field: string, expected: string) => `Het veld '${field}' is niet geldig: verwacht ${expected}.`,
  /** More than one field wrong: the first is named, the others counted. */
  andMore: (message: string, more: number) =>
    `${message} ${more === 1 ? 'Nog 1 ander veld is' : `Nog ${more} andere velden zijn`} niet geldig.`,
  notJson: 'Stuur de inhoud als JSON (Content-Type: application/json).',
} as const;
