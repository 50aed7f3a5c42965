/** Dutch messages of the command line. */
export const cliMessages = {
  description: 'werkbalans: taakeisen en hulpbronnen per beroep in zorg en welzijn, en de ideeënbank.',
  inputErrorsHeader: (file: string, count: number) =>
    count === 1 ? `Fout in ${file}:` : `${count} fouten in ${file}:`,
  unexpected: (detail: string) => `Er ging onverwacht iets mis: ${detail}`,
  notANumber: (option: string, found: string) =>
    `Optie ${option} verwacht een geheel getal, gevonden: '${found}'.`,
  unknownVariant: (found: string, known: readonly string[]) =>
    `Onbekende indexvariant '${found}'. Bekende varianten: ${known.join(', ')}.`,
  periodTwice: (periode: string, period: string) =>
    `Twee verschillende perioden gevraagd: --periode ${periode} en --period ${period}. Kies er één.`,
  unknownCommand: (found: string) => `Onbekende opdracht '${found}'. Zie 'werkbalans --help'.`,
  /** commander's usage errors, in Dutch (src/node/cli/usage-errors.ts reads them). */
  missingArgument: (name: string) => `Het argument '${name}' ontbreekt.`,
  optionWithoutValue: (flags: string) => `Optie ${flags} verwacht een waarde.`,
  missingOption: (flags: string) => `Optie ${flags} is verplicht.`,
  unknownOption: (found: string) => `Onbekende optie '${found}'.`,
  tooManyArguments: (command: string | undefined, expected: number, found: number) =>
    `Te veel argumenten${command ? ` voor '${command}'` : ''}: verwacht ${expected}, gevonden ${found}.`,
  didYouMean: (candidates: string) => `Bedoelde u ${candidates}?`,
  /** The installation is broken: werkbalans' own package.json is not above its code. */
  packageNotFound: 'package.json van werkbalans niet gevonden',
} as const;
