/**
 * `werkbalans analyse FILE [options]` without the command-line parser: bin/werkbalans.js loads this
 * bundle (dist/cli/analyse-cli.js, one file) instead of the whole command line when the first word is
 * `analyse`, so a run loads only the analysis, the CSV reader and this, and its first draw comes sooner.
 * It reads only the plain forms: the file and the options of `werkbalans analyse`, each at most once,
 * `--name value` or `--name=value`. Anything else (help, an unknown or repeated option, a value that
 * is no whole number, a missing or second file) is left to the full command line, which explains it
 * exactly as it always has: `runAnalyseEntry` then answers undefined.
 */
import { run, type AnalyseOptions } from './analyse.js';
import { processEffects, type CliEffects } from './effects.js';
import { EXIT, reportError } from './exit-status.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const TEXT_OPTIONS = {
  '--config': 'config',
  '--variant': 'variant',
  '--periode': 'period',
  '--period': 'period',
  '--sheet': 'sheet',
} as const;
const NUMBER_OPTIONS = { '--draws': 'draws', '--seed': 'seed' } as const;

/** The file and options of a plain `analyse` command line (`argv` from its first word), else undefined. */
export function plainAnalyseArguments(
  argv: readonly string[],
): { readonly file: string; readonly options: AnalyseOptions } | undefined {
  if (argv[0] !== 'analyse') return undefined;
  const options: Mutable<AnalyseOptions> = {};
  const seen = new Set<string>();
  let file: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i];
    if (word === undefined) break;
    if (!word.startsWith('-')) {
      if (file !== undefined || word === '') return undefined;
      file = word;
      continue;
    }
    const equals = word.indexOf('=');
    const name = equals === -1 ? word : word.slice(0, equals);
    if (seen.has(name)) return undefined;
    seen.add(name);
    // Both names of the period: the full command line checks that they agree.
    if (seen.has('--periode') && seen.has('--period')) return undefined;
    if (name === '--json') {
      if (equals !== -1) return undefined;
      options.json = true;
      continue;
    }
    if (!(name in TEXT_OPTIONS) && !(name in NUMBER_OPTIONS)) return undefined;
    let value: string | undefined;
    if (equals !== -1) value = word.slice(equals + 1);
    else {
      value = argv[++i];
      if (value === undefined || value.startsWith('-')) return undefined;
    }
    if (name in NUMBER_OPTIONS) {
      // As the full command line reads them (main.ts, `integer`).
      if (!/^\d+$/.test(value.trim())) return undefined;
      options[NUMBER_OPTIONS[name as keyof typeof NUMBER_OPTIONS]] = Number(value);
    } else options[TEXT_OPTIONS[name as keyof typeof TEXT_OPTIONS]] = value;
  }
  return file === undefined ? undefined : { file, options };
}

/**
 * Runs a plain `analyse` command line and returns its exit status (the same output, messages and status
 * as the full command line); undefined when the command line is not plain and nothing has run.
 */
export async function runAnalyseEntry(
  argv: readonly string[],
  effects: CliEffects = processEffects(),
): Promise<number | undefined> {
  const plain = plainAnalyseArguments(argv);
  if (!plain) return undefined;
  try {
    await run(plain.file, plain.options, effects);
    return EXIT.ok;
  } catch (error) {
    return reportError(error, effects);
  }
}
