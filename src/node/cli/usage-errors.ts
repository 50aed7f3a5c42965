/**
 * commander words its usage errors and usage lines in English; the CLI shows them in Dutch. Each
 * pattern below is one message of commander 14 (lib/command.js); a message none matches is shown as
 * it is (a test pins each one, so an upgrade that rewords them fails there).
 */
import { cliHelp } from '../../core/text/cli-help.js';
import { cliMessages as t } from '../../core/text/cli-messages.js';

type Say = (groups: readonly string[]) => string;

const TRANSLATIONS: readonly (readonly [RegExp, Say])[] = [
  [/^error: missing required argument '(.+)'$/, ([name = '']) => t.missingArgument(name)],
  [/^error: option '(.+)' argument missing$/, ([flags = '']) => t.optionWithoutValue(flags)],
  [/^error: required option '(.+)' not specified$/, ([flags = '']) => t.missingOption(flags)],
  [/^error: unknown option '(.+)'$/, ([flag = '']) => t.unknownOption(flag)],
  [/^error: unknown command '(.+)'$/, ([name = '']) => t.unknownCommand(name)],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    ([command, expected, found]) => t.tooManyArguments(command, Number(expected), Number(found)),
  ],
  // A value our own parser refused (`integer` in main.ts): its Dutch reason says everything.
  [/^error: option '.+' argument '.*' is invalid\. (.+)$/s, ([reason = '']) => reason],
];

const SUGGESTION = /\n\(Did you mean (?:one of )?(.+)\?\)$/;

/** A commander error message (`error: …`, a line end after it) in Dutch. */
export function dutchUsageError(message: string): string {
  const written = message.replace(/\n$/, '');
  const suggestion = SUGGESTION.exec(written);
  const error = suggestion ? written.slice(0, suggestion.index) : written;
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(error);
    if (match) return `${say(match.slice(1))}${suggestion ? ` ${t.didYouMean(suggestion[1] ?? '')}` : ''}\n`;
  }
  return message;
}

/** A usage line or a command's term in the list of commands, with commander's words in Dutch. */
export function dutchUsage(usage: string): string {
  return usage
    .split(' ')
    .map((word) => cliHelp.usageWords[word] ?? word)
    .join(' ');
}
