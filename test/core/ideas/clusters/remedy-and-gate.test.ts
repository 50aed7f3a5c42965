import { describe, expect, it } from 'vitest';
import { adaptiveThreshold, MIN_THRESHOLD } from '../../../../src/core/ideas/clusters/adaptive-threshold.js';
import { clusterModel } from '../../../../src/core/ideas/clusters/cluster-ideas.js';
import { ideaSentences, isComplaint } from '../../../../src/core/ideas/clusters/remedy-phrase.js';

describe('remedy sentences', () => {
  it('marks the proposal and not the situation it starts from', () => {
    expect(
      ideaSentences('Nu typ ik alles twee keer over. Koppel de systemen van de gemeente en de zorg.'),
    ).toEqual([
      { text: 'Nu typ ik alles twee keer over.', remedy: false },
      { text: 'Koppel de systemen van de gemeente en de zorg.', remedy: true },
    ]);
  });

  it('takes a wish and a working practice as a remedy', () => {
    expect(ideaSentences('Ik wil minder formulieren.')[0]?.remedy).toBe(true);
    expect(ideaSentences('Bij ons plant het team zelf.')[0]?.remedy).toBe(true);
  });

  it('reads a complaint without a proposal as all remedy', () => {
    expect(ideaSentences('Registreren, registreren, registreren. Elke dag weer.')).toEqual([
      { text: 'Registreren, registreren, registreren.', remedy: true },
      { text: 'Elke dag weer.', remedy: true },
    ]);
  });
});

describe('ideas that only complain', () => {
  it('tells a complaint from a proposal and from a practice that works', () => {
    expect(isComplaint('Registreren, registreren, registreren.')).toBe(true);
    expect(isComplaint('Het declareren kost mij per week een halve dag. Dat is zonde.')).toBe(true);
    expect(isComplaint('Schrap de dubbele registratie.')).toBe(false);
    expect(isComplaint('Ik zou graag minder registreren.')).toBe(false);
    expect(isComplaint('Sinds kort overleggen we elke maand met de huisarts.')).toBe(false);
    expect(isComplaint('Een vaste contactpersoon voorkomt veel gedoe.')).toBe(false);
  });
});

describe('the link between two ideas', () => {
  const idea = (id: string, text: string) => ({ id, text, branch: null, profession: null });

  it('needs a shared solution concept, not only shared situation words', () => {
    const model = clusterModel([
      idea('a', 'Bij elke oudere cliënt op de afdeling koppel ik de systemen.'),
      idea('b', 'Bij elke oudere cliënt op de afdeling wil ik een coach.'),
      idea('c', 'Koppel de systemen aan het dossier.'),
      idea('d', 'Een coach voor het team.'),
    ]);
    const n = model.ideas.length;
    const at = (x: number, y: number) => model.similarity[x * n + y] ?? 0;
    expect(at(0, 1)).toBe(0);
    expect(at(0, 2)).toBeGreaterThan(0);
    expect(at(1, 3)).toBeGreaterThan(0);
  });

  it('also links ideas through a search-thesaurus group, which no hand-made concept names', () => {
    // Dementia has a thesaurus group and no solution concept: a theme the concept list was not written for.
    const model = clusterModel([
      idea('a', 'Meer tijd voor bewoners met dementie.'),
      idea('b', 'Een aparte afdeling voor mensen met alzheimer.'),
      idea('c', 'Koppel de systemen aan het dossier.'),
      idea('d', 'Koppel de software.'),
    ]);
    const n = model.ideas.length;
    expect(model.similarity[0 * n + 1] ?? 0).toBeGreaterThan(0);
    expect(model.similarity[0 * n + 2] ?? 0).toBe(0);
  });

  it('cuts at a share of the median nearest-neighbour similarity, never below the floor', () => {
    // Three ideas whose best matches are 0.8, 0.8 and 0.4: median 0.8.
    const s = Float64Array.from([0, 0.8, 0.4, 0.8, 0, 0.2, 0.4, 0.2, 0]);
    expect(adaptiveThreshold(s, 3, 0.5)).toBeCloseTo(0.4);
    expect(adaptiveThreshold(new Float64Array(9), 3)).toBe(MIN_THRESHOLD);
  });
});
