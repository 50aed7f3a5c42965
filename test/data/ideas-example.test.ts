/**
 * The bundled example ideas (data/ideeen-voorbeeld.csv) measured against the coverage they are meant
 * to have, so the claims in the docs and the issue are counted, not asserted by hand.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BRANCHES } from '../../src/core/contract/branches.js';
import { BRIDGE } from '../../src/core/contract/bridge-config.js';
import { PROFESSIONS, type Profession } from '../../src/core/contract/professions.js';
import { PROVINCES } from '../../src/core/contract/provinces.js';
import { maskPersonalData } from '../../src/core/ideas/mask.js';

const HEADER = ['id', 'tekst', 'thema', 'soort', 'branche', 'provincie', 'beroep'] as const;
type Row = Record<(typeof HEADER)[number], string>;

const text = readFileSync('data/ideeen-voorbeeld.csv', 'utf8');
const records = parse(text, { bom: true });
const rows: Row[] = records
  .slice(1)
  .map((cells) => Object.fromEntries(HEADER.map((name, i) => [name, cells[i] ?? ''])) as Row);
const themeLabels = (
  JSON.parse(readFileSync('config/themes.json', 'utf8')) as { themes: { label: string }[] }
).themes.map((theme) => theme.label);
const MAIN_THEMES = ['Administratieve lasten', 'Vertrouwen en professionele ruimte', 'Brede kijk op mens en zorg'];
const themesOf = (row: Row) => row.thema.split(';').map((theme) => theme.trim());

/** How often each value occurs, blanks left out. */
function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('the example ideas file', () => {
  it('has the contract header and seven cells in every row', () => {
    expect(records[0]).toEqual([...HEADER]);
    for (const cells of records) expect(cells).toHaveLength(HEADER.length);
    expect(JSON.parse(readFileSync('data/ideeen-voorbeeld.meta.json', 'utf8'))).toMatchObject({ example: true });
  });

  it('holds at least 170 ideas with unique ids and no duplicated text', () => {
    expect(rows.length).toBeGreaterThanOrEqual(170);
    for (const row of rows) expect(row.id).toMatch(/^idee-\d{4}$/);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const normalised = rows.map((r) => r.tekst.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(new Set(normalised).size).toBe(rows.length);
  });

  it('gives every idea one to four sentences of varied length', () => {
    for (const row of rows) {
      const sentences = row.tekst.match(/[.!?](?=\s|$)/g) ?? [];
      expect(sentences.length, row.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, row.id).toBeLessThanOrEqual(4);
    }
    const lengths = rows.map((r) => r.tekst.length);
    expect(Math.min(...lengths)).toBeLessThan(110);
    expect(Math.max(...lengths)).toBeGreaterThan(220);
  });

  it('uses only the four kinds, each of them', () => {
    const kinds = tally(rows.map((r) => r.soort));
    expect([...kinds.keys()].sort()).toEqual(['kans', 'knelpunt', 'voorstel', 'wens']);
    for (const count of kinds.values()) expect(count).toBeGreaterThanOrEqual(20);
  });

  it('tags one to three known themes per idea: the three main themes often, every other at least six times', () => {
    for (const row of rows) {
      const themes = themesOf(row);
      expect(themes.length, row.id).toBeGreaterThanOrEqual(1);
      expect(themes.length, row.id).toBeLessThanOrEqual(3);
      expect(new Set(themes).size, row.id).toBe(themes.length);
      for (const theme of themes) expect(themeLabels, row.id).toContain(theme);
    }
    const counts = tally(rows.flatMap(themesOf));
    const others = themeLabels.filter((label) => !MAIN_THEMES.includes(label));
    expect(others.length).toBeGreaterThanOrEqual(5);
    for (const main of MAIN_THEMES) {
      expect(counts.get(main) ?? 0, main).toBeGreaterThanOrEqual(30);
      for (const other of others) expect(counts.get(main)!, `${main} vs ${other}`).toBeGreaterThan(counts.get(other) ?? 0);
    }
    for (const other of others) expect(counts.get(other) ?? 0, other).toBeGreaterThanOrEqual(6);
  });

  it('covers every one of the 10 branches at least eight times, with exact labels', () => {
    const counts = tally(rows.map((r) => r.branche));
    for (const row of rows) expect(BRANCHES as readonly string[], row.id).toContain(row.branche);
    for (const branch of BRANCHES) expect(counts.get(branch) ?? 0, branch).toBeGreaterThanOrEqual(8);
  });

  it('covers all 12 provinces with exact labels, and leaves the province out of some ideas', () => {
    const counts = tally(rows.map((r) => r.provincie));
    for (const province of counts.keys()) expect(PROVINCES as readonly string[]).toContain(province);
    expect(counts.size).toBe(12);
    expect(rows.filter((r) => r.provincie === '').length).toBeGreaterThan(0);
  });

  it('names at least 20 of the 23 professions exactly, leaves it out of some, and only in branches that employ them', () => {
    const counts = tally(rows.map((r) => r.beroep));
    for (const profession of counts.keys()) expect(PROFESSIONS as readonly string[]).toContain(profession);
    expect(counts.size).toBeGreaterThanOrEqual(20);
    expect(rows.filter((r) => r.beroep === '').length).toBeGreaterThan(0);
    for (const row of rows.filter((r) => r.beroep !== '')) {
      expect(BRIDGE.professions[row.beroep as Profession], `${row.id}: ${row.beroep}`).toContain(row.branche);
    }
  });

  it('uses different forms of the same Dutch words, so search can be tested on word families', () => {
    const families: Record<string, RegExp[]> = {
      patiënt: [/\bpatiënt\b/i, /\bpatiënten\b/i, /\bpatiëntenzorg\b/i],
      overleg: [/\boverleg\b/i, /\boverleggen\b/i, /\bteamoverleg\b/i],
      planning: [/\bplanning\b/i, /\bplanningen\b/i, /\broosterplanning\b/i],
      registratie: [/\bregistratie\b|\bregistraties\b/i, /\bregistreren\b/i, /\bdubbele registraties\b/i],
      administratie: [/\badministratie\b/i, /\badministratieve\b/i],
      cliënt: [/\bcliënt\b/i, /\bcliënten\b/i],
      verslag: [/\bverslaglegging\b/i, /\bverslag\b/i],
    };
    for (const [family, forms] of Object.entries(families)) {
      for (const form of forms) {
        expect(rows.some((r) => form.test(r.tekst)), `${family}: ${form}`).toBe(true);
      }
    }
  });

  it('contains personal data for the importer to mask in at most five ideas', () => {
    const masked = rows.filter((r) => Object.keys(maskPersonalData(r.tekst).masked).length > 0);
    expect(masked.length).toBeGreaterThanOrEqual(3);
    expect(masked.length).toBeLessThanOrEqual(5);
    const kinds = new Set(masked.flatMap((r) => Object.keys(maskPersonalData(r.tekst).masked)));
    expect([...kinds].sort()).toEqual(['email', 'phone', 'url']);
  });
});
