import { describe, expect, it } from 'vitest';
import { webMessages } from '../../../src/core/text/web-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('web messages', () => {
  it('answer in Dutch, singular and plural, with Dutch sizes', () => {
    expect(webMessages.unexpectedLog('Error: x')).toBe('onverwachte fout: Error: x');
    expectFinishedTexts(webMessages);
    expect(webMessages.uploadRejected('a.csv', 1)).toContain('er is 1 fout gevonden');
    expect(webMessages.uploadRejected('a.csv', 1200)).toContain('er zijn 1.200 fouten gevonden');
    expect(webMessages.uploadTooLarge(10 * 1024 * 1024)).toBe('Het bestand is te groot: de grens is 10 MB.');
  });
});
