/** Column names of an ideas file, Dutch or English, matched like labels (case, accents, punctuation). */
import { labelKey } from '../contract/names.js';

export const IDEA_FIELDS = ['id', 'text', 'themes', 'kind', 'branch', 'province', 'profession'] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];

const HEADER_NAMES: Readonly<Record<IdeaField, readonly string[]>> = {
  id: ['id', 'idee-id', 'idea id'],
  text: ['tekst', 'text', 'idee', 'idea'],
  themes: ['thema', 'theme', "thema's", 'themas', 'themes'],
  kind: ['soort', 'kind', 'type'],
  branch: ['branche', 'sector', 'branch'],
  province: ['provincie', 'province'],
  profession: ['beroep', 'profession', 'beroepsgroep'],
};

const BY_KEY = new Map<string, IdeaField>();
for (const field of IDEA_FIELDS) for (const name of HEADER_NAMES[field]) BY_KEY.set(labelKey(name), field);

/** The field a column name stands for, or undefined for an unknown column. */
export function ideaFieldOfHeader(header: string): IdeaField | undefined {
  return BY_KEY.get(labelKey(header));
}
