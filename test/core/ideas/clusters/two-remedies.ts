/**
 * A small theme for the clustering tests: four ideas that ask to link systems (each in other words),
 * three that ask executives to walk along on the floor, and one odd idea that fits neither.
 */
import type { ClusterIdea } from '../../../../src/core/ideas/clusters/cluster-ideas.js';

export const idea = (id: string, text: string, branch: string | null = 'Sociaal werk'): ClusterIdea => ({
  id,
  text,
  branch,
  profession: null,
});

export const TWO_REMEDIES: ClusterIdea[] = [
  idea('a1', 'Koppel de systemen zodat ik niets dubbel hoef in te voeren.', 'UMC’s'),
  idea('a2', 'Drie systemen zonder koppeling: ik typ alles over.'),
  idea('a3', 'Een koppeling tussen het dossier en de software van de apotheek scheelt dubbel werk.'),
  idea('a4', 'Ons systeem praat niet met dat van de gemeente, dus voer ik alles twee keer in: dubbel.'),
  idea('b1', 'Laat bestuurders een dienst meelopen op de werkvloer.'),
  idea('b2', 'De directie zou eens een nachtdienst moeten meedraaien om te zien hoe het gaat.'),
  idea('b3', 'Beleidsmakers moeten meelopen op de werkvloer voordat ze een nieuw formulier bedenken.'),
  idea('c1', 'Kinderen verdienen een moestuin bij de opvang.'),
];
