/**
 * One schema per route of the API and per admin form: what each body or query may hold, normalised
 * and defaulted once (each default beside its field). Field aliases are folded first
 * (field-aliases.ts); a field that does not fit is a 400 naming it (validate.ts).
 */
import * as z from 'zod';
import { isProfessionHighlight } from '../../../core/ideas/address-filters.js';
import { ideaSearchParams } from '../../../core/ideas/search-params.js';
import { searchBackOf, type SearchBack } from '../../../core/ideas/search-back.js';
import type { LabelField } from '../../../core/ideas/known-labels.js';
import { ideaFieldNames, ideasMessages } from '../../../core/text/ideas-messages.js';
import { securityMessages } from '../../../core/text/security-messages.js';
import { solutionsText } from '../../../core/text/solutions-text.js';
import { webMessages } from '../../../core/text/web-messages.js';
import type { LabelRequest } from '../../store/index.js';
import { aliased, firstValue, required, text, textList, textOrNull, texts } from './fields.js';
import { FIELD_ALIASES } from './field-aliases.js';

/** The reason of a change; default empty (the store refuses a change without one, in Dutch). */
const reason = text().default('');

const ideaFields = {
  tekst: text().optional(),
  themas: texts().optional(),
  soort: textOrNull().optional(),
  branche: textOrNull().optional(),
  provincie: textOrNull().optional(),
  beroep: textOrNull().optional(),
  reden: reason,
};
const IDEA_ALIASES = ['tekst', 'themas', 'soort', 'branche', 'provincie', 'beroep', 'reden'] as const;

/** `POST /api/ideas`: a new idea (text required by the store: an empty text is refused there). */
export const addIdeaBody = aliased(IDEA_ALIASES, z.object({ id: text().optional(), ...ideaFields }));

/** `PATCH /api/ideas/<id>`: the fields given change, the others stay. */
export const editIdeaBody = aliased(IDEA_ALIASES, z.object(ideaFields));

/** `PUT /api/ideas/<id>/themas`: the new themes. */
export const rethemeBody = aliased(['themas', 'reden'], z.object({ themas: texts(), reden: reason }));

/** `POST /api/ideas/<id>/verbergen`, `…/tonen`, `…/wissen`: only the reason. */
export const reasonBody = aliased(['reden'], z.object({ reden: reason }));

/**
 * `POST /api/ideas/maskeren`: re-mask every stored idea; `droog: true` only reports (default false). An
 * empty reason takes the store's default reason.
 */
export const remaskBody = aliased(['reden'], z.object({ reden: reason, droog: z.boolean().default(false) }));

/** The label fields by the names a request may give them (Dutch or English, any case): their aliases. */
const LABEL_FIELDS: Readonly<Record<string, LabelField>> = Object.fromEntries(
  (
    [
      ['branche', 'branch'],
      ['provincie', 'province'],
      ['beroep', 'profession'],
      ['thema', 'theme'],
    ] as const
  ).flatMap(([group, field]) => FIELD_ALIASES[group].map((name) => [name, field])),
);

/** The decisions by the names a request may give them: map to a known label, or accept as it is. */
const LABEL_ACTIONS: Readonly<Record<string, 'map' | 'accept'>> = {
  koppelen: 'map',
  map: 'map',
  goedkeuren: 'accept',
  accept: 'accept',
};

/** The fields of a decision on an unknown label, as written (aliases folded). */
const labelFields = aliased(
  ['veld', 'actie', 'naar', 'waarde', 'reden'],
  z.object({
    veld: text().trim().default(''),
    actie: text().trim().default(''),
    naar: text().trim().default(''),
    waarde: text().trim().default(''),
    reden: text().trim().default(''),
  }),
);

/**
 * The decision the fields ask for: which field (`veld`), which label (`waarde`), map it (`koppelen`,
 * alias `map`, to the label in `naar`) or accept it as it is (`goedkeuren`, alias `accept`). The first
 * field that does not fit is the issue; the store checks that the target is a known label.
 */
