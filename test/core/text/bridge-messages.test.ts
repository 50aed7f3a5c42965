import { describe, expect, it } from 'vitest';
import { bridgeMessages } from '../../../src/core/text/bridge-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('bridge messages', () => {
  it('suggest the nearest name only when there is one', () => {
    expect(bridgeMessages.expected.profession).toBe('een van de 23 beroepen');
    expectFinishedTexts(bridgeMessages);
    expect(
      bridgeMessages.unknownTheme('bridge.json', 'werkdruk', 'Werkdruk', 'Werkdruk en roosters'),
    ).toContain("Bedoelde u 'Werkdruk en roosters'?");
    expect(bridgeMessages.unknownTheme('bridge.json', 'werkdruk', 'x', null)).not.toContain('Bedoelde');
    expect(bridgeMessages.missingConcept('bridge.json', 'autonomie')).toContain(
      "'autonomie' heeft geen concept",
    );
  });
});
