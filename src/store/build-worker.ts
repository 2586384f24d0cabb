// The worker thread of a served build (build-in-worker.ts): reads the sources, extracts (in
// this thread or its own pool), assembles the graph, saves the store, then sends the graph back
// one batch each time the serving thread asks for the next.

import { parentPort } from 'node:worker_threads';
import { HeapLimitError } from '../heap-guard.js';
import { graphBatches, graphHeader, type GraphBatch, type GraphHeader } from './graph-transfer.js';
import { loadGraph, type LoadOptions } from './load-graph.js';
import type { BuildReport } from './build-in-worker.js';

export type BuildRequest = Omit<LoadOptions, 'onProgress' | 'heapCheck'>;

export type BuildMessage =
  | { readonly kind: 'built'; readonly report: BuildReport; readonly header: GraphHeader }
  | { readonly kind: 'batch'; readonly batch: GraphBatch }
  | { readonly kind: 'end' }
  | {
      readonly kind: 'failed';
      readonly error: string;
      /** Set when the build stopped near the heap limit: the serving thread says it as such. */
      readonly heap?: Pick<HeapLimitError, 'stage' | 'reading'>;
    };

const port = parentPort;

port?.once('message', (request: BuildRequest) => {
  loadGraph(request).then(
    (loaded) => {
      const { header, transfer } = graphHeader(loaded.graph);
      const batches = graphBatches(loaded.graph);
      const { summary, diagnostics, skipped, builtAt } = loaded;
      const report: BuildReport = { summary, diagnostics, skipped, builtAt };
      port.on('message', () => {
        const next = batches.next();
        port.postMessage(
          (next.done
            ? { kind: 'end' }
            : { kind: 'batch', batch: next.value }) satisfies BuildMessage,
        );
      });
      port.postMessage({ kind: 'built', report, header } satisfies BuildMessage, transfer);
    },
    // an error crosses the thread as its message: a cloned Error may arrive as a bare object
    (error: unknown) =>
      port.postMessage(
        (error instanceof HeapLimitError
          ? {
              kind: 'failed',
              error: error.message,
              heap: { stage: error.stage, reading: error.reading },
            }
          : {
              kind: 'failed',
              error: error instanceof Error ? (error.stack ?? error.message) : String(error),
            }) satisfies BuildMessage,
      ),
  );
});
