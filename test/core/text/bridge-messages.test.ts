import { describe, expect, it } from 'vitest';
import { bridgeMessages } from '../../../src/core/text/bridge-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('bridge messages', () => {
  it('suggest the nearest name only when there is one', () => {
    expectFinishedTexts(bridgeMessages);
    expect(bridgeMessages.unknownTheme('bridge.json', 'werkdrukk', 'werkdruk')).toContain(
      "Bedoelde u 'werkdruk'?",
    );
    expect(bridgeMessages.unknownTheme('bridge.json', 'x', null)).not.toContain('Bedoelde');
  });
});
