// Bundles the command line (src/node/cli/main.ts and its workers) into dist/cli/ with esbuild, so that
// a command loads a few files instead of some two hundred modules: `werkbalans analyse` starts in a
// fraction of the time. Each command stays a chunk of its own, loaded when it runs. Packages of the
// analyse path and of the server's pages are bundled (tree-shaken): `serve` loaded some 480 module files
// (linkedom, Plot and d3, hono, write-excel-file …) one by one, which took longer than opening the
// store. Packages with native code or WebAssembly and file lookups of their own (PGlite, resvg, pg)
// stay ordinary imports from node_modules.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Packages bundled into dist/cli; any package they import is bundled with them. */
const BUNDLED = new Set([
  'commander',
  'csv-parse',
  'zod',
  'cli-progress',
  'd3-array',
  'fflate',
  'read-excel-file',
  'hono',
  '@hono/node-server',
  '@hono/zod-validator',
  '@observablehq/plot',
  'linkedom',
  'write-excel-file',
  'minisearch',
  '@orama/stemmers',
]);

const out = new URL('../dist/cli/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { external: true };
      if (args.importer.includes('/node_modules/')) return undefined;
      return BUNDLED.has(packageName(args.path)) ? undefined : { external: true };
    });
  },
};

const shared = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.WERKBALANS_BUNDLE_DEBUG !== '1',
  outdir: out,
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS packages (cli-progress) call require() for Node's own modules.
  banner: {
    js: "import{createRequire as __wbRequire}from'node:module';const require=__wbRequire(import.meta.url);",
  },
  plugins: [externalPackages],
};

const result = await build({
  ...shared,
  entryPoints: {
    main: 'src/node/cli/main.ts',
    'simulation-worker': 'src/node/simulation/simulation-worker.ts',
    'png-worker': 'src/node/render/png-worker.ts',
    'parse-worker': 'src/node/import/parse-worker.ts',
  },
  chunkNames: '[name]-[hash]',
});
writeFileSync(new URL('meta.json', `file://${out}`), JSON.stringify(result.metafile));

// `werkbalans analyse` on its own (src/node/cli/analyse-entry.ts, loaded by bin/werkbalans.js): a build
// of its own, so that everything a run needs is one file (a few dozen modules loaded one by one cost
// more than the analysis of a small table); what only some runs need (the xlsx reader, csv-parse for
// quoted text, the progress bar, the validator) stays in chunks of their own, loaded when used. It
// shares the worker and the index configuration snapshot with the build above.
//
// Node's own modules come in through `require` here, not `import`: importing a built-in module as an
// ES module makes Node build an ES facade of it that reads every export, and the facade of node:fs
// reads `fs.ReadStream`, which loads the whole streams implementation (about 9 ms of a run's start,
// before its first draw). `require` hands over the module object as it is; esbuild's `__toESM` reads
// an export only when the code uses it. The banner's `require` (createRequire) does the loading.
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => {
      if (args.namespace === 'builtin-require' || args.path === 'node:module') return { external: true };
      return { path: args.path, namespace: 'builtin-require' };
    });
    build.onLoad({ filter: /.*/, namespace: 'builtin-require' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
  },
};
const analyseBuild = await build({
  ...shared,
  plugins: [builtinsByRequire, ...shared.plugins],
  entryPoints: { 'analyse-cli': 'src/node/cli/analyse-entry.ts' },
  chunkNames: 'analyse-lazy-[name]-[hash]',
});
writeFileSync(new URL('meta-analyse.json', `file://${out}`), JSON.stringify(analyseBuild.metafile));

// The bundled index configuration, validated now by the compiled modules (tsc ran first): `analyse`
// then starts without loading the validator (src/node/index-config-snapshot.ts).
const { indexConfigSnapshot, INDEX_CONFIG_SNAPSHOT } =
  await import('../dist/src/node/index-config-snapshot.js');
const { readIndexConfig } = await import('../dist/src/node/config-file.js');
const indices = new URL('../config/indices.json', import.meta.url).pathname;
writeFileSync(
  new URL(INDEX_CONFIG_SNAPSHOT, `file://${out}`),
  JSON.stringify(indexConfigSnapshot(indices, readIndexConfig)),
);

// The id of this build's code: the server keeps computed analyses under a key that holds it
// (src/node/server/analysis-cache.ts), so a rebuilt analysis never reads a result of the code before.
const buildHash = createHash('sha256');
for (const name of readdirSync(out)
  .filter((n) => n.endsWith('.js'))
  .sort())
  buildHash.update(name).update(readFileSync(new URL(name, `file://${out}`)));
writeFileSync(new URL('build-id.txt', `file://${out}`), `${buildHash.digest('hex')}\n`);
