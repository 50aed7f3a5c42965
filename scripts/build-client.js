// Bundles the browser islands (src/web/*.ts entry points) into dist/web/ and copies the CSS, every file
// under a content-hashed name (esbuild's `[name]-[hash]` for scripts and any chunks they share; the
// first 8 hex digits of SHA-256 for style sheets) with its brotli (`.br`, best quality) and gzip
// (`.gz`, level 9) versions beside it, and writes dist/web/manifest.json from each entry's plain name
// to its hashed one. A new island in src/web is picked up, hashed and linked (through the manifest)
// without further changes.
//
// Each island is one classic script (an IIFE, no `import`, no shared chunks), loaded with `defer`: a
// browser runs classic scripts from a page opened as a file (file://, a static export unzipped and
// double-clicked), where it refuses module scripts (origin `null`, audit 8 finding 2).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const src = new URL('../src/web/', import.meta.url);
// dist/web/, or the folder given (`node scripts/build-client.js DIR`: the island-size test builds into
// a folder of its own); either is emptied first.
const out = process.argv[2]
  ? pathToFileURL(`${resolve(process.argv[2])}/`)
  : new URL('../dist/web/', import.meta.url);
// A folder given by hand is emptied only when it is empty or holds a former build (its manifest):
// `node scripts/build-client.js .` must not wipe the working folder.
if (
  process.argv[2] &&
  existsSync(out) &&
  readdirSync(out).length > 0 &&
  !existsSync(new URL('manifest.json', out))
) {
  console.error(`build-client: ${fileURLToPath(out)} is not empty and holds no former build; not emptied`);
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const files = existsSync(src) ? readdirSync(src) : [];
const entries = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

/**
 * The browser needs the thesaurus' groups, terms, phrases and weak words, not the prose that says why
 * each group holds (`why`, `searchTermsWhy`, the notes: some 10 KB of English): the islands get the JSON with that prose
 * emptied, the same shape, so the same core code reads it. The server and CLI read the file whole.
 */
const thesaurusWithoutProse = {
  name: 'thesaurus-without-prose',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]config[\\/]thesaurus\.json$/ }, (args) => {
      const json = JSON.parse(readFileSync(args.path, 'utf8'));
      // Every note and every group's reasons (`why`, `searchTermsWhy`): the search-only notes were
      // left in until session 27, some 2 KB of the island.
      for (const key of Object.keys(json)) if (key.endsWith('Note') || key === 'note') json[key] = '';
      for (const group of json.groups) {
        group.why = '';
        if ('searchTermsWhy' in group) group.searchTermsWhy = '';
      }
      return { contents: JSON.stringify(json), loader: 'json' };
    });
  },
};

const manifest = {};
if (entries.length > 0) {
  const result = await build({
    plugins: [thesaurusWithoutProse],
    entryPoints: entries.map((f) => fileURLToPath(new URL(f, src))),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outdir: fileURLToPath(out),
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'error',
  });
  for (const [output, info] of Object.entries(result.metafile.outputs)) {
    if (info.entryPoint)
      manifest[`${info.entryPoint.split('/').pop().replace(/\.ts$/, '')}.js`] = output.split('/').pop();
  }
}
for (const f of files.filter((f) => f.endsWith('.css'))) {
  const bytes = readFileSync(new URL(f, src));
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8);
  manifest[f] = `${f.slice(0, -'.css'.length)}-${hash}.css`;
  writeFileSync(new URL(manifest[f], out), bytes);
}

for (const name of readdirSync(out)) {
  const bytes = readFileSync(new URL(name, out));
  writeFileSync(
    new URL(`${name}.br`, out),
    brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
  );
  writeFileSync(new URL(`${name}.gz`, out), gzipSync(bytes, { level: 9 }));
}
const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(new URL('manifest.json', out), `${JSON.stringify(sorted, null, 2)}\n`);
