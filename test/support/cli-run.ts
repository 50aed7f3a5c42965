import type { CliEffects } from '../../src/node/cli/effects.js';
import { runCli } from '../../src/node/cli/main.js';

/** Runs the command line in-process with captured output, as a non-terminal would see it. */
export async function runCapturedCli(
  argv: readonly string[],
  where: { readonly env?: NodeJS.ProcessEnv; readonly cwd?: string } = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const effects: CliEffects = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    env: where.env ?? {},
    cwd: where.cwd ?? process.cwd(),
  };
  const status = await runCli([...argv], effects);
  return { status, stdout, stderr };
}
