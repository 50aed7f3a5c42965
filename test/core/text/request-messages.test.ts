import { describe, expect, it } from 'vitest';
import { expectedField, requestMessages } from '../../../src/core/text/request-messages.js';
import { expectFinished, expectFinishedTexts } from './catalogue.js';

describe('request messages', () => {
  it('name the field and what it should have held, in Dutch', () => {
    expectFinishedTexts(expectedField);
    expectFinishedTexts(requestMessages);
    const message = requestMessages.badField('tekst', expectedField.text);
    expect(message).toBe("Het veld 'tekst' is niet geldig: verwacht een tekst.");
    expectFinished(message);
  });

  it('count the other wrong fields, singular and plural', () => {
    expect(requestMessages.andMore('Fout.', 1)).toBe('Fout. Nog 1 ander veld is niet geldig.');
    expect(requestMessages.andMore('Fout.', 3)).toBe('Fout. Nog 3 andere velden zijn niet geldig.');
  });
});
