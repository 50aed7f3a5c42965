// `npm run bench`: every benchmark in turn, each a separate process so one cannot warm up another.
// Pass names to run only some: `npm run bench -- monte-carlo figures`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALL = ['monte-carlo', 'start', 'figures', 'web', 'ideas', 'facets', 'mask', 'clusters'];
const wanted = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL;
let failed = 0;
for (const name of wanted) {
  const file = new URL(`./${name}.js`, import.meta.url);
  if (!existsSync(file)) {
    console.log(`(benchmark ${name}: not present)`);
    continue;
  }
  console.log(`\n== ${name} ==`);
  const result = spawnSync(process.execPath, [file.pathname], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
