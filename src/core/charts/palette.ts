/**
 * Colours: the Okabe–Ito palette (distinguishable with every common colour-vision deficiency). Each
 * role is a CSS custom property with a light-mode fallback written as the SVG attribute too, so a
 * renderer without CSS (resvg) draws the light version, a browser in dark mode switches through the
 * `prefers-color-scheme` rule below, and a host page can set the properties itself (a theme toggle).
 * Text and axes use `currentColor`. Filled dots get an outline in the text colour, which keeps them at
 * 3:1 contrast or more against either background.
 */
import type { Quadrant } from '../analysis/result.js';

export interface ColourRole {
  /** CSS class on the mark group. */
  readonly className: string;
  /** Custom property name. */
  readonly property: string;
  readonly light: string;
  readonly dark: string;
}

function role(name: string, light: string, dark: string): ColourRole {
  return { className: `wb-${name}`, property: `--wb-${name}`, light, dark };
}

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/** Quadrant colours: worst (2) vermillion, best (3) bluish green, the mixed ones blue and orange. */
export const QUADRANT_COLOURS: Readonly<Record<Quadrant, ColourRole>> = {
  1: role('q1', OKABE_ITO.orange, OKABE_ITO.orange),
  2: role('q2', OKABE_ITO.vermillion, '#F07A2A'),
  3: role('q3', OKABE_ITO.bluishGreen, '#2BC79A'),
  4: role('q4', OKABE_ITO.blue, OKABE_ITO.skyBlue),
};

export const COLOURS = {
  /** Main marks of a single series (dots, whiskers of the selected measure). */
  accent: role('accent', OKABE_ITO.blue, OKABE_ITO.skyBlue),
  /** A second series beside the accent (satisfaction with the organisation). */
  second: role('second', OKABE_ITO.vermillion, '#F07A2A'),
  /** Reference lines: medians, the least-squares line. */
  reference: role('reference', '#444444', '#BBBBBB'),
  /** Confidence band and other fills behind the data (drawn with a low fill opacity). */
  band: role('band', OKABE_ITO.blue, OKABE_ITO.skyBlue),
  /** Muted marks behind the main ones (professions behind the quadrant means). */
  muted: role('muted', '#8C8C8C', '#8C8C8C'),
  /** Text colour of the whole figure. */
  ink: role('ink', '#1B1B1B', '#E8E8E8'),
  /** Background, used for halos around labels. */
  paper: role('paper', '#FFFFFF', '#121212'),
} as const;

const ALL_ROLES: readonly ColourRole[] = [...Object.values(QUADRANT_COLOURS), ...Object.values(COLOURS)];

/** The figure's style sheet: colours per role in light and dark mode. `scope` is the root class. */
export function paletteCss(scope: string): string {
  const rule = (mode: 'light' | 'dark') =>
    [
      `.${scope} { color: var(${COLOURS.ink.property}, ${COLOURS.ink[mode]}); }`,
      ...ALL_ROLES.filter((r) => r !== COLOURS.ink && r !== COLOURS.paper).flatMap((r) => [
        `.${scope} .${r.className}-fill { fill: var(${r.property}, ${r[mode]}); }`,
        `.${scope} .${r.className}-stroke { stroke: var(${r.property}, ${r[mode]}); }`,
      ]),
      `.${scope} .${COLOURS.paper.className}-halo { stroke: var(${COLOURS.paper.property}, ${COLOURS.paper[mode]}); }`,
      `.${scope} .${COLOURS.paper.className}-fill { fill: var(${COLOURS.paper.property}, ${COLOURS.paper[mode]}); }`,
    ].join('\n');
  return `${rule('light')}\n@media (prefers-color-scheme: dark) {\n${rule('dark')}\n}`;
}
