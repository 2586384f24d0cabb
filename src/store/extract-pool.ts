// Extraction on every core: documents go in batches to worker threads; results come back in
// document order, so a parallel build is byte-identical to a sequential one.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractDocument } from '../pipeline.js';
import type { SourceDocument } from '../types.js';
import type { ExtractRequest, ExtractResponse } from './extract-worker.js';
import { storedExtraction, type StoredExtraction } from './snapshot.js';

export const DEFAULT_WORKERS = availableParallelism();
const BATCH_SIZE = 16;
/** Below this many documents starting threads costs more than it saves. */
const PARALLEL_THRESHOLD = 64;

export type Progress = (done: number, total: number) => void;

export async function extractAll(
  documents: readonly SourceDocument[],
  workers: number,
  onProgress: Progress = () => undefined,
): Promise<StoredExtraction[]> {
  if (workers <= 1 || documents.length < PARALLEL_THRESHOLD) {
    return documents.map((doc, i) => {
      const extraction = storedExtraction(extractDocument(doc));
      onProgress(i + 1, documents.length);
      return extraction;
    });
  }
  const batches: SourceDocument[][] = [];
  for (let i = 0; i < documents.length; i += BATCH_SIZE)
    batches.push(documents.slice(i, i + BATCH_SIZE));
  const results: StoredExtraction[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from(
    { length: Math.min(workers, batches.length) },
    () => new Worker(new URL('./extract-worker.js', import.meta.url)),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              worker.postMessage({
                batch,
                documents: batches[batch] ?? [],
              } satisfies ExtractRequest);
            };
            worker.on('message', (response: ExtractResponse) => {
              results[response.batch] = [...response.extractions];
              done += response.extractions.length;
              onProgress(done, documents.length);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`extraction worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flat();
}
