// layoutGraph in a worker thread: the same positions, computed while this thread serves. Where no
// compiled worker sits beside this module (the tests run the TypeScript sources) it lays out here.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { layOut, layoutInputOf, positionsFrom, type LaidOut, type Positions } from './layout.js';

const WORKER_FILE = new URL('./layout-worker.js', import.meta.url);

export async function layoutInWorker(graph: KnowledgeGraph): Promise<Positions> {
  const input = layoutInputOf(graph);
  if (input.iterations === 0 || !existsSync(fileURLToPath(WORKER_FILE))) {
    return positionsFrom(input.keys, layOut(input));
  }
  const worker = new Worker(WORKER_FILE);
  try {
    const laidOut = await new Promise<LaidOut>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`layout worker stopped (exit code ${code})`)));
      worker.postMessage(input, [input.sizes.buffer, input.edges.buffer]);
    });
    return positionsFrom(input.keys, laidOut);
  } finally {
    await worker.terminate();
  }
}