function labelDecision(body: z.output<typeof labelFields>, ctx: z.RefinementCtx): LabelRequest {
  const refuse = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return z.NEVER;
  };
  const field = LABEL_FIELDS[body.veld.toLowerCase()];
  if (!field) return refuse('veld', ideasMessages.labelBadField(body.veld));
  const action = LABEL_ACTIONS[body.actie.toLowerCase()];
  if (!action) return refuse('actie', ideasMessages.labelBadAction(body.actie.toLowerCase()));
  if (action === 'map' && body.naar === '')
    return refuse(
      'naar',
      ideasMessages.labelNotKnown(field === 'theme' ? 'thema' : ideaFieldNames[field], ''),
    );
  return { field, label: body.waarde, to: action === 'map' ? body.naar : null, reason: body.reden };
}

/** `POST /api/ideas/labels`: a curator's decision on an unknown label, read into the store's request. */
export const labelDecisionBody = labelFields.transform(labelDecision);

/** `POST /beheer/labels`: the same decision, or none when no label is given (then the form only lists). */
export const labelDecisionForm = labelFields.transform((body, ctx) =>
  body.waarde === '' ? null : labelDecision(body, ctx),
);

const badVersion = (issue: { readonly input?: unknown }) => webMessages.badVersion(String(issue.input));

/** `PUT /api/datasets/shown`: the version to show, a whole number from 1. */
export const shownVersionBody = z.object({
  version: z.int({ error: badVersion }).min(1, { error: badVersion }),
});

/** A dataset version in a query: empty = the shown one; else a whole number from 1 (trimmed). */
const queryVersion = firstValue(
  z
    .string()
    .transform((written, ctx) => {
      const trimmed = written.trim();
      if (trimmed === '') return undefined;
      if (/^[1-9]\d{0,8}$/.test(trimmed)) return Number(trimmed);
      ctx.addIssue({ code: 'custom', message: webMessages.badVersion(trimmed) });
      return z.NEVER;
    })
    .optional(),
);

/** `GET /api/analysis`, `/api/professions[/<slug>]`: `?dataset=` (or `?versie=`) and `?variant=`. */
export const analysisQuery = z
  .object({
    dataset: queryVersion,
    versie: queryVersion,
    variant: firstValue(z.string().optional()),
  })
  .transform((q) => ({
    // `dataset` wins over `versie`; an empty one counts as not given (then the shown version).
    version: q.dataset === undefined ? q.versie : q.dataset,
    variant: q.variant?.trim() || undefined,
  }));

const PROFESSION_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What every page URL carries besides its path (page-state.ts): the reader's profession
 * (`?beroep=<slug>`; a malformed one is dropped, never an error) and the dataset version
 * (`?versie=<n>`; empty = the shown one, a malformed one is a 400).
 */
export const pageStateQuery = z.object({
  beroep: firstValue(z.string().optional()).transform((written) => {
    const slug = (written ?? '').trim().toLowerCase();
    return slug.length <= 200 && PROFESSION_SLUG.test(slug) ? slug : null;
  }),
  versie: queryVersion.transform((version) => version ?? null),
});

/** `GET /vergelijk`: the two versions compared (`?a=`, `?b=`); empty = the two newest. */
export const compareQuery = z.object({ a: queryVersion, b: queryVersion });

/** An id written in a query (a slug), trimmed; anything else counts as none. */
const queryId = (maxLength: number) =>
  firstValue(z.string().optional()).transform((written) => {
    const id = (written ?? '').trim();
    return new RegExp(`^[a-z0-9-]{1,${maxLength}}$`).test(id) ? id : undefined;
  });

/** `GET /beroepen`: the name search (`?q=`), its first 100 characters; empty = every profession. */
export const professionSearchQuery = z.object({
  q: firstValue(z.string().optional()).transform((written) => (written ?? '').slice(0, 100)),
});

/** `GET /beroep`: the picker's choice (`?kies=`), a profession's slug; none = back to the list. */
export const professionChoiceQuery = z.object({ kies: queryId(200) });

/**
 * `GET /beroep/<slug>`: a second profession to compare with (`?met=`), as written (trimmed, at most 200
 * characters; empty = none): the page says so when it names no other profession of the analysis.
 */
