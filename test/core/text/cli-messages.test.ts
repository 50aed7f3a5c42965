import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../../src/core/text/cli-messages.js';
import { expectFinishedTexts } from './catalogue.js';

describe('CLI messages', () => {
  it('count errors in Dutch, singular and plural', () => {
    expectFinishedTexts(cliMessages);
    expect(cliMessages.inputErrorsHeader('a.csv', 1)).toBe('Fout in a.csv:');
    expect(cliMessages.inputErrorsHeader('a.csv', 3)).toBe('3 fouten in a.csv:');
    expect(cliMessages.notANumber('--draws', 'veel')).toContain("gevonden: 'veel'");
  });
});
