import { expect } from 'vitest';
import { InputErrors } from '../../src/core/contract/input-error.js';

/**
 * The fuzzing oracle: an import either succeeds or fails with the contract's clear errors — every
 * error names the file and carries a Dutch message without a stack trace. Anything else is a defect.
 */
export async function expectCleanOutcome<T>(
  file: string,
  attempt: () => Promise<T>,
): Promise<T | InputErrors> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof InputErrors)) {
      throw new Error(
        `import of ${file} threw ${String(error)}${error instanceof Error ? `\n${error.stack}` : ''}`,
      );
    }
    expect(error.errors.length).toBeGreaterThan(0);
    for (const e of error.errors) {
      expect(e.file).toBe(file);
      expect(e.message).toContain(file);
      expect(e.message).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(e.message.length).toBeLessThan(2_000);
    }
    return error;
  }
}
