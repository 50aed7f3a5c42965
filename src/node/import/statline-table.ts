import type { Observation } from '../../core/contract/table.js';
import {
  importErrors,
  importFound,
  importWarnings,
  type CellRole,
  type MessagePlace,
} from '../../core/text/import-messages.js';
import { resolveIndicator } from './indicator-label.js';
import { MAX_DATA_ROWS } from './limits.js';
import { ObservationCollector, type CellAt } from './observation-collector.js';
import type { Problems } from '../../core/contract/problems.js';
import { ObservationSchema, professionDimension, type StatlineDocument } from './statline-document.js';
import { splitMeasure } from './statline-measure.js';

/** The figures of one profession, indicator and period, gathered from separate measures. */
interface Gathered {
  profession: string;
  indicator: string;
  indicatorLabel: string;
  period: string | null;
  cells: Partial<Record<CellRole, CellAt>>;
}

/**
 * Reads StatLine OData v4 observations. Measures are named through `MeasureCodes` when given (else by
 * their id) and split into indicator and role ("… (ondergrens)"); professions are named through the
 * dimension's code list when given. `Value: null` is a missing figure, never zero; a number with a
 * ValueAttribute other than `None` is kept with a warning. Rows are observation positions (1-based).
 */
export function readStatlineTable(document: StatlineDocument, problems: Problems): readonly Observation[] {
  const { observations } = document;
  if (observations.length === 0) {
    problems.error(importErrors.emptyFile(problems.file));
    return [];
  }
  if (observations.length > MAX_DATA_ROWS) {
    problems.error(importErrors.tooManyRows(problems.file, observations.length, MAX_DATA_ROWS));
    return [];
  }
  const dimension = professionDimension(observations);
  const dimensionKey = dimension.key;
  if (!dimensionKey) {
    problems.error(importErrors.statlineDimension(problems.file, dimension.keys));
    return [];
  }
  const measures = document.codeLists.get('MeasureCodes');
  const professions = document.codeLists.get(`${dimension.key}Codes`);
  const groups = new Map<string, Gathered>();
  const reportedMeasures = new Set<string>();
  observations.forEach((raw, i) => {
    const place: MessagePlace & { row: number } = { file: problems.file, row: i + 1, rowNoun: 'waarneming' };
    const parsed = ObservationSchema.safeParse(raw);
    const code = parsed.success ? parsed.data[dimensionKey] : undefined;
    if (!parsed.success || typeof code !== 'string') {
      problems.error(importErrors.statlineObservation(place, describe(raw, dimensionKey)));
      return;
    }
    const observation = parsed.data;
    const { label, role } = splitMeasure(measures?.get(observation.Measure) ?? observation.Measure);
    const resolved = resolveIndicator(label);
    if (resolved.kind === 'unknown') {
      if (!reportedMeasures.has(observation.Measure))
        problems.error(
          importErrors.unknownIndicator({ ...place, column: 'Measure' }, label, resolved.nearest),
        );
      reportedMeasures.add(observation.Measure);
      return;
    }
    if (resolved.kind === 'other')
      problems.warn('other-indicator', importWarnings.otherIndicator(problems.file, resolved.label));
    const profession = (professions?.get(code) ?? code).trim();
    const indicator = resolved.kind === 'contract' ? resolved.id : resolved.label;
    const period = observation.Perioden?.trim() || null;
    const key = JSON.stringify([profession, indicator, period]);
    const group = groups.get(key) ?? { profession, indicator, indicatorLabel: label, period, cells: {} };
    groups.set(key, group);
    const first = group.cells[role];
    if (first) {
      problems.error(importErrors.duplicate(place, profession, label, period, first.place.row));
      return;
    }
    const attribute = observation.ValueAttribute ?? 'None';
    const value = observation.Value ?? null;
    group.cells[role] = {
      cell: value,
      place: { ...place, column: 'Value' },
      marked: value !== null && attribute !== 'None',
    };
  });
  const collector = new ObservationCollector(problems);
  for (const group of groups.values()) {
    const { value, lower, upper } = group.cells;
    if (!value) {
      // A group exists because one of its cells does: without a value, a bound.
      const bound = lower ?? upper;
      if (bound)
        problems.error(
          importErrors.boundWithoutValue(bound.place, group.indicatorLabel, lower ? 'lower' : 'upper'),
        );
      continue;
    }
    collector.add({ ...group, row: value.place.row, value, lower, upper });
  }
  return collector.observations();
}

function describe(raw: unknown, dimension: string): string {
  if (Array.isArray(raw)) return importFound.list;
  if (typeof raw !== 'object' || raw === null) return importFound.jsonValue(JSON.stringify(raw));
  const record = raw as Record<string, unknown>;
  if (typeof record.Measure !== 'string') return importFound.missingField('Measure (tekst)');
  if (typeof record[dimension] !== 'string') return importFound.missingField(`${dimension} (tekst)`);
  for (const field of ['Value', 'ValueAttribute', 'Perioden'])
    if (field in record) return `${field} ${JSON.stringify(record[field])}`.slice(0, 80);
  return importFound.object(Object.keys(record));
}
