// A long command stops before V8 runs out of heap: its loops (reading the store and the sources,
// extracting, building the graph, saving, exporting) call a HeapCheck, which reads this thread's
// old generation against its limit and throws HeapLimitError (heap-limit-error.ts) near it.

import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  heapLimitError,
  MB,
  STOP_FRACTION,
  threadDeathError,
  type HeapReading,
  type HeapStage,
  type NextDocument,
  type ThreadHeapLimit,
} from './heap-limit-error.js';

export {
  HeapLimitError,
  type HeapReading,
  type HeapStage,
  type NextDocument,
  type ThreadHeapLimit,
} from './heap-limit-error.js';

/**
 * Called by a loop after each document, `done` of `total` (a total of 0: pieces of a file being
 * written, not counted), and before a document that will need much heap at once (`next`). Throws
 * HeapLimitError when the heap is full, or would be with what `next` needs.
 */
export type HeapCheck = (
  stage: HeapStage,
  done: number,
  total: number,
  next?: NextDocument,
) => void;

/**
 * Heap that extracting a document and merging it may take at its peak, per character of its
 * text: a 1 MB generated release (936k characters) is built in a 96 MB heap, not in 80, from a
 * lexicon of about 18 MB. Denser texts may need more; this is the estimate a stop names.
 */
export const EXTRACTION_HEAP_PER_CHARACTER = 80;

/** A document needing less than this is not worth a reading of its own. */
const LARGE_STEP = 4 * 1024 * 1024;

/** What `next` is for a document of this text: undefined when too small to be read apart. */
export function extractionNeed(file: string, text: string): NextDocument | undefined {
  const bytes = text.length * EXTRACTION_HEAP_PER_CHARACTER;
  return bytes < LARGE_STEP ? undefined : { file, bytes };
}

export type HeapVerdict = 'room' | 'collect' | 'full';

/** Past this share of the limit a build stops: what is left is for the error and the unwinding. */
export const HEAP_FRACTION = STOP_FRACTION;

/**
 * 'full' only on a reading taken right after a full collection (`collected` is its size): used
 * heap counts garbage too. After one, another is asked for only once the heap has grown by a
 * quarter of what was left, so a heap that stays near the limit is not collected at every check.
 */
export function judgeHeap(
  reading: HeapReading,
  collected: number | undefined,
  fraction = HEAP_FRACTION,
): HeapVerdict {
  const threshold = reading.limit * fraction;
  if (reading.used < threshold) return 'room';
  if (collected === undefined) return 'collect';
  if (collected >= threshold) return 'full';
  return reading.used - collected >= (reading.limit - collected) / 4 ? 'collect' : 'room';
}

const YOUNG_SPACES = new Set(['new_space', 'new_large_object_space']);
/** V8's default semi-space on 64-bit; the young generation reserves three of them. */
const DEFAULT_SEMI_SPACE_MB = 16;

/** This thread's old generation: heap_size_limit also counts the young generation's reserve. */
export function readHeap(): HeapReading {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  let young = 0;
  for (const space of getHeapSpaceStatistics())
    if (YOUNG_SPACES.has(space.space_name)) young += space.space_used_size;
  return { used: used - young, limit: limit - 3 * SEMI_SPACE_MB * MB };
}

/** The flags are read once: they do not change while the process runs. */
const SEMI_SPACE_MB = semiSpaceMb();

function semiSpaceMb(): number {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/u)];
  for (const flag of flags) {
    const size = /^--max[-_]semi[-_]space[-_]size=(\d+)$/u.exec(flag)?.[1];
    if (size) return Number(size);
  }
  return DEFAULT_SEMI_SPACE_MB;
}

let gc: (() => void) | undefined | null;

/** A full collection, through a `gc` made available on first need (none where it cannot be). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

export interface HeapGuardOptions {
  readonly read?: () => HeapReading;
  readonly collect?: () => void;
  readonly fraction?: number;
  /** The heap is read at most this often: a check costs a clock read in between. */
  readonly intervalMs?: number;
}

export function createHeapGuard(options: HeapGuardOptions = {}): HeapCheck {
  const { read = readHeap, collect = collectGarbage, fraction, intervalMs = 2 } = options;
  let collected: number | undefined;
  let last = -Infinity;
  return (stage, done, total, next) => {
    const now = intervalMs > 0 ? Date.now() : 0;
    if (!next && intervalMs > 0 && now - last < intervalMs) return;
    last = now;
    // the heap as it will be with what the next document needs
    const ahead = next?.bytes ?? 0;
    const judge = (reading: HeapReading) =>
      judgeHeap(
        { used: reading.used + ahead, limit: reading.limit },
        collected === undefined ? undefined : collected + ahead,
        fraction,
      );
    let reading = read();
    let verdict = judge(reading);
    if (verdict === 'collect') {
      // where no collection can be had, the reading is taken as live: better stopped than killed
      collect();
      reading = read();
      collected = reading.used;
      verdict = judge(reading);
    }
    if (verdict === 'full') throw heapLimitError(stage, done, total, reading, next);
  };
}

/** Chunks of a file being written, the heap checked after each (a throw stops the write). */
export function* checkedChunks<T>(
  chunks: Iterable<T>,
  check: HeapCheck,
  stage: HeapStage,
): Generator<T> {
  let done = 0;
  for (const chunk of chunks) {
    yield chunk;
    check(stage, (done += 1), 0);
  }
}

/** Steps of a long computation (see store/graph-file.ts), the heap checked at each. */
export function* checkedSteps<T>(
  steps: Generator<void, T, void>,
  check: HeapCheck,
  stage: HeapStage,
): Generator<void, T, void> {
  for (let done = 1; ; done += 1) {
    const step = steps.next();
    if (step.done) return step.value;
    check(stage, done, 0);
    yield;
  }
}

/**
 * A worker thread that died of its heap (ERR_WORKER_OUT_OF_MEMORY) as a HeapLimitError; its limit
 * is this thread's unless the worker was given its own.
 */
export function workerHeapError(error: unknown, what: string, own?: ThreadHeapLimit): unknown {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ERR_WORKER_OUT_OF_MEMORY')
    return error;
  const here = readHeap();
  const reading = own ? { used: here.used, limit: own.mb * MB } : here;
  return threadDeathError(what, reading, own);
}
