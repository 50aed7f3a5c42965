import { describe, expect, it } from 'vitest';
import { securityMessages } from '../../../src/core/text/security-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('security messages', () => {
  it('name the limit that was hit', () => {
    expect(securityMessages.storeMarker).toMatch(/^Deze map is een werkbalans-database /);
    expect([securityMessages.columnsFound(3), securityMessages.columnsExpected(2)]).toEqual([
      '3 kolommen',
      'hoogstens 2 kolommen',
    ]);
    expectFinishedTexts(securityMessages);
    expect(securityMessages.badHost('1.2.3')).toBe("HOST '1.2.3' is geen geldig adres om op te luisteren.");
    expect(securityMessages.formTooLarge(64 * 1024)).toMatch(/64/);
  });
});
