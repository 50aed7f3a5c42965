/**
 * The command line. Every command lives in its own file and is loaded only when it runs. One top-level
 * catch turns errors into Dutch messages and an exit status: 0 success, 1 bad input, 2 usage, 3 other.
 */
// Types only: the commands' modules still load lazily, when their command runs.
import type { AnalyseOptions } from './analyse.js';
import type { BuildOptions } from './build.js';
import type { CompareOptions } from './compare.js';
import type { FiguresOptions } from './figures.js';
import type { IdeasImportCliOptions } from './ideas-import.js';
import type { IdeasRemaskCliOptions } from './ideas-remask.js';
import type { IdeasSearchCliOptions } from './ideas-search.js';
import type { IdeasSolutionsCliOptions } from './ideas-solutions.js';
import type { ReportOptions } from './report.js';
import type { ServeOptions } from './serve.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { cliHelp as help } from '../../core/text/cli-help.js';
import { cliMessages } from '../../core/text/cli-messages.js';
import { processEffects, UsageError, type CliEffects } from './effects.js';
import { EXIT, reportError } from './exit-status.js';
import { dutchUsage, dutchUsageError, type DescribedCommand } from './usage-errors.js';

export { EXIT } from './exit-status.js';

function integer(option: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(cliMessages.notANumber(option, value));
    return Number(value);
  };
}

/** The options every command that runs the analysis takes. */
function withAnalysisOptions(command: Command, period = true): Command {
  const model = command
    .option(`--config ${help.placeholders.file}`, help.options.config)
    .option(`--variant ${help.placeholders.name}`, help.options.variant)
    .option('--draws <n>', help.options.draws, integer('--draws'))
    .option('--seed <s>', help.options.seed, integer('--seed'));
  const withPeriodOption = period
    ? model
        .option('--periode <code>', help.options.period)
        .addOption(new Option('--period <code>', help.options.period).hideHelp())
    : model;
  return withPeriodOption.option(`--sheet ${help.placeholders.name}`, help.options.sheet);
}

/** `--periode` and the English `--period` (kept for scripts) name one option; given both, they must agree. */
interface PeriodOptions {
  readonly period?: string;
  readonly periode?: string;
}

function withPeriod<T extends PeriodOptions>(options: T): T {
  const { periode, period } = options;
  if (periode === undefined) return options;
  if (period !== undefined && period !== periode)
    throw new UsageError(cliMessages.periodTwice(periode, period));
  return { ...options, period: periode };
}

