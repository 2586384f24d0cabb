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

export async function writeChunks(chunks: Iterable<string>, out: Writable): Promise<void> {
  await pipeline(Readable.from(chunks), out);
}