export const profilePageQuery = z.object({
  met: firstValue(z.string().optional()).transform((written) => (written ?? '').trim().slice(0, 200)),
});

/** `GET /ranglijst`: the chosen component (`?component=`), its id; none = the page itself. */
export const rankingChoiceQuery = z.object({ component: queryId(100) });

/** `GET /api/ideas`: the contract's search parameters (search-params.ts, the schema the CLI reads too). */
export const ideaSearchQuery = ideaSearchParams;

/**
 * "Mijn beroep" is a highlight, never a filter (issue 12): the site keeps the reader's profession in
 * every link as `?beroep=<slug>`, and the ideas page's own profession filter sends labels
 * (`beroep=Huisartsen`). A value written as a slug is the highlight, whichever profession it names (one
 * outside the bundled ones, one the table no longer holds: audit 6, finding 1), and is left out of the
 * filters; the page offers "alleen ideeën uit mijn beroep" as an explicit choice.
 */
function withoutHighlight(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  const { beroep: written = [] } = query as { readonly beroep?: unknown };
  const list: unknown[] = Array.isArray(written) ? written : [written];
  return {
    ...query,
    beroep: list.filter((value) => !(typeof value === 'string' && isProfessionHighlight(value))),
  };
}

/**
 * A page number of ten or more digits (`?offset=1000000000`, a hand-made address) is past the end like
 * any other: read as the largest offset, so the page goes to the last page as for `999999999`, instead
 * of a technical "Parameter 'offset'" message (audit 9, finding 10). The API keeps its 400.
 */
function offsetPastTheEnd(query: unknown): unknown {
  if (typeof query !== 'object' || query === null) return query;
  const { offset } = query as { readonly offset?: unknown };
  return typeof offset === 'string' && /^\s*\d{10,}\s*$/.test(offset)
    ? { ...query, offset: '999999999' }
    : query;
}

/** `GET /ideeen`: the search parameters of the ideas page (filters, page), without the highlight. */
export const ideasPageQuery = z.preprocess(
  (query) => offsetPastTheEnd(withoutHighlight(query)),
  ideaSearchParams,
);

/** Where the reader of an idea came from: a search of the ideas page, or a profession's profile. */
export interface IdeaPageOrigin {
  readonly back: SearchBack;
  /** `?van=` as given (at most 200 characters): the profile's slug, checked against the analysis later. */
  readonly from: string | undefined;
}

/**
 * `GET /ideeen/<id>`: the search the reader came from (`?terug=`, a query string), reduced to the ideas
 * page's own parameters (anything else in it is dropped), and the profile the reader came from (`?van=`,
 * a slug: anything else is ignored).
 */
export const ideaPageQuery = z
  .object({ terug: firstValue(z.string().optional()), van: firstValue(z.string().optional()) })
  .transform(({ terug, van }): IdeaPageOrigin => {
    const back = searchBackOf(terug);
    // Which profile it names is decided against the analysis by profile-back.ts (as a static copy does).
    return { back, from: van !== undefined && van.length <= 200 ? van : undefined };
  });

/** `?thema=` of the solutions routes: required, trimmed. */
export const themeQuery = z.object({
  thema: firstValue(
    z.string({ error: solutionsText.themeMissing }).trim().min(1, solutionsText.themeMissing),
  ),
});

/** `GET /beheer/oplossingen`: `?thema=`, optional (trimmed; empty = none chosen). */
export const themeChoiceQuery = z.object({
  thema: firstValue(z.string().optional()).transform((theme) => theme?.trim() || undefined),
});

const theme = z.string({ error: solutionsText.themeMissing }).trim().min(1, solutionsText.themeMissing);
const solution = required(solutionsText.fieldMissing('oplossing'));

const solutionChange = <T extends z.ZodRawShape>(shape: T) => aliased(['reden'], z.object(shape));

