/**
 * A curator's decision on an unknown label, as `POST /api/ideas/labels` and the labels form of
 * `/beheer` send it (their schema is `labelDecisionBody`): which field, which label, map it (`koppelen`,
 * alias `map`, to the label in `naar`) or accept it as it is (`goedkeuren`, alias `accept`).
 */
import type { LabelField } from '../../../core/ideas/known-labels.js';
import { ideaFieldNames, ideasMessages } from '../../../core/text/ideas-messages.js';
import { CurationError, type LabelRequest } from '../../store/index.js';
import type { LabelDecisionBody } from './request-schemas.js';

/** The label fields by the names a request may give them (Dutch or English). */
const FIELD_NAMES: Readonly<Record<string, LabelField>> = {
  branche: 'branch',
  branch: 'branch',
  provincie: 'province',
  province: 'province',
  beroep: 'profession',
  profession: 'profession',
  thema: 'theme',
  theme: 'theme',
};

const MAP_ACTIONS: readonly string[] = ['koppelen', 'map'];
const ACCEPT_ACTIONS: readonly string[] = ['goedkeuren', 'accept'];

/** The decision of a validated body; an unknown field or action is a Dutch CurationError (400). */
export function labelRequest(body: LabelDecisionBody): LabelRequest {
  const fieldWritten = body.veld.trim();
  const field = FIELD_NAMES[fieldWritten.toLowerCase()];
  if (!field) throw new CurationError('bad-label', ideasMessages.labelBadField(fieldWritten));
  const action = body.actie.trim().toLowerCase();
  const to = body.naar.trim();
  let mapped: string | null;
  if (MAP_ACTIONS.includes(action)) mapped = to;
  else if (ACCEPT_ACTIONS.includes(action)) mapped = null;
  else throw new CurationError('bad-label', ideasMessages.labelBadAction(action));
  if (mapped === '') {
    const name = field === 'theme' ? 'thema' : ideaFieldNames[field];
    throw new CurationError('bad-label', ideasMessages.labelNotKnown(name, ''));
  }
  return { field, label: body.waarde.trim(), to: mapped, reason: body.reden.trim() };
}
