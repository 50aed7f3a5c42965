/**
 * The bridge between the ideas databank and the survey (config/bridge.json): per JD-R component (every
 * resource and demand indicator of the contract) a concept — the idea themes and the Dutch words and
 * phrases that address it — and which branches employ each of the 23 professions, main branch first.
 * A profession page uses it to find ideas about its weak components, ideas from its own branches first
 * (src/core/ideas/bridge-relevance.ts).
 */
import * as z from 'zod';
import type { core } from 'zod';
import bridgeJson from '../../../config/bridge.json' with { type: 'json' };
import { THEMES } from '../ideas/themes.js';
import { THESAURUS, type Thesaurus } from '../ideas/analyzer/thesaurus.js';
import { bridgeMessages as msg, JSON_TYPE_NAMES } from '../text/bridge-messages.js';
import { BRANCHES, type Branch } from './branches.js';
import { INDICATORS, type IndicatorId } from './indicators.js';
import { nearestLabel, normaliseLabel } from './names.js';
import { InputErrors, type InputError } from './input-error.js';
import { PROFESSIONS, type Profession } from './professions.js';

export const bridgeConfigSchema = z.strictObject({
  note: z.string().optional(),
  version: z.number().int().positive(),
  termsNote: z.string().optional(),
  concepts: z.record(
    z.string().min(1),
    z.strictObject({
      note: z.string().min(1),
      themes: z.array(z.string().min(1)),
      terms: z.array(z.string().min(2)).min(3),
      notAfter: z.array(z.string().min(2)).optional(),
      notWith: z.array(z.string().min(2)).optional(),
      groups: z.array(z.string().min(1)).optional(),
      groupsExcept: z.array(z.string().min(1)).optional(),
      counts: z.array(z.string().min(2)).optional(),
    }),
  ),
  professions: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

/** What addresses one JD-R component: idea themes and Dutch terms, with what the component means. */
export interface BridgeConcept {
  /** Dutch: what the component is about and which ideas address it (shown on the profile page). */
  readonly note: string;
  /** Theme labels (config/themes.json) whose ideas may address the component. */
  readonly themes: readonly string[];
  /** Words and phrases, lower case, that address the component (matched by bridge-relevance.ts). */
  readonly terms: readonly string[];
  /**
   * Words, lower case and in each form written, naming people whose say the component is not about
   * (the clients): a term at most three words after one does not count ("laat bewoners zelf
   * meebeslissen"). Default none.
   */
  readonly notAfter?: readonly string[];
  /**
   * Words, lower case and in each form written, that give a sentence a meaning outside the component
   * (pay: `salaris`, `verdien` for loopbaanperspectief): no term counts in a sentence holding one, nor
   * as part of a compound ("ervaring die meetelt in mijn salaris" is a pay wish). Default none.
   */
  readonly notWith?: readonly string[];
  /**
   * The words and phrases of the thesaurus groups (config/thesaurus.json) that mean the component
   * (`groups`: the workload and staffing groups for werkdruk), less `groupsExcept` and the concept's own
   * terms: they count as terms, ranked as the search ranks a synonym (below the concept's own words).
   * Default none.
   */
  readonly synonyms?: readonly string[];
  /**
   * Nouns, lower case, that a number before them makes a term (`zestig cliënten`, `24 bewoners`: a
   * caseload written as a count), listed as `aantal <noun>`. Default none.
   */
  readonly counts?: readonly string[];
}

/** A concept's own terms and its group synonyms: every word the relevance looks for. */
export function conceptWords(concept: BridgeConcept): readonly string[] {
  return [...concept.terms, ...(concept.synonyms ?? [])];
}

/** The components that need a concept: every resource and demand indicator of the contract. */
export const BRIDGE_COMPONENTS: readonly IndicatorId[] = INDICATORS.filter((i) => i.group !== 'outcome').map(
  (i) => i.id,
);

/** A validated bridge: every component with a concept, every profession of the 23 mapped to branches. */
export interface BridgeConfig {
  readonly version: number;
  /** Component → its concept; one for every {@link BRIDGE_COMPONENTS} id. */
  readonly concepts: Readonly<Partial<Record<IndicatorId, BridgeConcept>>>;
  /** Profession → branches that employ it, main branch first; in the order of {@link PROFESSIONS}. */
  readonly professions: Readonly<Record<Profession, readonly Branch[]>>;
}

export interface BridgeParseOptions {
  /** Named in every error message. Default `config/bridge.json`. */
  readonly file?: string;
  /** The theme labels that may be mapped. Default: the labels of config/themes.json. */
  readonly themeLabels?: readonly string[];
  /** The thesaurus whose groups a concept may name. Default: config/thesaurus.json. */
  readonly thesaurus?: Thesaurus;
}

/**
 * Validates a parsed config/bridge.json. Throws {@link InputErrors} listing every problem at once,
 * each a Dutch sentence naming the file, the place and, for an unknown name, the nearest known one.
 */
export function parseBridgeConfig(json: unknown, options: BridgeParseOptions = {}): BridgeConfig {
  const file = options.file ?? 'config/bridge.json';
  const themeLabels = options.themeLabels ?? THEMES.map((theme) => theme.label);
  const thesaurus = options.thesaurus ?? THESAURUS;
  const groupIds = thesaurus.groups.map((group) => group.id);
  const shape = bridgeConfigSchema.safeParse(json);
  if (!shape.success)
    throw new InputErrors(shape.error.issues.map((issue) => structureError(file, json, issue)));

  const errors: InputError[] = [];
  const fail = (column: string, found: string, expected: string, message: string) =>
    errors.push({ file, column, found, expected, message });

  const concepts: Partial<Record<IndicatorId, BridgeConcept>> = {};
  for (const [id, entry] of Object.entries(shape.data.concepts)) {
    if (!(BRIDGE_COMPONENTS as readonly string[]).includes(id)) {
      fail(
        `concepts.${id}`,
        id,
        msg.expected.component,
        msg.unknownComponent(file, id, nearest(id, BRIDGE_COMPONENTS)),
      );
      continue;
    }
    for (const label of entry.themes)
      if (!themeLabels.includes(label))
        fail(
          `concepts.${id}.themes`,
          label,
          msg.expected.theme,
          msg.unknownTheme(file, id, label, nearest(label, themeLabels)),
        );
    const terms = entry.terms.map((term) => term.trim().toLowerCase());
    terms.forEach((term, i) => {
      if (terms.indexOf(term) !== i)
        fail(`concepts.${id}.terms`, term, msg.expected.termOnce, msg.duplicateTerm(file, id, term));
    });
    for (const group of entry.groups ?? [])
      if (!groupIds.includes(group))
        fail(
          `concepts.${id}.groups`,
          group,
          msg.expected.group,
          msg.unknownGroup(file, id, group, nearest(group, groupIds)),
        );
    const except = new Set((entry.groupsExcept ?? []).map((word) => word.trim().toLowerCase()));
    const own = new Set(terms);
    const synonyms = thesaurus.groups
      .filter((group) => entry.groups?.includes(group.id))
      .flatMap((group) => [...group.terms, ...(group.phrases ?? [])])
      .map((word) => word.trim().toLowerCase())
      .filter((word) => !except.has(word) && !own.has(word));
    concepts[id as IndicatorId] = {
      note: entry.note,
      themes: entry.themes,
      terms: [...new Set(terms)],
      notAfter: (entry.notAfter ?? []).map((word) => word.trim().toLowerCase()),
      notWith: (entry.notWith ?? []).map((word) => word.trim().toLowerCase()),
      synonyms: [...new Set(synonyms)],
      counts: (entry.counts ?? []).map((word) => word.trim().toLowerCase()),
    };
  }
  for (const id of BRIDGE_COMPONENTS)
    if (!shape.data.concepts[id]) fail('concepts', '', id, msg.missingConcept(file, id));

  const given = shape.data.professions;
  for (const name of Object.keys(given)) {
    if (!(PROFESSIONS as readonly string[]).includes(name))
      fail(
        `professions.${name}`,
        name,
        msg.expected.profession,
        msg.unknownProfession(file, name, nearest(name, PROFESSIONS)),
      );
  }
  const professions = {} as Record<Profession, readonly Branch[]>;
  for (const name of PROFESSIONS) {
    const listed = given[name];
    if (!listed) {
      fail('professions', '', name, msg.missingProfession(file, name));
      continue;
    }
    const branches: Branch[] = [];
    for (const branch of listed) {
      if (!(BRANCHES as readonly string[]).includes(branch))
        fail(
          `professions.${name}`,
          branch,
          msg.expected.branch,
          msg.unknownBranch(file, name, branch, nearest(branch, BRANCHES)),
        );
      else if (branches.includes(branch as Branch))
        fail(`professions.${name}`, branch, 'elke branche één keer', msg.duplicateBranch(file, name, branch));
      else branches.push(branch as Branch);
    }
    professions[name] = branches;
  }
  if (errors.length > 0) throw new InputErrors(errors);
  return { version: shape.data.version, concepts, professions };
}

/** The theme labels that address an indicator (its concept's), empty for an outcome. */
export function themesAddressing(config: BridgeConfig, indicator: IndicatorId): readonly string[] {
  return config.concepts[indicator]?.themes ?? [];
}

/** Edit distance always accepted as a typo, however short the name. */
const MIN_TYPO_DISTANCE = 3;

/** The bundled bridge (config/bridge.json), validated once. */
export const BRIDGE: BridgeConfig = parseBridgeConfig(bridgeJson);

function structureError(file: string, json: unknown, issue: core.$ZodIssue): InputError {
  const path = issue.path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
    .join('');
  const found = typeName(valueAt(json, issue.path));
  let detail: string;
  let expected: string = msg.expectedConfig;
  if (issue.code === 'invalid_type') {
    expected = JSON_TYPE_NAMES[issue.expected] ?? issue.expected;
    detail = msg.wrongType(expected, found);
  } else if (issue.code === 'unrecognized_keys') {
    detail = msg.unknownField(issue.keys);
  } else if (issue.code === 'too_small') {
    detail = msg.empty;
  } else {
    detail = issue.message;
  }
  return { file, column: path, found, expected, message: msg.structure(file, path, detail) };
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function typeName(value: unknown): string {
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return JSON_TYPE_NAMES[type] ?? type;
}

/**
 * The candidate closest to `value`, or null when none is reasonably close. A candidate whose words all
 * occur in the value (`registratietijd` → `tijd_registratie`), or that holds all the value's words
 * (`Ziekenhuizen` → the full branch label), wins; otherwise the smallest edit distance within a third
 * of the value's length.
 */
function nearest(value: string, candidates: readonly string[]): string | null {
  const wanted = normaliseLabel(value);
  const wantedWords = wanted.split(' ');
  const wantedLetters = wantedWords.join('');
  for (const candidate of candidates) {
    const words = normaliseLabel(candidate).split(' ');
    if (
      words.every((word) => wantedLetters.includes(word)) ||
      wantedWords.every((word) => words.includes(word))
    )
      return candidate;
  }
  const typo = Math.max(MIN_TYPO_DISTANCE, Math.floor(wanted.length / 3));
  const keyed = candidates.map((candidate) => ({ label: candidate, key: normaliseLabel(candidate) }));
  return nearestLabel(wanted, keyed, (distance) => distance <= typo) ?? null;
}
