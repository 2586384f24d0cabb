// Large exports are produced as a stream of text chunks, batched so that writing them is cheap.

import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const BATCH_CHARS = 1 << 16;

/** Joins small pieces into ~64 KiB chunks. */
export function* batched(pieces: Iterable<string>): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= BATCH_CHARS) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Writing this long at once, a stream lets the event loop serve others. */
const SLICE_MS = 10;

/**
 * The chunks with a pause every few milliseconds: a stream piped from a plain generator pulls it
 * dry in one tick while the socket keeps up (a 15 MB export held /health for 7 s).
 */
export async function* withPauses(chunks: Iterable<string>): AsyncGenerator<string> {
  let sliceStarted = performance.now();
  for (const chunk of chunks) {
    yield chunk;
    if (performance.now() - sliceStarted > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}

export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(chunks), out);
}
