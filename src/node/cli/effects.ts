/** The I/O a command needs, passed in so commands are testable without a terminal. */
export interface CliEffects {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when standard error is a terminal: only then is a progress bar drawn. */
  readonly stderrIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processEffects(): CliEffects {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // Asked only when needed: reading process.stderr builds its stream (for a pipe, Node's network
    // modules), milliseconds a command that writes nothing there need not spend.
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Thrown by a command for a usage mistake; the top-level catch prints the message, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
