/** Worker thread of the PNG pool: SVG strings in, PNG bytes out (parse, render and encode off the main thread). */
import { parentPort } from 'node:worker_threads';
import { renderPng } from './png.js';

const port = parentPort;
if (port)
  port.on('message', (job: { readonly id: number; readonly svg: string; readonly scale: number }) => {
    const png = renderPng(job.svg, job.scale);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    port.postMessage({ id: job.id, png: bytes }, [bytes.buffer as ArrayBuffer]);
  });
