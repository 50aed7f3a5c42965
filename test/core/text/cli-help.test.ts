import { describe, expect, it } from 'vitest';
import { cliHelp } from '../../../src/core/text/cli-help.js';
import { expectFinishedTexts } from './catalogue.js';

describe('CLI help', () => {
  it('describes every command and option in Dutch, and renames commander’s headings', () => {
    expect(expectFinishedTexts(cliHelp)).toBeGreaterThan(30);
    expect(cliHelp.titles['Usage:']).toBe('Gebruik:');
    expect(cliHelp.titles['Options:']).toBe('Opties:');
    expect(Object.keys(cliHelp.commands)).toEqual(expect.arrayContaining(['analyse', 'serve', 'build']));
  });

  it('names the placeholders of the usage lines in Dutch, as commander reads them', () => {
    for (const placeholder of Object.values(cliHelp.placeholders))
      expect(placeholder).toMatch(/^(<\p{Ll}+>|\[\p{Ll}+\])$/u);
    expect(cliHelp.placeholders.file).toBe('<bestand>');
  });
});
