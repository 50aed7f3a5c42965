import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentHash,
  readManifest,
  removeStaleOutputs,
  writeManifest,
} from '../../../src/node/render/output-manifest.js';

const folder = () => mkdtempSync(join(tmpdir(), 'werkbalans-manifest-'));
const NAME = '.manifest.json';

describe('output manifest: a later run removes only what an earlier run wrote', () => {
  it('reads back what it wrote, names in order', () => {
    const dir = folder();
    writeManifest(
      dir,
      NAME,
      'figures',
      new Map([
        ['b.svg', 'h2'],
        ['a.svg', 'h1'],
      ]),
    );
    expect([...readManifest(dir, NAME, 'figures')]).toEqual([
      ['a.svg', 'h1'],
      ['b.svg', 'h2'],
    ]);
  });

  it('trusts no manifest that is missing, broken or of another kind, and no name that is a path', () => {
    const dir = folder();
    expect(readManifest(dir, NAME, 'figures').size).toBe(0);
    writeFileSync(join(dir, NAME), '{niet json');
    expect(readManifest(dir, NAME, 'figures').size).toBe(0);
    writeFileSync(join(dir, NAME), JSON.stringify({ werkbalans: 'build', files: { 'a.svg': 'h' } }));
    expect(readManifest(dir, NAME, 'figures').size).toBe(0);
    const files = {
      '../buiten.svg': 'h',
      'map/a.svg': 'h',
      '/etc/passwd': 'h',
      '.': 'h',
      [NAME]: 'h',
      'ok.png': 'h',
      'x.svg': 3,
    };
    writeFileSync(join(dir, NAME), JSON.stringify({ werkbalans: 'figures', files }));
    expect([...readManifest(dir, NAME, 'figures').keys()]).toEqual(['ok.png']);
  });

  it('removes a listed file not written again when unchanged; keeps it when changed, a link or a folder', () => {
    const dir = folder();
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return [name, contentHash(text)] as const;
    };
    const previous = new Map([
      write('weg.svg', '<svg>oud</svg>'),
      write('opnieuw.svg', '<svg>oud</svg>'),
      write('bewerkt.svg', '<svg>oud</svg>'),
      ['link.svg', contentHash('x')] as const,
      ['map.svg', contentHash('x')] as const,
      ['verdwenen.svg', contentHash('x')] as const,
    ]);
    writeFileSync(join(dir, 'bewerkt.svg'), '<svg>van de gebruiker</svg>');
    writeFileSync(join(dir, 'doel.txt'), 'x');
    symlinkSync(join(dir, 'doel.txt'), join(dir, 'link.svg'));
    mkdirSync(join(dir, 'map.svg'));
    writeFileSync(join(dir, 'eigen.svg'), '<svg/>');
    const written = new Map([write('opnieuw.svg', '<svg>nieuw</svg>'), write('nieuw.svg', '<svg/>')]);
    expect(removeStaleOutputs(dir, previous, written)).toEqual({
      removed: ['weg.svg'],
      kept: ['bewerkt.svg', 'link.svg', 'map.svg'],
    });
    for (const kept of [
      'opnieuw.svg',
      'bewerkt.svg',
      'link.svg',
      'doel.txt',
      'map.svg',
      'eigen.svg',
      'nieuw.svg',
    ])
      expect(existsSync(join(dir, kept)), kept).toBe(true);
    expect(existsSync(join(dir, 'weg.svg'))).toBe(false);
  });
});
