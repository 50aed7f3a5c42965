// The quote of a solution on a profile is chosen for the reader (audit 8, finding 5): an idea of the
// reader's own profession first; an idea from another branch about another branch's clients only when
// nothing else fits; and a concept's line quoted with an idea that names that concept in its remedy.
import { describe, expect, it } from 'vitest';
import type { BridgeConcept } from '../../../src/core/contract/bridge-config.js';
import {
  readerFit,
  solutionForConcept,
  type SolutionCluster,
} from '../../../src/core/ideas/bridge-solutions.js';
import { namesOtherClients } from '../../../src/core/ideas/client-words.js';
import type { IdeaKind } from '../../../src/core/ideas/idea.js';

const druk: BridgeConcept = {
  note: 'Werkdruk.',
  themes: ['Werkdruk en roosters'],
  terms: ['werkdruk', 'invalkrachten', 'personeelstekort', 'systemen', 'koppeling'],
};
const THEME = 'Werkdruk en roosters';
const CARER = ['Verpleging, verzorging en thuiszorg (VVT)', 'Gehandicaptenzorg'];

interface Idea {
  readonly text: string;
  readonly branch: string | null;
  readonly kind: IdeaKind;
  readonly profession?: string;
}

function quoteOf(ideas: Record<string, Idea>, label: string, onPage: readonly string[] = []) {
  const ids = Object.keys(ideas);
  const first = ids[0]!;
  const cluster: SolutionCluster = {
    key: `auto-${first}`,
    label,
    ids,
    quote: { id: first, text: ideas[first]!.text, branch: ideas[first]!.branch },
  };
  const reader = { branches: CARER, profession: 'Verzorgenden intramuraal' as const };
  const found = solutionForConcept(
    druk,
    THEME,
    [cluster],
    (id) => ideas[id]?.text,
    new Set(onPage),
    (id) => readerFit(reader, ideas[id]!),
    (id) => ideas[id]?.branch ?? null,
    {
      kindOf: (id) => ideas[id]?.kind ?? null,
      isOwnBranch: (id) => CARER.includes(ideas[id]?.branch ?? ''),
      isOwnProfession: (id) => ideas[id]?.profession === reader.profession,
      namesOtherClients: (id) => namesOtherClients(CARER, ideas[id]!),
    },
  );
  return found?.quote.id;
}

describe('a solution’s quote for a carer', () => {
  const invallers: Record<string, Idea> = {
    k1: {
      text: 'Zet een pool op van vaste invalkrachten tegen de werkdruk. Dat is beter voor de kinderen.',
      branch: 'Kinderopvang',
      kind: 'voorstel',
    },
    g1: {
      text: 'We draaien met invalkrachten die de cliënten niet kennen; de werkdruk stijgt.',
      branch: 'Geestelijke gezondheidszorg (GGZ)',
      kind: 'knelpunt',
    },
    h1: {
      text: 'Door het personeelstekort en de invalkrachten is de werkdruk op de groep hoog.',
      branch: 'Gehandicaptenzorg',
      kind: 'knelpunt',
    },
  };

  it('is not an idea about another branch’s clients while another idea fits', () => {
    expect(quoteOf(invallers, 'Genoeg personeel en vaste invallers', ['h1'])).toBe('g1');
  });

  it('is such an idea when nothing else is left', () => {
    expect(quoteOf(invallers, 'Genoeg personeel en vaste invallers', ['h1', 'g1'])).toBe('k1');
  });

  it('is an idea of the reader’s own profession before one of its main branch', () => {
    const own: Record<string, Idea> = {
      ...invallers,
      v1: {
        text: 'Vraag vaste invalkrachten voor het verpleeghuis, dan daalt de werkdruk.',
        branch: 'Verpleging, verzorging en thuiszorg (VVT)',
        kind: 'voorstel',
      },
      h2: {
        text: 'Ik wil vaste invalkrachten op de woning; de werkdruk is te hoog.',
        branch: 'Gehandicaptenzorg',
        kind: 'wens',
        profession: 'Verzorgenden intramuraal',
      },
    };
    expect(quoteOf(own, 'Genoeg personeel en vaste invallers', ['h1'])).toBe('h2');
    const { profession: _, ...unpublished } = own['h2']!;
    expect(quoteOf({ ...own, h2: unpublished }, 'X', ['h1'])).toBe('v1');
  });
});

describe('a solution whose line is a concept’s own', () => {
  const systemen: Record<string, Idea> = {
    s1: {
      // Names systems only in the sentence on its situation; its remedy is a reminder.
      text: 'Nu zoeken we alles op in drie systemen. Bij ons herinnert een sms cliënten aan hun afspraak, dat scheelt werkdruk.',
      branch: 'Verpleging, verzorging en thuiszorg (VVT)',
      kind: 'kans',
    },
    s2: {
      text: 'Ik wil dat de systemen van de thuiszorg en de huisarts gekoppeld worden. Dat scheelt werkdruk.',
      branch: 'Verpleging, verzorging en thuiszorg (VVT)',
      kind: 'wens',
    },
  };

  it('is quoted with an idea that names the concept in its remedy', () => {
    expect(quoteOf(systemen, 'Systemen koppelen')).toBe('s2');
  });

  it('is quoted as before when the line is no concept’s', () => {
    expect(quoteOf(systemen, 'Systemen die helpen')).toBe('s1');
  });
});
