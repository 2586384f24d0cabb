// Extraction on every core: documents go in batches to worker threads; results come back in
// document order, so a parallel build is byte-identical to a sequential one.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractionNeed, workerHeapError, type HeapCheck } from '../heap-guard.js';
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
  check?: HeapCheck,
): Promise<StoredExtraction[]> {
  if (workers <= 1 || documents.length < PARALLEL_THRESHOLD) {
    return documents.map((doc, i) => {
      const need = check && extractionNeed(doc.file, doc.text);
      if (need) check?.('extracting', i, documents.length, need);
      const extraction = storedExtraction(extractDocument(doc));
      check?.('extracting', i + 1, documents.length);
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
  const heapMb = threadHeapMb();
  const pool = Array.from(
    { length: Math.min(workers, batches.length) },
    () =>
      new Worker(new URL('./extract-worker.js', import.meta.url), {
        ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
      }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current: number | undefined;
            const send = () => {
              if (next >= batches.length) return resolve();
              const batch = next++;
              current = batch;
              worker.postMessage({
                batch,
                documents: batches[batch] ?? [],
              } satisfies ExtractRequest);
            };
            worker.on('message', (response: ExtractResponse) => {
              results[response.batch] = [...response.extractions];
              done += response.extractions.length;
              try {
                // the results gather in this thread: its heap is the one that fills
                check?.('extracting', done, documents.length);
                onProgress(done, documents.length);
              } catch (error) {
                return reject(error);
              }
              send();
            });
            worker.on('error', (error) =>
              reject(
                workerHeapError(
                  error,
                  `an extraction thread, ${batchFiles(batches, current)}`,
                  heapMb === undefined ? undefined : { mb: heapMb, setting: THREAD_HEAP_SETTING },
                ),
              ),
            );
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

/**
 * PROTOKOL_THREAD_HEAP_MB caps each extraction thread's heap (its old generation, in MB): a
 * thread otherwise may grow as large as this one, and n threads n times as large.
 */
const THREAD_HEAP_SETTING = 'PROTOKOL_THREAD_HEAP_MB';

function threadHeapMb(): number | undefined {
  const value = process.env[THREAD_HEAP_SETTING];
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/u.test(value))
    throw new Error(`PROTOKOL_THREAD_HEAP_MB: "${value}" is not a number of megabytes`);
  return Number(value);
}

/** "documents 17-32 of 600 (a.txt ... b.txt)": what a thread had when it died. */
function batchFiles(batches: readonly SourceDocument[][], batch: number | undefined): string {
  const documents = batch === undefined ? [] : (batches[batch] ?? []);
  if (batch === undefined || documents.length === 0) return 'between two batches';
  const first = batch * BATCH_SIZE;
  const total = batches.reduce((n, b) => n + b.length, 0);
  const files = `${documents[0]?.file}${documents.length > 1 ? ` ... ${documents.at(-1)?.file}` : ''}`;
  return `on documents ${first + 1}-${first + documents.length} of ${total} (${files})`;
}