/** The bodies of the solutions changes, per path (`POST /api/ideas/oplossingen/<path>`). */
export const solutionChangeBodies = {
  hernoemen: solutionChange({
    thema: theme,
    reden: reason,
    oplossing: solution,
    omschrijving: text().default(''),
  }),
  samenvoegen: solutionChange({
    thema: theme,
    reden: reason,
    oplossingen: textList().default([]),
    omschrijving: text().optional(),
  }),
  splitsen: solutionChange({
    thema: theme,
    reden: reason,
    oplossing: solution,
    ideeen: textList().default([]),
    omschrijving: text().optional(),
  }),
  verplaatsen: solutionChange({
    thema: theme,
    reden: reason,
    idee: required(solutionsText.fieldMissing('idee')),
    naar: z.string({ error: solutionsText.fieldMissing('naar') }).nullable(),
  }),
  vastzetten: solutionChange({ thema: theme, reden: reason, oplossing: solution }),
  losmaken: solutionChange({ thema: theme, reden: reason, oplossing: solution }),
  afwijzen: solutionChange({
    thema: theme,
    reden: reason,
    oplossing: solution,
    idee: required(solutionsText.fieldMissing('idee')),
  }),
  // Several proposals for one solution at once: taken in or declined.
  voorstellen: solutionChange({
    thema: theme,
    reden: reason,
    oplossing: solution,
    ideeen: z.array(z.string(), { error: solutionsText.fieldMissing('ideeen') }),
    besluit: z.enum(['toevoegen', 'afwijzen'], { error: solutionsText.proposalDecisionMissing }),
  }),
} as const;

/** `POST /api/ideas/bijna-dubbel`: a decision on a near-duplicate pair. */
export const nearDuplicateBody = aliased(
  ['reden'],
  z.object({
    besluit: z.enum(['behouden', 'samenvoegen'], { error: solutionsText.decisionMissing }),
    a: required(solutionsText.fieldMissing('a')),
    b: required(solutionsText.fieldMissing('b')),
    bewaar: text().optional(),
    reden: reason,
  }),
);

/**
 * `POST /api/ideas/bijna-dubbel/groep`: a decision on a group of near-duplicates (`ideeen`) of a theme
 * (`thema`, as the curator's view names it): keep all
 * (`behouden`), or keep `bewaar` and hide its near-duplicates (`samenvoegen`).
 */
export const nearDuplicateGroupBody = aliased(
  ['reden'],
  z.object({
    thema: theme,
    ideeen: z.array(z.string(), { error: solutionsText.fieldMissing('ideeen') }),
    besluit: z.enum(['behouden', 'samenvoegen'], { error: solutionsText.decisionMissing }),
    bewaar: text().optional(),
    reden: reason,
  }),
);

/** `POST /beheer/tonen`: the version to show (a form sends text). */
export const showVersionForm = z.object({
  versie: z.string().default(''),
});

/** `POST /beheer/controleren`: only the token (it lets this browser see the versions never shown). */
export const checkAccessForm = z.object({});

/** `POST /beheer/wissen`: the idea to erase, confirmed. */
export const eraseForm = aliased(
  ['reden'],
  z.object({
    zeker: z.literal('ja', { error: securityMessages.eraseConfirmMissing }),
    idee: text().trim().default(''),
    reden: reason,
  }),
);

/** A field of a curator's form: its first value as text; '' when absent (the store then says what is missing). */
const formText = z.preprocess((value) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}, z.string());

/** A field of a curator's form that may repeat (checkboxes): its non-empty texts. */
const formTexts = z.preprocess(
  (value) =>
    (Array.isArray(value) ? (value as unknown[]) : [value]).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    ),
  z.array(z.string()),
);

const solutionForm = <T extends z.ZodRawShape>(shape: T) =>
  aliased(
    ['reden'],
    z.object({ thema: formText.transform((theme) => theme.trim()), reden: formText, ...shape }),
  );

