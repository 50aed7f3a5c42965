/**
 * The CLI's top-level catch, shared by the full command line (main.ts) and the fast `analyse` entry
 * (analyse-entry.ts): errors become Dutch messages on standard error and an exit status, never a stack
 * trace. The command-line parser's own errors are main.ts's (the fast entry never meets them).
 */
import { OptionError } from '../../core/analysis/option-error.js';
import { InputErrors, type InputError } from '../../core/contract/input-error.js';
import { capRepeatedErrors } from '../../core/contract/repeated-errors.js';
import { cliMessages } from '../../core/text/cli-messages.js';
// The folder check's error, not the store index: `analyse` starts without loading any store module.
import { StoreFolderRefused } from '../store/store-folder.js';
import { UsageError, type CliEffects } from './effects.js';

export const EXIT = { ok: 0, input: 1, usage: 2, other: 3 } as const;

/** Prints what went wrong and returns the exit status: 1 bad input, 2 usage, 3 anything else. */
export function reportError(error: unknown, effects: CliEffects): number {
  if (error instanceof InputErrors) {
    const byFile = new Map<string, InputError[]>();
    for (const item of error.errors) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item]);
    for (const [file, errors] of byFile) {
      effects.stderr(`${cliMessages.inputErrorsHeader(file, errors.length)}\n`);
      // The same fault in many rows: its first rows, then one line for the rest.
      for (const { message } of capRepeatedErrors(errors)) effects.stderr(`  ${message}\n`);
    }
    return EXIT.input;
  }
  if (error instanceof UsageError || error instanceof OptionError || error instanceof StoreFolderRefused) {
    effects.stderr(`${error.message}\n`);
    return EXIT.usage;
  }
  const detail = error instanceof Error ? error.message : String(error);
  effects.stderr(`${cliMessages.unexpected(detail)}\n`);
  return EXIT.other;
}
