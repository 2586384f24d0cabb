// Writes that survive a crash: into a temporary file beside the target, fsync, rename over the
// target, fsync the folder. Until the rename the previous file is intact; after it, the new one.
// A writer killed before the rename leaves its temporary: the next start removes it.

import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import { basename, dirname, join } from 'node:path';

const TEMPORARY_SUFFIX = '.tmp';
/** A temporary this old is no live write, whoever holds its process number now. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/** Chunks are gathered into writes of about this many characters (one write a line was slow). */
const WRITE_SIZE = 1 << 20;

/** Text, or bytes written as they are. */
export type Chunk = string | Uint8Array;

export async function writeFileDurably(path: string, chunks: Iterable<Chunk>): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}${TEMPORARY_SUFFIX}`;
  const file = await open(temporary, 'w');
  try {
    for (const gathered of gather(chunks, WRITE_SIZE)) {
      if (typeof gathered === 'string') await file.write(gathered);
      else
        for (let done = 0; done < gathered.length;)
          done += (await file.write(gathered, done, gathered.length - done)).bytesWritten;
    }
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

function* gather(chunks: Iterable<Chunk>, size: number): Generator<Chunk> {
  let pending: Chunk[] = [];
  let length = 0;
  const joined = () =>
    pending.every((c) => typeof c === 'string')
      ? pending.join('')
      : Buffer.concat(pending.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  for (const chunk of chunks) {
    if (typeof chunk !== 'string' && chunk.length >= size) {
      // a large column goes out as it is, not copied into a gathered write
      if (pending.length > 0) yield joined();
      pending = [];
      length = 0;
      yield chunk;
      continue;
    }
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield joined();
      pending = [];
      length = 0;
    }
  }
  if (pending.length > 0) yield joined();
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

export interface PartialWrite {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Temporaries of `path` whose writer is gone (its process no longer runs, or the file is older
 * than any write): removed when `remove` is set, and returned either way so they can be reported.
 */
export async function clearPartialWrites(path: string, remove: boolean): Promise<PartialWrite[]> {
  const folder = dirname(path);
  const prefix = `${basename(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const left: PartialWrite[] = [];
  for (const name of names) {
    const pid = Number(/^(\d+)\.[0-9a-z]+\.tmp$/u.exec(name.slice(prefix.length))?.[1]);
    if (!name.startsWith(prefix) || !Number.isInteger(pid)) continue;
    const temporary = join(folder, name);
    const info = await stat(temporary).catch(() => undefined);
    if (!info || (isRunning(pid) && Date.now() - info.mtimeMs < STALE_TEMPORARY_MS)) continue;
    if (remove) await rm(temporary, { force: true });
    left.push({ path: temporary, bytes: info.size });
  }
  return left;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
