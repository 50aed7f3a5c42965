/**
 * The solutions' history for a curator to read (`/beheer/oplossingen`): each entry's time in Dutch
 * (Europe/Amsterdam), its action, its reason, the solutions' lines before and after, the ideas that
 * changed solution, and for a re-import what was dropped. The entry's detail is stored JSON: read
 * defensively, so an entry of another shape still shows its time, action and reason.
 */
import { formatCount } from './format.js';

const WHEN = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

const ACTIONS: Readonly<Record<string, string>> = {
  rename: 'Omschrijving gegeven',
  merge: 'Samengevoegd',
  split: 'Gesplitst',
  move: 'Idee verplaatst',
  pin: 'Vastgezet',
  unpin: 'Losgemaakt',
  reimport: 'Nieuwe import',
  decline: 'Voorstel afgewezen',
  quote: 'Ander citaat',
  'erase-label': 'Omschrijving gewist (idee gewist)',
};

interface Summary {
  readonly key: string | null;
  readonly label: string | null;
  readonly ids: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function summaries(value: unknown): Summary[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((s) => ({
    key: typeof s.key === 'string' ? s.key : null,
    label: typeof s.label === 'string' ? s.label : null,
    ids: Array.isArray(s.ids) ? s.ids.filter((id): id is string => typeof id === 'string') : [],
  }));
}

const ideeen = (n: number) => `${formatCount(n)} ${n === 1 ? 'idee' : 'ideeën'}`;
const line = (s: Summary) => (s.label ? `‘${s.label}’` : 'automatische omschrijving');
const solution = (s: Summary) => `${line(s)} (${ideeen(s.ids.length)})`;

/** "1 december 2026 om 23:05" for a stored UTC time. */
export function historyTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : WHEN.format(date);
}

export function historyAction(action: string): string {
  return ACTIONS[action] ?? action;
}

/** The detail of one entry as lines of Dutch text. */
export function historyDetail(detail: unknown): string[] {
  if (!isRecord(detail)) return [];
  const lines: string[] = [];
  const dropped = summaries(detail.dropped);
  if (dropped.length > 0) {
    const clusters = dropped.filter((d) => d.key !== null);
    const outside = dropped.filter((d) => d.key === null).flatMap((d) => d.ids);
    for (const d of clusters) lines.push(`Vervallen indeling: ${solution(d)}: ${d.ids.join(', ')}.`);
    if (outside.length > 0) lines.push(`Niet meer buiten elke oplossing gezet: ${outside.join(', ')}.`);
  }
  // A declined proposal: which idea, for which solution.
  const records = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  for (const d of records(detail.declined)) {
    const idea = text(d.idea);
    if (idea) lines.push(`Niet meer voorgesteld: ${idea} voor ‘${text(d.label) ?? text(d.key) ?? '?'}’.`);
  }
  // A pinned solution's quote replaced (its quoted idea hidden, erased or moved out).
  for (const q of records(detail.quotes)) {
    const to = text(q.to);
    if (to)
      lines.push(`Citaat van ‘${text(q.label) ?? text(q.key) ?? '?'}’: ${text(q.from) ?? 'geen'} → ${to}.`);
  }
  const before = summaries(detail.before);
  const after = summaries(detail.after);
  if (before.length > 0 || after.length > 0)
    lines.push(
      `Voor: ${before.map(solution).join('; ') || 'geen'}. Na: ${after.map(solution).join('; ') || 'geen'}.`,
    );
  const where = (list: readonly Summary[]) => {
    const of = new Map<string, Summary>();
    for (const s of list) for (const id of s.ids) of.set(id, s);
    return of;
  };
  const was = where(before);
  const is = where(after);
  // Each solution before has its counterpart after: the one holding most of its ideas (a rename or
  // a first store changes the key, a merge joins two into one); an idea that left it moved.
  const counterpart = new Map<Summary, Summary | undefined>(
    before.map((b) => {
      let best: Summary | undefined;
      let most = 0;
      for (const a of after) {
        const shared = a.ids.filter((id) => b.ids.includes(id)).length;
        if (shared > most) [best, most] = [a, shared];
      }
      return [b, best];
    }),
  );
  // Decided together in one submit (several proposals): each idea has an entry of its own (`ideas`), so
  // an entry names only its own idea among them as moved, and the others once.
  const texts = (v: unknown) =>
    Array.isArray(v) ? v.filter((id): id is string => typeof id === 'string') : [];
  const own = texts(detail.ideas);
  const others = texts(detail.together).filter((id) => !own.includes(id));
  const moved = [...new Set([...was.keys(), ...is.keys()])].sort().filter((id) => {
    const from = was.get(id);
    const to = is.get(id);
    return (!from || !to || counterpart.get(from) !== to) && !others.includes(id);
  });
  if (moved.length > 0 && before.length > 0)
    lines.push(
      `Ideeën die van oplossing wisselden: ${moved
        .map((id) => {
          const from = was.get(id);
          const to = is.get(id);
          return `${id} (${from ? line(from) : 'geen oplossing'} → ${to ? line(to) : 'geen oplossing'})`;
        })
        .join('; ')}.`,
    );
  if (others.length > 0) lines.push(`In hetzelfde besluit: ${others.join(', ')}.`);
  return lines;
}
