// The error a command stops with near the heap limit, and its message: which limit, how much was
// in use, how far the command got, what was left unwritten and how to go further.

export const MB = 1024 * 1024;

/** The share of the limit past which a build stops (heap-guard.ts), counted in advice. */
export const STOP_FRACTION = 0.88;

/** The loops of a build, as the error names them. */
export type HeapStage =
  | 'reading the store'
  | 'loading the stored graph'
  | 'reading'
  | 'extracting'
  | 'building the graph'
  | 'saving the store'
  | 'writing the export';

/** The old generation, in bytes: what --max-old-space-size bounds and what V8 dies of. */
export interface HeapReading {
  readonly used: number;
  readonly limit: number;
}

/** The document about to be extracted, and the heap it is expected to need. */
export interface NextDocument {
  readonly file: string;
  readonly bytes: number;
}

/** A worker's own heap limit, and the setting that gave it (named in the advice). */
export interface ThreadHeapLimit {
  readonly mb: number;
  readonly setting: string;
}

export class HeapLimitError extends Error {
  constructor(
    message: string,
    readonly stage: HeapStage | 'a worker thread',
    readonly reading: HeapReading,
  ) {
    super(message);
    this.name = 'HeapLimitError';
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / MB);
}

/** How much heap to try next: twice this limit or what the next document needs, in 64 MB steps. */
function suggestedMb(reading: HeapReading, next?: NextDocument): number {
  const needed = next ? (1.25 * (reading.used + next.bytes)) / STOP_FRACTION : 0;
  return Math.ceil(Math.max(2 * reading.limit, needed) / (64 * MB)) * 64;
}

/** "stopped extracting at document 608 of 900: the JavaScript heap limit of 64 MB is ..." */
export function heapLimitError(
  stage: HeapStage,
  done: number,
  total: number,
  reading: HeapReading,
  next?: NextDocument,
): HeapLimitError {
  const limit = `the JavaScript heap limit of ${megabytes(reading.limit)} MB`;
  const inUse = `${megabytes(reading.used)} MB in use after a full collection`;
  const where = next
    ? ` before document ${done + 1} of ${total} (${next.file}), which may need about ` +
      `${megabytes(next.bytes)} MB: ${limit} would be passed`
    : `${total > 0 ? ` at document ${done} of ${total}` : ''}: ${limit} is nearly reached`;
  const left =
    stage === 'writing the export'
      ? 'the file under way was not written'
      : 'nothing was written to the store';
  const advice = `NODE_OPTIONS=--max-old-space-size=${suggestedMb(reading, next)}`;
  return new HeapLimitError(
    `stopped ${stage}${where} (${inUse}); ${left}. To go further, give Node more heap, ` +
      `e.g. ${advice}, or build the sources in smaller folders.`,
    stage,
    reading,
  );
}

/** A thread that died of its heap (`reading`: its limit), said as a HeapLimitError. */
export function threadDeathError(
  what: string,
  reading: HeapReading,
  own?: ThreadHeapLimit,
): HeapLimitError {
  const setting = own
    ? `${own.setting}=${Math.ceil((2 * own.mb) / 16) * 16}`
    : `NODE_OPTIONS=--max-old-space-size=${suggestedMb(reading)}`;
  return new HeapLimitError(
    `${what}: the thread reached its JavaScript heap limit (about ${megabytes(reading.limit)} MB) ` +
      'and was stopped; nothing was written to the store. To go further, give it more heap, ' +
      `e.g. ${setting}, or build with fewer or smaller documents in each folder.`,
    'a worker thread',
    reading,
  );
}
