/**
 * Renders many PNGs at once on worker threads, one per core: resvg's parse, render and PNG encoding
 * all leave the main thread, which meanwhile builds the next figures. Falls back to libuv's thread pool
 * when the compiled worker is not there (running from TypeScript sources in tests).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PNG_SCALE, renderPngAsync } from './png.js';
import { itemAt } from '../../core/contract/item-at.js';

const MAX_WORKERS = 4;

export interface PngPool {
  render(svg: string, scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

export function createPngPool(size = Math.min(MAX_WORKERS, availableParallelism())): PngPool {
  const script = new URL('./png-worker.js', import.meta.url);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) {
    return { render: (svg, scale) => renderPngAsync(svg, scale), close: async () => {} };
  }
  const workers = Array.from({ length: Math.max(1, size) }, () => new Worker(script));
  const pending = new Map<number, { resolve: (png: Buffer) => void; reject: (error: unknown) => void }>();
  const load = workers.map(() => 0);
  let next = 0;
  workers.forEach((worker, w) => {
    worker.on('message', ({ id, png }: { id: number; png: Uint8Array }) => {
      load[w] = itemAt(load, w) - 1;
      pending.get(id)?.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      pending.delete(id);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
  });
  return {
    render(svg, scale = PNG_SCALE) {
      const id = next++;
      const w = load.indexOf(Math.min(...load));
      load[w] = itemAt(load, w) + 1;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        itemAt(workers, w).postMessage({ id, svg, scale });
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
