// Writes that survive a crash: into a temporary file beside the target, fsync, rename over the
// target, fsync the folder. Until the rename the previous file is intact; after it, the new one.

import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Chunks are gathered into writes of about this many characters (one write a line was slow). */
const WRITE_SIZE = 1 << 20;

export async function writeFileDurably(path: string, chunks: Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const file = await open(temporary, 'w');
  try {
    for (const gathered of gather(chunks, WRITE_SIZE)) await file.write(gathered);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

function* gather(chunks: Iterable<string>, size: number): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield pending.join('');
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is harmless. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // EISDIR/EPERM on platforms without directory fsync
  }
}