/** The curators' forms of `/beheer/oplossingen/<actie>`, per action (the form's token is read first). */
export const solutionForms = {
  bekijken: solutionForm({ vanaf: formText }),
  hernoemen: solutionForm({ oplossing: formText, omschrijving: formText }),
  samenvoegen: solutionForm({ oplossingen: formTexts, omschrijving: formText }),
  splitsen: solutionForm({ oplossing: formText, ideeen: formTexts, omschrijving: formText }),
  verplaatsen: solutionForm({ idee: formText, naar: formText }),
  vastzetten: solutionForm({ oplossing: formText }),
  losmaken: solutionForm({ oplossing: formText }),
  // A solution's proposals: the ones ticked taken in, or (the form's second button) declined; with
  // `alle=ja` (the "Alle voorstellen …" buttons) every one the form showed (`getoond`).
  'voorstellen-toevoegen': solutionForm({
    oplossing: formText,
    ideeen: formTexts,
    getoond: formTexts,
    alle: formText,
  }),
  'voorstellen-afwijzen': solutionForm({
    oplossing: formText,
    ideeen: formTexts,
    getoond: formTexts,
    alle: formText,
  }),
  'bijna-dubbel': solutionForm({ uitkomst: formText, a: formText, b: formText }),
  'dubbel-groep': solutionForm({ uitkomst: formText, ideeen: formTexts }),
  geschiedenis: solutionForm({}),
} as const;

export type SolutionFormAction = keyof typeof solutionForms;
export type SolutionForm<A extends SolutionFormAction> = z.output<(typeof solutionForms)[A]>;

/** The answers that mark an upload as constructed example data (`voorbeeld=ja`). */
const YES = new Set(['ja', 'true', 'on', '1']);
/** A text field of an upload: its first value; undefined when absent or not a text (a file part). */
const optionalText = z.preprocess((value) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}, z.string().optional());
const exampleFlag = optionalText.transform(
  (written) => written !== undefined && YES.has(written.toLowerCase()),
);
/** The answers that store an upload for a check first (`tonen=nee`). */
const NO = new Set(['nee', 'false', 'off', '0']);
/**
 * Whether an upload is shown at once (`tonen`): yes when absent or empty (as before the field existed),
 * no for `nee`; anything else is refused rather than guessed, lest a typo publish a table.
 */
const showFlag = optionalText.transform((written, ctx) => {
  const answer = (written ?? '').trim().toLowerCase();
  if (answer === '' || YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  ctx.addIssue({ code: 'custom', message: webMessages.uploadShowFlag(written ?? '') });
  return z.NEVER;
});

/** An upload's file: a file part that is not the empty part a browser sends when none was chosen. */
const uploadedFile = firstValue(
  z
    .instanceof(File, { error: webMessages.uploadMissingFile })
    .refine((file) => !(file.size === 0 && file.name === ''), { error: webMessages.uploadMissingFile }),
);

/**
 * The multipart (or url-encoded) form of an upload — `POST /api/datasets`, `/api/ideas/import`,
 * `/beheer/upload`, `/beheer/ideeen`: the file (`bestand`, alias `file`), an optional source line
 * (`titel`), the example mark (`voorbeeld`), whether a table is shown at once (`tonen`, default yes;
 * ideas ignore it) and the admin page's token. A missing file is a 422
 * (upload-body.ts), as for an empty body.
 */
export const uploadForm = aliased(
  ['bestand'],
  z.object({
    bestand: uploadedFile,
    titel: optionalText,
    voorbeeld: exampleFlag,
    tonen: showFlag,
    token: optionalText,
  }),
);

/** The query of an upload sent as the file itself: its name, source line, example mark and `tonen`. */
export const uploadQuery = z.object({
  naam: optionalText,
  titel: optionalText,
  voorbeeld: exampleFlag,
  tonen: showFlag,
});

/** A version number a redirect put in the admin page's URL; anything else is ignored. */
const notedVersion = firstValue(z.string().optional()).transform((written) =>
  written !== undefined && /^\d{1,9}$/.test(written) ? Number(written) : undefined,
);

/** `GET /beheer`: the version just stored (`?opgeslagen=`) or chosen (`?getoond=`), to say so. */
export const adminPageQuery = z.object({ opgeslagen: notedVersion, getoond: notedVersion });

/**
 * `POST /api/export?basis-url=…` and the form on /beheer: the site's public address for the export's
 * embed codes (checked by base-url.ts); empty or left out: the server's own setting.
 */
export const exportQuery = z.object({ 'basis-url': optionalText });
export const exportForm = z.object({ 'basis-url': z.string().default('') });
