// loadGraph for a server. A graph the store kept for unchanged sources is loaded in this thread,
// in slices between requests (`runSteps`): sending it across threads would build it twice.
// Anything else happens in a worker thread (reading, extraction, assembly, the store's save);
// this thread only adds its graph batch by batch, between its requests. Where no compiled
// worker sits beside this module (the tests run the TypeScript sources) it builds here.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HeapLimitError, workerHeapError } from '../heap-guard.js';
import type { BuildMessage, BuildRequest } from './build-worker.js';
import { DEFAULT_WORKERS } from './extract-pool.js';
import { graphFromHeader } from './graph-transfer.js';
import type { StepRunner } from './graph-file.js';
import { loadGraph, loadUnchangedGraph, type LoadedGraph } from './load-graph.js';

const WORKER_FILE = new URL('./build-worker.js', import.meta.url);

/** What a build says of itself, besides its graph. */
export type BuildReport = Pick<LoadedGraph, 'summary' | 'diagnostics' | 'skipped' | 'builtAt'>;

export type ServedBuild = BuildReport & Pick<LoadedGraph, 'graph'>;

export async function buildInWorker(
  request: BuildRequest,
  runSteps?: StepRunner,
): Promise<ServedBuild> {
  const options = { workers: DEFAULT_WORKERS, ...request };
  const unchanged = await loadUnchangedGraph(options, runSteps);
  if (unchanged) return unchanged;
  if (!existsSync(fileURLToPath(WORKER_FILE))) return loadGraph(options);
  const worker = new Worker(WORKER_FILE);
  try {
    return await new Promise<ServedBuild>((resolve, reject) => {
      let built: (ServedBuild & { add: ReturnType<typeof graphFromHeader>['add'] }) | undefined;
      const askNext = () => setImmediate(() => worker.postMessage('next'));
      worker.on('message', (message: BuildMessage) => {
        switch (message.kind) {
          case 'built': {
            const { graph, add } = graphFromHeader(message.header);
            built = { ...message.report, graph, add };
            return askNext();
          }
          case 'batch':
            built?.add(message.batch);
            return askNext();
          case 'end': {
            if (!built) return reject(new Error('build worker: the graph ended before it began'));
            const { summary, diagnostics, skipped, builtAt, graph } = built;
            return resolve({ summary, diagnostics, skipped, builtAt, graph });
          }
          case 'failed': {
            const error = `build worker: ${message.error}`;
            const { heap } = message;
            return reject(
              heap ? new HeapLimitError(error, heap.stage, heap.reading) : new Error(error),
            );
          }
        }
      });
      worker.once('error', (error) => reject(workerHeapError(error, 'the build thread')));
      worker.once('exit', (code) => reject(new Error(`build worker stopped (exit code ${code})`)));
      worker.postMessage(options satisfies BuildRequest);
    });
  } finally {
    await worker.terminate();
  }
}
