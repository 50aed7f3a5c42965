import { UsageError, type CliEffects } from './effects.js';

// Placeholder until this command is built; it says so instead of pretending to work.
export async function run(..._args: unknown[]): Promise<void> {
  void ({} as CliEffects);
  throw new UsageError('Deze opdracht is nog niet beschikbaar.');
}
