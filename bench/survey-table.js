// A seeded synthetic survey table of P professions in the long format (all ten index components and
// both outcomes, each with 95% bounds), for the Monte Carlo benchmarks at 24, 96 and 240 professions.
import { writeFileSync } from 'node:fs';

const COMPONENTS = [
  'loopbaanperspectief',
  'ontwikkelmogelijkheden',
  'invloed_inhoud',
  'autonomie',
  'steun_leidinggevende',
  'werkdruk',
  'agressie_extern',
  'agressie_intern',
  'tijd_verslaglegging',
  'tijd_registratie',
  'tevreden_werk',
  'tevreden_organisatie',
];

/** Writes the table to `file`: values 15–85, interval half-widths 2–8 points (as CBS tables have). */
export function writeSurveyTable(file, professions, seed = 1) {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines = ['beroep,indicator,waarde,ondergrens,bovengrens,periode'];
  for (let p = 1; p <= professions; p++) {
    const name = `Beroep ${String(p).padStart(3, '0')}`;
    for (const indicator of COMPONENTS) {
      const value = 15 + 70 * uniform();
      const half = 2 + 6 * uniform();
      const fixed = (x) => x.toFixed(1);
      lines.push(
        [
          name,
          indicator,
          fixed(value),
          fixed(Math.max(0, value - half)),
          fixed(Math.min(100, value + half)),
          '2024KW04',
        ].join(','),
      );
    }
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}