function buildProgram(effects: CliEffects): Command {
  const program = new Command('werkbalans')
    .description(cliMessages.description)
    .exitOverride()
    .configureOutput({
      writeOut: effects.stdout,
      writeErr: effects.stderr,
      outputError: (message, write) => write(dutchUsageError(message, describedCommands(program))),
    })
    .configureHelp({
      styleTitle: (title) => help.titles[title] ?? title,
      styleUsage: dutchUsage,
      styleSubcommandTerm: dutchUsage,
    })
    .helpOption('-h, --help', help.help)
    .helpCommand(`help ${help.placeholders.command}`, help.helpCommand)
    .showHelpAfterError();

  const analyse = program
    .command('analyse')
    .description(help.commands.analyse)
    .argument(help.placeholders.file, help.arguments.surveyFile)
    .option('--json', help.options.json);
  withAnalysisOptions(analyse).action(async (file: string, options: AnalyseOptions & PeriodOptions) =>
    (await import('./analyse.js')).run(file, withPeriod(options), effects),
  );

  const figures = program
    .command('figures')
    .description(help.commands.figures)
    .argument(help.placeholders.file, help.arguments.surveyFile)
    .requiredOption(`--out ${help.placeholders.folder}`, help.options.outDir)
    .option('--png', help.options.png)
    .option('--width <n>', help.options.width, integer('--width'))
    .option('--scale <n>', help.options.scale, integer('--scale'));
  withAnalysisOptions(figures).action(async (file: string, options: FiguresOptions & PeriodOptions) =>
    (await import('./figures.js')).run(file, withPeriod(options), effects),
  );

  const report = program
    .command('report')
    .description(help.commands.report)
    .argument(help.placeholders.file, help.arguments.surveyFile)
    .requiredOption(`--out ${help.placeholders.file}`, help.options.outFile)
    .option('--pdf', help.options.pdf)
    .option('--oplossingen', help.options.reportSolutions)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .option(`--basis-url ${help.placeholders.address}`, help.options.reportBaseUrl);
  withAnalysisOptions(report).action(async (file: string, options: ReportOptions & PeriodOptions) =>
    (await import('./report.js')).run(file, withPeriod(options), effects),
  );

  // The analysis options without a period: the comparison takes the files' last two periods.
  const compare = withAnalysisOptions(
    program
      .command('compare')
      .alias('vergelijk')
      .description(help.commands.compare)
      .argument(help.placeholders.file, help.arguments.compareFirst)
      .argument('[later]', help.arguments.compareSecond)
      .option('--json', help.options.compareJson)
      .option('--csv', help.options.compareCsv)
      .option('--excel', help.options.compareExcel),
    false,
  );
  compare.action(async (first: string, second: string | undefined, options: CompareOptions) =>
    (await import('./compare.js')).run(first, second, options, effects),
  );

  const ideas = program.command('ideas').description(help.commands.ideas);
  ideas
    .command('import')
    .description(help.commands.ideasImport)
    .argument(help.placeholders.file, help.arguments.ideasFile)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .option(`--sheet ${help.placeholders.name}`, help.options.sheet)
    .action(async (file: string, options: IdeasImportCliOptions) =>
      (await import('./ideas-import.js')).run(file, options, effects),
    );
  ideas
    .command('search')
    .description(help.commands.ideasSearch)
    .argument(help.placeholders.query, help.arguments.query)
    .option('--thema <t>', help.options.theme)
    .option('--soort <k>', help.options.kind)
    .option('--branche <b>', help.options.branch)
    .option('--provincie <p>', help.options.province)
    .option('--beroep <x>', help.options.profession)
    .option('--limit <n>', help.options.limit, integer('--limit'))
    .option('--offset <n>', help.options.offset, integer('--offset'))
    .option('--json', help.options.searchJson)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .action(async (query: string | undefined, options: IdeasSearchCliOptions) =>
      (await import('./ideas-search.js')).run(query, options, effects),
    );
  ideas
    .command('oplossingen')
    .description(help.commands.ideasSolutions)
    .requiredOption(`--thema ${help.placeholders.theme}`, help.options.solutionsTheme)
    .option('--json', help.options.solutionsJson)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .action(async (options: IdeasSolutionsCliOptions) =>
      (await import('./ideas-solutions.js')).run(options, effects),
    );

  ideas
    .command('maskeren')
    .description(help.commands.ideasRemask)
    .option('--droog', help.options.remaskDry)
    .option(`--reden ${help.placeholders.reason}`, help.options.remaskReason)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .action(async (options: IdeasRemaskCliOptions) =>
      (await import('./ideas-remask.js')).run(options, effects),
    );

  program
    .command('serve')
    .description(help.commands.serve)
    .option('--port <n>', help.options.port, integer('--port'))
    .option(`--host ${help.placeholders.address}`, help.options.host)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .option(`--basis-url ${help.placeholders.address}`, help.options.baseUrl)
    .action(async (options: ServeOptions) => (await import('./serve.js')).run(options, effects));

  program
    .command('build')
    // `export` is the word the brief and a user try first (audit 8, finding 9).
    .alias('export')
    .description(help.commands.build)
    .requiredOption(`--out ${help.placeholders.folder}`, help.options.outDir)
    .option(`--data ${help.placeholders.folder}`, help.options.data)
    .option(`--basis-url ${help.placeholders.address}`, help.options.baseUrl)
    .action(async (options: BuildOptions) => (await import('./build.js')).run(options, effects));

  return program;
}

/** Every command and subcommand as typed (`ideas search`), with its Dutch description. */
function describedCommands(program: Command): DescribedCommand[] {
  return program.commands.flatMap((command) => [
    { name: command.name(), description: command.description(), aliases: command.aliases() },
    ...command.commands.map((sub) => ({
      name: `${command.name()} ${sub.name()}`,
      description: sub.description(),
    })),
  ]);
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
  return reportError(error, effects);
}
