import { readFileSync } from 'node:fs';
import { ZodError } from 'zod';
import { parseIndexConfig, type IndexConfig } from '../core/analysis/index-config.js';
import { InputErrors, type InputError } from '../core/contract/input-error.js';
import { configMessages } from '../core/text/config-messages.js';
import { packagePath } from './package-root.js';
import { itemAt } from '../core/contract/item-at.js';

/** Reads and validates an index configuration; the bundled config/indices.json by default. */
export function readIndexConfig(path: string = packagePath('config', 'indices.json')): IndexConfig {
  const fail = (message: string): never => {
    const error: InputError = {
      file: path,
      found: '',
      expected: configMessages.expectedIndexConfig,
      message: `${path}: ${message}`,
    };
    throw new InputErrors([error]);
  };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(configMessages.unreadable((error as NodeJS.ErrnoException).code ?? String(error)));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(configMessages.notJson((error as Error).message));
  }
  try {
    return parseIndexConfig(json);
  } catch (error) {
    if (error instanceof ZodError) {
      const issue = itemAt(error.issues, 0);
      return fail(configMessages.invalid(issue.path.join('.'), issue.message));
    }
    return fail(configMessages.invalid('', (error as Error).message));
  }
}
