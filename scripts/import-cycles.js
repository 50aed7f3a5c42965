#!/usr/bin/env node
/**
 * Fails when modules under src/ import each other in a cycle at run time. Only what runs counts: a
 * static `import … from` or `export … from` whose clause is not `import type`/`export type` (under
 * `verbatimModuleSyntax` an `import { type A }` still loads its module); dynamic `import()` loads
 * lazily and is left out. Each cycle is printed as the chain of files that closes it.
 *
 * A madge-like check instead of eslint-plugin-import's `no-cycle`: it needs no other package, reads
 * each file once with TypeScript's parser, about 2.5 s of CPU for src/ (`npm run lint` runs it after
 * ESLint).
 *
 *   node scripts/import-cycles.js [folder …]   (default: src)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folders = process.argv.length > 2 ? process.argv.slice(2) : ['src'];

/** Every .ts and .tsx file under `folder`. */
function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file a relative specifier names (`./x.js` is written for `./x.ts` or `./x.tsx`), if any. */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/** The modules `file` loads when it runs. */
export function runtimeImports(file, text = readFileSync(file, 'utf8')) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const targets = [];
  for (const statement of source.statements) {
    let specifier;
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly)
      specifier = statement.moduleSpecifier;
    else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly)
      specifier = statement.moduleSpecifier;
    if (specifier && ts.isStringLiteral(specifier)) {
      const target = resolveSpecifier(file, specifier.text);
      if (target) targets.push(target);
    }
  }
  return targets;
}

/** The strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function importCycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file), index.get(target)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** One chain through a component, from its first file back to it (breadth first, shortest). */
function chainOf(component, graph) {
  const members = new Set(component);
  const [start] = component;
  const previous = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const chain = [file];
        while (previous.get(chain[0]) !== undefined) chain.unshift(previous.get(chain[0]));
        return [...chain, start];
      }
      if (!previous.has(target)) {
        previous.set(target, file);
        queue.push(target);
      }
    }
  }
  return component;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const graph = new Map();
  for (const folder of folders)
    for (const file of sourceFiles(resolve(root, folder))) graph.set(file, runtimeImports(file));
  const cycles = importCycles(graph);
  for (const component of cycles) {
    const chain = chainOf(component, graph).map((file) => relative(root, file));
    console.error(`Import cycle (${component.length} files): ${chain.join(' → ')}`);
  }
  if (cycles.length > 0) {
    console.error('Break each cycle: move what both sides need into a module of its own.');
    process.exit(1);
  }
  console.log(`No import cycles among ${graph.size} files (${folders.join(', ')}).`);
}
