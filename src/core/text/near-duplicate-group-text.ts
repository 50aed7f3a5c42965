/** Dutch messages of a curator's decision on a group of near-duplicate ideas (solutions-duplicate-groups.ts). */
export const nearDuplicateGroupText = {
  tooFew: 'Kies een groep van minstens twee bijna dubbele ideeën.',
  keepNotInGroup: (id: string) => `Het idee '${id}' hoort niet bij deze groep; er is niets verborgen.`,
  unknownIdeas: (ids: readonly string[]) => `Deze ideeën bestaan niet: ${ids.join(', ')}.`,
  keepMissing:
    "Geef bij het besluit 'samenvoegen' in 'bewaar' het idee dat blijft staan; er is niets verborgen.",
  notOneGroup:
    'Deze ideeën zijn niet (meer) één groep van bijna dubbele ideeën; toon de groepen opnieuw en kies opnieuw.',
};
