// Large exports are produced as a stream of text chunks, batched so that writing them is cheap.

import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
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

/** Writes next to the target and renames: a reader never sees half a file. */
export async function writeFileAtomically(file: string, chunks: Iterable<string>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeChunks(chunks, createWriteStream(temporary));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
