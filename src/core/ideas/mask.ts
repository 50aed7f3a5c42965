/**
 * Privacy masking of every text an idea carries before it is stored (its text, its labels, a curator's
 * reason): e-mail addresses, phone numbers, BSNs, IBANs, addresses (mask-addresses.ts), links and
 * names after a cue (`mevrouw …`, `collega …`: mask-names.ts), in sign-offs and self-introductions
 * (`Groetjes, …`, `ik ben …`: mask-signoffs.ts), beside the writer or a contact (`ik (Ratna)`, `Łukasz
 * en ik`, `@Bilal`: mask-near-names.ts) and listed first names without a frame (`samen met Mohammed en
 * Nadia`: mask-bare-names.ts) are replaced by Dutch placeholders. Stages:
 *
 *   text ──shadowText──▶ shadow (NFKC, ASCII digits, `-` for every dash, no invisible characters)
 *        ──detectors──▶ spans in the shadow ──origin map──▶ the same spans in the text ──▶ masked text
 *
 * The detectors run in a fixed order, each skipping what an earlier one masked: links before e-mail
 * (`https://…?mail=a@b.nl` is one link), e-mail before bare domains, IBAN before phone numbers, phone
 * numbers before BSNs (a phone number has ten digits, and nine of them must not be read as a BSN), and
 * names last (a name is never part of an address or a link already masked).
 * Everything outside a masked span is kept exactly as written. Linear in the length of the text
 * (mask-scan.ts); `bench/` measures it.
 */
import { MASK_PLACEHOLDERS } from '../text/ideas-messages.js';
import { shadowText } from './mask-normalise.js';
import { capitalsNameEnd } from './mask-capitals.js';
import { findNames } from './mask-names.js';
import { findRepeats } from './mask-repeats.js';
import { findSignoffs } from './mask-signoffs.js';
import { findAddresses } from './mask-addresses.js';
import { findBareNames } from './mask-bare-names.js';
import { findNearNames } from './mask-near-names.js';
import { findBsns, findIbans, findPhones } from './mask-numbers.js';
import { Scan, type MaskKind, type Meter } from './mask-scan.js';
import { findDomainPaths, findEmails, findLinks } from './mask-web.js';
import { itemAt } from '../contract/item-at.js';

export type { MaskKind, Meter } from './mask-scan.js';

export interface MaskResult {
  readonly text: string;
  /** How many of each kind were replaced; empty when nothing was. */
  readonly masked: Readonly<Partial<Record<MaskKind, number>>>;
}

/** Everything but names: for a label field (beroep, branche, provincie, thema, soort). */
const LABEL_DETECTORS = [
  findLinks,
  findEmails,
  findDomainPaths,
  findIbans,
  findPhones,
  findBsns,
  findAddresses,
];

/**
 * Names after a cue (in capitals too), in sign-offs, in small frames beside the writer or a contact,
 * listed first names without a frame, then their other mentions in the text.
 */
const DETECTORS = [
  ...LABEL_DETECTORS,
  (scan: Scan) => findNames(scan, capitalsNameEnd),
  findSignoffs,
  findNearNames,
  findBareNames,
  findRepeats,
];

export interface MaskOptions {
  /**
   * Look for names after a cue (default true). A label field holds none: its words are matched to the
   * known labels and shown only under the k = 5 rule, and a title-case job title (`Begeleider
   * Jeugdhulp`) reads like a role word and a name.
   */
  readonly names?: boolean;
}

/** Masks personal data in `text`; the count per kind says what was found. */
export function maskPersonalData(text: string, meter?: Meter, options: MaskOptions = {}): MaskResult {
  const shadow = shadowText(text);
  const scan = new Scan(shadow.text, meter);
  for (const detect of options.names === false ? LABEL_DETECTORS : DETECTORS) detect(scan);
  if (scan.spans.length === 0) return { text, masked: {} };
  const spans = [...scan.spans].sort((a, b) => a.start - b.start);
  const masked: Partial<Record<MaskKind, number>> = {};
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const start = shadow.origin ? itemAt(shadow.origin, span.start) : span.start;
    const end = shadow.originEnd ? itemAt(shadow.originEnd, span.end - 1) : span.end;
    if (start < at) continue;
    parts.push(text.slice(at, start), MASK_PLACEHOLDERS[span.kind]);
    masked[span.kind] = (masked[span.kind] ?? 0) + 1;
    at = end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), masked };
}

/** The kinds found, in a fixed order, for reports. */
export function maskedKinds(masked: MaskResult['masked']): MaskKind[] {
  return (Object.keys(MASK_PLACEHOLDERS) as MaskKind[]).filter((kind) => (masked[kind] ?? 0) > 0);
}

/** Adds the counts of `more` to `into`. */
export function addMasked(
  into: Partial<Record<MaskKind, number>>,
  more: MaskResult['masked'],
): Partial<Record<MaskKind, number>> {
  for (const [kind, n] of Object.entries(more) as [MaskKind, number][]) into[kind] = (into[kind] ?? 0) + n;
  return into;
}
