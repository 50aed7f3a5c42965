// Clients that place an idea in some branches (audit 8, finding 5): children are the clients of
// childcare and youth care; a writer's own children are family.
import { describe, expect, it } from 'vitest';
import { clientBranchesNamed, namesOtherClients } from '../../../src/core/ideas/client-words.js';

const CARER = ['Verpleging, verzorging en thuiszorg (VVT)', 'Gehandicaptenzorg'];

describe('client groups an idea names', () => {
  it('reads children as the clients of childcare and youth care', () => {
    expect(clientBranchesNamed('Dat is beter voor de kinderen en voor de teams.')).toEqual([
      'Kinderopvang',
      'Jeugdzorg',
    ]);
    expect(clientBranchesNamed('Ik wil ieder kind echt kunnen zien.')).toEqual(['Kinderopvang', 'Jeugdzorg']);
  });

  it('reads no clients in a writer’s own children, nor in clients every branch has', () => {
    expect(clientBranchesNamed('Een rooster dat rekening houdt met mijn kinderen.')).toEqual([]);
    expect(clientBranchesNamed('Tijd voor mijn eigen kind na de dienst.')).toEqual([]);
    expect(clientBranchesNamed('Bewoners en cliënten zien steeds nieuwe gezichten.')).toEqual([]);
    expect(clientBranchesNamed('Een kinderachtige regel van het kantoor.')).toEqual([]);
  });

  it('reads no clients in the children of parents, colleagues or clients', () => {
    for (const text of [
      'Roosters die rekening houden met medewerkers met jonge kinderen.',
      'Zodat we onze kinderen op tijd kunnen ophalen.',
      "Ik moet m'n kinderen naar school brengen.",
      'Ik moet mn kinderen naar school brengen.',
      'Mijn twee kinderen zien me nooit.',
      'Hun kind is ziek en zij blijft thuis.',
      'De kinderen van bewoners bellen vaak.',
      'De kinderen van onze cliënten komen op bezoek.',
    ])
      expect(clientBranchesNamed(text), text).toEqual([]);
  });

  it('still reads children as clients where a possessive is not theirs', () => {
    expect(clientBranchesNamed('Er zijn kinderen die de hele dag huilen.')).toEqual([
      'Kinderopvang',
      'Jeugdzorg',
    ]);
    expect(clientBranchesNamed('De kinderen van de groep spelen buiten.')).toEqual([
      'Kinderopvang',
      'Jeugdzorg',
    ]);
  });
});

describe('an idea from another branch about another branch’s clients', () => {
  const childcare = {
    branch: 'Kinderopvang',
    text: 'Ik mis een leidinggevende als drie kinderen tegelijk huilen.',
  };

  it('is another setting for a carer, not for a reader whose branches have those clients', () => {
    expect(namesOtherClients(CARER, childcare)).toBe(true);
    expect(namesOtherClients(['Jeugdzorg', 'Gehandicaptenzorg'], childcare)).toBe(false);
  });

  it('is never said of an idea from the reader’s own branch, nor for a reader of unknown branches', () => {
    expect(namesOtherClients(['Kinderopvang'], childcare)).toBe(false);
    expect(namesOtherClients([], childcare)).toBe(false);
    expect(namesOtherClients(CARER, { branch: 'Sociaal werk', text: 'Mijn caseload is verdubbeld.' })).toBe(
      false,
    );
  });
});
