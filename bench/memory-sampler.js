// Preloaded with `node --import ./bench/memory-sampler.js …`: samples process.memoryUsage() every 50 ms
// and keeps the peaks (MB) in the file named by MEMORY_PEAKS, rewritten whole on each sample. SIGUSR2
// starts the measured window afresh (bench/export-memory.sh sends it just before the export).
import { renameSync, writeFileSync } from 'node:fs';
import { setInterval } from 'node:timers';

const out = process.env.MEMORY_PEAKS;
const KEYS = ['rss', 'heapUsed', 'heapTotal', 'external', 'arrayBuffers'];
let peak = Object.fromEntries(KEYS.map((key) => [key, 0]));
process.on('SIGUSR2', () => {
  peak = Object.fromEntries(KEYS.map((key) => [key, 0]));
});
setInterval(() => {
  const now = process.memoryUsage();
  for (const key of KEYS) peak[key] = Math.max(peak[key], now[key]);
  if (!out) return;
  const megabytes = Object.fromEntries(KEYS.map((key) => [key, Math.round(peak[key] / 104857.6) / 10]));
  writeFileSync(`${out}.tmp`, JSON.stringify(megabytes));
  renameSync(`${out}.tmp`, out);
}, 50).unref();
