import { describe, expect, it } from 'vitest';
import {
  isOtherOccupationsSubject,
  occupationSubjects,
  occupationsNamed,
} from '../../../src/core/ideas/occupation-words.js';

describe('occupations an idea names as the writer’s own situation', () => {
  it('counts an occupation the writer works as, speaks for or works in', () => {
    expect(occupationsNamed('Als huisarts wil ik minder formulieren.')).toEqual(['Huisartsen']);
    expect(occupationsNamed('Wij huisartsen willen minder formulieren.')).toEqual(['Huisartsen']);
    expect(occupationsNamed('In de huisartsenpraktijk werk ik met drie systemen.')).toEqual(['Huisartsen']);
    expect(occupationsNamed('Laat mondhygiënisten zelfstandig behandelen.')).toEqual([
      'Tandartsassistenten en mondhygiënisten',
    ]);
    expect(occupationsNamed('Betrek ons als fysiotherapeuten bij de keuze.')).toEqual(['Fysiotherapeuten']);
    expect(occupationsNamed('Vertrouw huisartsen.')).toEqual(['Huisartsen']);
  });

  it('leaves out an occupation named as a partner the writer works with', () => {
    expect(occupationsNamed('Samen met de huisarts regelen we iets met buurtbewoners.')).toEqual([]);
    expect(occupationsNamed('Elke maand overleg met de huisartsen uit de regio.')).toEqual([]);
    expect(occupationsNamed('Ik stuur het verslag naar de huisarts.')).toEqual([]);
    expect(occupationsNamed('Dan kan ik de wijkverpleegkundige beter op de hoogte brengen.')).toEqual([]);
    expect(occupationsNamed('Een buurtkamer helpt. Dat merkt de huisarts ook.')).toEqual([]);
    expect(occupationsNamed('De huisarts belt ons pas als het misgaat.')).toEqual([]);
    expect(occupationsNamed('Een koppeling met de huisartsenpraktijk zou fouten voorkomen.')).toEqual([]);
  });

  it('keeps the own occupation beside a partner in one idea', () => {
    const dental = 'Laat mondhygiënisten zelfstandig behandelen zonder dat de tandarts moet aftekenen.';
    expect(occupationsNamed(dental)).toEqual(['Tandartsassistenten en mondhygiënisten']);
    const assistants = 'Doktersassistenten kunnen meer. Met een cursus neem je de huisarts werk uit handen.';
    expect(occupationsNamed(assistants)).toEqual(['Doktersassistenten']);
  });
});

describe('the occupation whose own situation an idea is about', () => {
  it('is an occupation named as itself, not by its workplace', () => {
    expect(
      occupationSubjects('Ik zou graag zien dat jonge huisartsen makkelijker een praktijk overnemen.'),
    ).toEqual(['Huisartsen']);
    expect(occupationSubjects('Geef praktijkondersteuners een erkende vervolgopleiding.')).toEqual([
      'Praktijkondersteuners',
    ]);
    expect(occupationSubjects('Als tandartsassistente sta ik de hele dag.')).toEqual([
      'Tandartsassistenten en mondhygiënisten',
    ]);
    expect(occupationSubjects('Wij kraamverzorgenden draaien lange diensten.')).toEqual([
      'Verzorgenden thuis- en kraamzorg',
    ]);
    // Where the writer works: every profession of that branch works there.
    expect(occupationsNamed('In de huisartsenpraktijk werk ik met drie systemen.')).toEqual(['Huisartsen']);
    expect(occupationSubjects('In de huisartsenpraktijk werk ik met drie systemen.')).toEqual([]);
    expect(occupationSubjects('Op de huisartsenpost is het druk.')).toEqual([]);
    // A partner is no subject either.
    expect(occupationSubjects('Samen met de huisarts regelen we iets met buurtbewoners.')).toEqual([]);
  });

  it('is another occupation’s own situation for every reader but that occupation', () => {
    const gp = 'Laat jonge huisartsen makkelijker een praktijk overnemen.';
    expect(isOtherOccupationsSubject(gp, 'Huisartsen')).toBe(false);
    expect(isOtherOccupationsSubject(gp, 'Praktijkondersteuners')).toBe(true);
    expect(isOtherOccupationsSubject(gp, 'Huishoudelijke hulpen')).toBe(true);
    expect(isOtherOccupationsSubject(gp, null)).toBe(true);
    // Two occupations named: each reads it.
    const both = 'Wij huisartsen en praktijkondersteuners willen minder formulieren.';
    expect(isOtherOccupationsSubject(both, 'Praktijkondersteuners')).toBe(false);
    expect(isOtherOccupationsSubject('Ik wil minder formulieren.', 'Huishoudelijke hulpen')).toBe(false);
  });
});
