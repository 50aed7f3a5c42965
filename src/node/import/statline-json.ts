import type { Observation } from '../../core/contract/table.js';
import { importErrors, importExpected, importFound } from '../../core/text/import-messages.js';
import type { Problems } from '../../core/contract/problems.js';
import { statlineDocument } from './statline-document.js';
import { readStatlineTable } from './statline-table.js';
import { readTextContent } from './text-content.js';

/** A saved StatLine OData v4 response (`.json`): its observations, or its errors in `problems`. */
export function readStatlineJson(bytes: Uint8Array, problems: Problems): readonly Observation[] {
  const text = readTextContent(bytes, problems, importExpected.json);
  if (text === null) {
    return [];
  }
  if (text.trim() === '') {
    problems.error(importErrors.emptyFile(problems.file));
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.error(importErrors.notJson(problems.file, jsonProblem(text, error)));
    return [];
  }
  const document = statlineDocument(json);
  if (!document) {
    problems.error(
      importErrors.statlineShape(
        problems.file,
        Array.isArray(json)
          ? importFound.list
          : typeof json === 'object' && json !== null
            ? importFound.object(Object.keys(json))
            : importFound.jsonValue(JSON.stringify(json).slice(0, 40)),
      ),
    );
    return [];
  }
  // A saved page that names a next page is part of a table: importing it would import part of it.
  const next = (json as Record<string, unknown> | null)?.['@odata.nextLink'];
  if (typeof next === 'string') {
    problems.error(importErrors.statlinePartial(problems.file, next));
    return [];
  }
  return readStatlineTable(document, problems);
}

/** The JSON error, with its line when the engine's message gives one (V8 words this differently per version). */
function jsonProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const line = /\bline (\d+)/.exec(message);
  if (line) return importFound.notJson(Number(line[1]));
  const position = /\bposition (\d+)/.exec(message);
  if (position) return importFound.notJson(text.slice(0, Number(position[1])).split('\n').length);
  return importFound.notJson();
}
