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

/** A command as the user types it (`ideas search`) and its Dutch description. */
export interface DescribedCommand {
  readonly name: string;
  readonly description: string;
  /** Its other names (`export` for build): commander may suggest those; they are named as `name`. */
  readonly aliases?: readonly string[];
}

/** The letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The commands whose Dutch description holds a word like the one typed (`exporteer` → build,
 * `rapport` → report, `zoeken` → ideas search): a shared start of at least four letters and of most
 * of the shorter word. At most three, in the order given.
 */
export function describedMatches(word: string, commands: readonly DescribedCommand[]): string[] {
  const typed = word.toLocaleLowerCase('nl');
  if (typed.length < 4) return [];
  const found = commands.filter(({ description }) =>
    description
      .toLocaleLowerCase('nl')
      .split(/[^\p{L}]+/u)
      .some((w) => {
        const shared = sharedStart(typed, w);
        return w.length >= 4 && shared >= 4 && shared >= 0.6 * Math.min(typed.length, w.length);
      }),
  );
  // A group (`ideas`) whose own command matches too is left for that command (`ideas search`).
  const precise = found.filter((c) => !found.some((d) => d.name.startsWith(`${c.name} `)));
  return precise.slice(0, 3).map((c) => c.name);
}

/**
 * A commander error message (`error: …`, a line end after it) in Dutch. For an unknown command,
 * `commands` adds those whose description names the word typed to commander's suggestion (by name).
 */
export function dutchUsageError(message: string, commands: readonly DescribedCommand[] = []): string {
  const written = message.replace(/\n$/, '');
  const suggestion = SUGGESTION.exec(written);
  const error = suggestion ? written.slice(0, suggestion.index) : written;
  const unknown = /^error: unknown command '(.+)'$/.exec(error)?.[1];
  const byName = (suggestion?.[1]?.split(', ') ?? []).map(
    (name) => commands.find((c) => c.aliases?.includes(name))?.name ?? name,
  );
  const candidates = [
    ...new Set(unknown === undefined ? byName : [...describedMatches(unknown, commands), ...byName]),
  ];
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(error);
    if (match)
      return `${say(match.slice(1))}${candidates.length > 0 ? ` ${t.didYouMean(candidates.join(', '))}` : ''}\n`;
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
