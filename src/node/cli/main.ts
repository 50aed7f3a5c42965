/**
 * The command line. Every command lives in its own file and is loaded only when it runs. One top-level
 * catch turns errors into Dutch messages and an exit status: 0 success, 1 bad input, 2 usage, 3 other.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { OptionError } from '../../core/analysis/option-error.js';
import { InputErrors } from '../../core/contract/input-error.js';
import { cliMessages } from '../../core/text/cli-messages.js';
import { StoreFolderRefused } from '../store/store-folder.js';
import { processEffects, UsageError, type CliEffects } from './effects.js';

export const EXIT = { ok: 0, input: 1, usage: 2, other: 3 } as const;

function integer(option: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(cliMessages.notANumber(option, value));
    return Number(value);
  };
}

/** The options every command that runs the analysis takes. */
function withAnalysisOptions(command: Command): Command {
  return command
    .option('--config <bestand>', 'indexdefinities (JSON)')
    .option('--variant <naam>', 'indexvariant uit de configuratie')
    .option('--draws <n>', 'aantal Monte Carlo-trekkingen', integer('--draws'))
    .option('--seed <s>', 'zaad van de toevalsgenerator', integer('--seed'))
    .option('--period <code>', 'periode (golf), bijvoorbeeld 2024KW04; standaard de laatste')
    .option('--sheet <naam>', 'werkblad van een xlsx-bestand');
}

function buildProgram(effects: CliEffects): Command {
  const program = new Command('werkbalans')
    .description(cliMessages.description)
    .exitOverride()
    .configureOutput({ writeOut: effects.stdout, writeErr: effects.stderr })
    .showHelpAfterError();

  const analyse = program
    .command('analyse')
    .description('Analyseer een CBS-tabel per beroep: indices, kwadranten, samenhang en zekerheid.')
    .argument('<bestand>', 'CSV, TSV, xlsx of StatLine-JSON (bestand of URL)')
    .option('--json', 'het JSON-document van het datacontract op standaarduitvoer');
  withAnalysisOptions(analyse).action(async (file: string, options) =>
    (await import('./analyse.js')).run(file, options, effects),
  );

  const figures = program
    .command('figures')
    .description('Schrijf elke figuur als SVG (en PNG).')
    .argument('<bestand>')
    .requiredOption('--out <map>', 'uitvoermap')
    .option('--png', 'ook PNG schrijven')
    .option('--width <n>', 'breedte in pixels', integer('--width'))
    .option(
      '--scale <n>',
      'PNG-pixels per SVG-pixel, 1 tot 4 (standaard 1; 2 voor druk)',
      integer('--scale'),
    );
  withAnalysisOptions(figures).action(async (file: string, options) =>
    (await import('./figures.js')).run(file, options, effects),
  );

  const report = program
    .command('report')
    .description('Schrijf één zelfstandig HTML-rapport (en PDF).')
    .argument('<bestand>')
    .requiredOption('--out <bestand>', 'HTML-bestand')
    .option('--pdf', 'ook een PDF afdrukken met Chromium');
  withAnalysisOptions(report).action(async (file: string, options) =>
    (await import('./report.js')).run(file, options, effects),
  );

  const ideas = program.command('ideas').description('De ideeënbank: importeren, zoeken en oplossingen.');
  ideas
    .command('import')
    .argument('<bestand>', 'CSV, TSV, xlsx of JSON')
    .option('--data <map>', 'map van de ingebouwde database')
    .option('--sheet <naam>')
    .action(async (file: string, options) => (await import('./ideas-import.js')).run(file, options, effects));
  ideas
    .command('search')
    .argument('[zoekvraag]')
    .option('--thema <t>')
    .option('--soort <k>')
    .option('--branche <b>')
    .option('--provincie <p>')
    .option('--beroep <x>')
    .option('--limit <n>', 'hoogstens zoveel ideeën', integer('--limit'))
    .option('--offset <n>', 'sla zoveel ideeën over', integer('--offset'))
    .option('--json')
    .option('--data <map>')
    .action(async (query: string | undefined, options) =>
      (await import('./ideas-search.js')).run(query, options, effects),
    );
  ideas
    .command('oplossingen')
    .description('Veelgenoemde oplossingen binnen een thema.')
    .requiredOption('--thema <t>')
    .option('--json')
    .option('--data <map>')
    .action(async (options) => (await import('./ideas-solutions.js')).run(options, effects));

  program
    .command('serve')
    .description('Start de website en de API.')
    .option('--port <n>', 'poort (standaard PORT of 8080)', integer('--port'))
    .option('--host <adres>', 'adres om op te luisteren (standaard HOST of 127.0.0.1)')
    .option('--data <map>')
    .action(async (options) => (await import('./serve.js')).run(options, effects));

  program
    .command('build')
    .description('Exporteer alle openbare pagina’s als statische bestanden.')
    .requiredOption('--out <map>')
    .option('--data <map>')
    .action(async (options) => (await import('./build.js')).run(options, effects));

  return program;
}

/** Runs the CLI and returns the exit status; never throws, never prints a stack trace. */
export async function runCli(
  argv: readonly string[],
  effects: CliEffects = processEffects(),
): Promise<number> {
  const program = buildProgram(effects);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return report(error, effects);
  }
}

function report(error: unknown, effects: CliEffects): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof InputErrors) {
    const byFile = new Map<string, string[]>();
    for (const item of error.errors) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item.message]);
    for (const [file, messages] of byFile) {
      effects.stderr(`${cliMessages.inputErrorsHeader(file, messages.length)}\n`);
      for (const message of messages) effects.stderr(`  ${message}\n`);
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
