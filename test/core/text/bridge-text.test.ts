import { describe, expect, it } from 'vitest';
import { bridgeText } from '../../../src/core/text/bridge-text.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('bridge texts', () => {
  it('are finished Dutch phrases, the functions included', () => {
    expectFinishedTexts(bridgeText);
    expectFinished(bridgeText.item('Autonomie', '30,4%', '60,7%', true));
    expect(bridgeText.item('Werkdruk', '70,0%', '50,0%', false)).toBe(
      'Werkdruk: 70,0%, boven de mediaan van 50,0%',
    );
    expectFinished(bridgeText.ideasFor('Agressie intern'));
    expectFinished(bridgeText.themeLink('Veiligheid en agressie'));
    expect(bridgeText.ideasMore(1234, ['Werkdruk en roosters', 'Samenwerking'])).toBe(
      'Alle 1.234 ideeën over werkdruk en roosters of samenwerking',
    );
    expect(bridgeText.moreClearLead(3)).toContain('de 3 zwakste');
    expectFinished(bridgeText.compactItem('Autonomie', '30,4%', '95%-BI 25,0% tot 35,8%', '60,7%'));
    expectFinished(bridgeText.clear(true));
    expectFinished(bridgeText.clear(false));
    expect(bridgeText.solutionIntro('Veiligheid en agressie')).toBe(
      'Veelgenoemde oplossing in het thema veiligheid en agressie: ',
    );
    expect(bridgeText.solutionCount(7)).toBe('7 ideeën');
    expect(bridgeText.solutionCount(1)).toBe('1 idee');
  });
});
