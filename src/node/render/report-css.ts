/**
 * The report's style sheet, inlined in the HTML: readable type, tables, the voorbeelddata banner, dark
 * mode through `prefers-color-scheme`, each figure's narrow drawing on a phone, and print rules (A4,
 * no navigation, figures kept whole, always the wide drawing).
 */
import { figureStyles } from '../../core/charts/frame.js';
import { DEFAULT_WIDTH, MIN_WIDTH } from '../../core/charts/figure-spec.js';

/** The body's side padding, in rem: the figure's column is the window less twice this. */
const BODY_PADDING_REM = 1.25;
/**
 * At most 1,5 × its drawn width on screen: the narrow drawing's 12 px text stays at most 18 px on a
 * tablet held upright.
 */
const NARROW_MAX_SCALE = 1.5;

/**
 * `figureWidth`: the report's figure width in CSS px. Below a window of that width plus the padding,
 * the wide drawing would be scaled below its 12 px text: the narrow one (MIN_WIDTH) is shown instead.
 */
export function reportCss(figureWidth: number = DEFAULT_WIDTH): string {
  const narrowBelow = figureWidth / 16 + 2 * BODY_PADDING_REM;
  return `
:root { color-scheme: light dark; --ink: #1b1b1b; --paper: #ffffff; --muted: #555555; --line: #c8c8c8; --accent: #0b5394; --warn-bg: #fff4ce; --warn-ink: #3d2e00; --warn-line: #b78a00; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e8e8; --paper: #121212; --muted: #b0b0b0; --line: #4a4a4a; --accent: #8cc4ff; --warn-bg: #3a2f05; --warn-ink: #ffeaa0; --warn-line: #d6a400; }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 62rem; padding: 1rem ${BODY_PADDING_REM}rem 3rem; font: 1rem/1.55 system-ui, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.75rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 0.75rem; padding-top: 0.5rem; border-top: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; }
.skip:focus { left: 1rem; background: var(--paper); padding: 0.5rem; z-index: 1; }
.example { background: var(--warn-bg); color: var(--warn-ink); border: 2px solid var(--warn-line); border-left-width: 8px; padding: 0.75rem 1rem; margin: 1rem 0; font-weight: 600; }
.meta { color: var(--muted); }
nav ol { columns: 2; padding-left: 1.25rem; }
.findings { padding-left: 1.25rem; }
.findings li { margin-bottom: 0.75rem; }
figure { margin: 1.5rem 0 2rem; }
figure svg { width: 100%; height: auto; }
.figure-narrow { display: none; max-width: ${(MIN_WIDTH * NARROW_MAX_SCALE) / 16}rem; }
@media screen and (max-width: ${narrowBelow - 0.01}rem) {
  .figure-wide { display: none; }
  .figure-narrow { display: block; }
}
figcaption { font-size: 0.95rem; color: var(--muted); margin-top: 0.25rem; }
details { margin: 0.5rem 0 1rem; }
summary { cursor: pointer; color: var(--accent); }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.6rem; vertical-align: top; text-align: left; }
th[scope="col"] { border-bottom: 2px solid var(--ink); }
.num { text-align: right; white-space: nowrap; }
.method li, .caveats li { margin-bottom: 0.5rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  :root { --ink: #000; --paper: #fff; --muted: #333; --line: #999; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav, .skip { display: none; }
  h2 { break-before: page; border-top: none; }
  figure, table, .example { break-inside: avoid; }
  details > summary { display: none; }
  a { color: inherit; text-decoration: none; }
}
${figureStyles()}
`;
}
