/**
 * The browser assets under content-hashed names. `npm run build` (scripts/build-client.js) writes each
 * island and style sheet as `name-HASH.ext` with `.br` and `.gz` beside it and a manifest from the
 * plain name to the hashed one; the figures' style sheet and the icon are made from code here and
 * named by the hash of their bytes. Pages link the hashed names (through `Links`), which never change
 * content, so they are sent with `Cache-Control: immutable`; the plain names keep working with a short
 * cache. Without a build (tests from the sources) the style sheet comes from src/web under its plain
 * name.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as z from 'zod';
import { packagePath } from '../package-root.js';

/** The file the build writes beside the assets: plain name → hashed name. */
export const ASSET_MANIFEST = 'manifest.json';

/** The build's manifest, as it is read back. */
const AssetManifest = z.record(z.string(), z.string());

/** One asset as sent: its bytes and, where made, the same bytes compressed. */
export interface AssetFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array;
  readonly br: Uint8Array | undefined;
  readonly gzip: Uint8Array | undefined;
  /** Named by its content: may be cached for good. */
  readonly immutable: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/** `name.ext` → `name-HASH.ext`, HASH the first 8 hex digits of SHA-256 of the content. */
export function hashedName(name: string, bytes: Uint8Array): string {
  const dot = name.lastIndexOf('.');
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  return `${name.slice(0, dot)}-${hash}${name.slice(dot)}`;
}

export class AssetCatalog {
  readonly #dir: string;
  /** Plain name → hashed name. */
  readonly #hashed = new Map<string, string>();
  /** Hashed name → plain name. */
  readonly #plain = new Map<string, string>();
  readonly #generated = new Map<string, Uint8Array>();
  readonly #files = new Map<string, AssetFile | undefined>();

  /** `generated`: assets made from code (plain name → content). */
  constructor(dir: string, generated: Readonly<Record<string, string>>) {
    this.#dir = dir;
    const manifest = join(dir, ASSET_MANIFEST);
    if (existsSync(manifest)) {
      const names = AssetManifest.parse(JSON.parse(readFileSync(manifest, 'utf8')));
      for (const [plain, hashed] of Object.entries(names)) this.#add(plain, hashed);
      // Chunks the islands share are hashed by the build too, but linked by the islands, not by pages.
      const hashed = new Set(Object.values(names));
      for (const file of readdirSync(dir))
        if (/\.(js|css)$/.test(file) && !hashed.has(file)) this.#plain.set(file, file);
    }
    for (const [plain, content] of Object.entries(generated)) {
      const bytes = new TextEncoder().encode(content);
      const hashed = hashedName(plain, bytes);
      this.#generated.set(hashed, bytes);
      this.#add(plain, hashed);
    }
  }

  #add(plain: string, hashed: string): void {
    this.#hashed.set(plain, hashed);
    this.#plain.set(hashed, plain);
  }

  /** The name to link for an asset: hashed when known, else the plain name. */
  linkName(plain: string): string {
    return this.#hashed.get(plain) ?? plain;
  }

  /** Every hashed name (what the static export writes besides the plain names). */
  hashedNames(): string[] {
    return [...this.#plain.keys()];
  }

  /** Plain names of the assets the build made (islands and style sheets) and the generated ones. */
  plainNames(): string[] {
    return [...this.#hashed.keys()];
  }

  /** The asset under a hashed or plain name, or undefined. Read once and kept. */
  file(name: string): AssetFile | undefined {
    if (this.#files.has(name)) return this.#files.get(name);
    const file = this.#load(name);
    this.#files.set(name, file);
    return file;
  }

  #load(name: string): AssetFile | undefined {
    const type = TYPES[name.slice(name.lastIndexOf('.') + 1)];
    if (!type) return undefined;
    const plain = this.#plain.get(name);
    const hashed = plain === undefined ? this.#hashed.get(name) : name;
    const immutable = plain !== undefined;
    if (hashed !== undefined) {
      const generated = this.#generated.get(hashed);
      if (generated) return { name, type, bytes: generated, ...compress(generated), immutable };
      const bytes = readOptional(join(this.#dir, hashed));
      if (!bytes) return undefined;
      const br = readOptional(join(this.#dir, `${hashed}.br`));
      const gzip = readOptional(join(this.#dir, `${hashed}.gz`));
      return { name, type, bytes, ...(br && gzip ? { br, gzip } : compress(bytes)), immutable };
    }
    // No build: plain files from the assets folder, the style sheet from the sources.
    const places = [join(this.#dir, name)];
    if (name.endsWith('.css')) places.push(packagePath('src', 'web', name));
    for (const place of places) {
      const bytes = readOptional(place);
      if (bytes) return { name, type, bytes, ...compress(bytes), immutable: false };
    }
    return undefined;
  }
}

function readOptional(path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Brotli at its best quality and gzip at level 9: done once per asset. */
export function compress(bytes: Uint8Array): { br: Uint8Array; gzip: Uint8Array } {
  return {
    br: new Uint8Array(
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    ),
    gzip: new Uint8Array(gzipSync(bytes, { level: 9 })),
  };
}
