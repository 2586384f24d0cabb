// What the sources folder looks like without reading it: every file's path, size, times and
// inode. Equal fingerprints mean the same files with the same contents, so a store can hand back
// the graph it built from them without reading or hashing a byte of them.

import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { listFiles } from '../1-read/read-documents.js';

/** One file as `size:mtime:ctime:inode` (nanoseconds), or why it cannot be trusted. */
export type FileStamp = string;

export interface SourceFingerprint {
  /** Relative path -> stamp, in path order. */
  readonly files: readonly (readonly [string, FileStamp])[];
}

/**
 * Stamps of files modified this close to the fingerprint (or after it) are not trusted: a file
 * written again within the same tick of a coarse clock would keep its stamp ("racy git").
 */
const RACY_MARGIN_NS = 2_000_000_000n;
const UNTRUSTED = 'untrusted';
const MISSING = 'missing';
/** Stats at once: enough to keep the disk busy, few enough for a folder of 100k files. */
const STAT_AHEAD = 64;

/**
 * Taken before the sources are read: a file changed after its stamp was taken then shows a
 * stamp of its own next time, which can only send the next build down the reading path.
 */
export async function fingerprintSources(dir: string): Promise<SourceFingerprint> {
  const takenAt = BigInt(Date.now()) * 1_000_000n;
  const paths = (await listFiles(dir)).sort();
  const stamps: FileStamp[] = new Array<FileStamp>(paths.length);
  for (let i = 0; i < paths.length; i += STAT_AHEAD) {
    const batch = paths.slice(i, i + STAT_AHEAD);
    const read = await Promise.all(batch.map((path) => stampOf(path, takenAt)));
    read.forEach((stamp, j) => (stamps[i + j] = stamp));
  }
  return { files: paths.map((path, i) => [relative(dir, path), stamps[i] as FileStamp]) };
}

async function stampOf(path: string, takenAt: bigint): Promise<FileStamp> {
  const found = await stat(path, { bigint: true }).catch(() => undefined);
  if (!found) return MISSING;
  if (found.mtimeNs > takenAt - RACY_MARGIN_NS) return UNTRUSTED;
  return `${found.size}:${found.mtimeNs}:${found.ctimeNs}:${found.ino}`;
}

/** Same files, every stamp trusted and equal. */
export function sameFingerprint(a: SourceFingerprint, b: SourceFingerprint): boolean {
  return (
    a.files.length === b.files.length &&
    a.files.every(([file, stamp], i) => {
      const [otherFile, otherStamp] = b.files[i] ?? [];
      return file === otherFile && stamp === otherStamp && stamp !== UNTRUSTED;
    })
  );
}

/** A stamp of one file (the store's snapshot): whether it was rewritten since. */
export async function fileStamp(path: string): Promise<FileStamp> {
  const found = await stat(path, { bigint: true }).catch(() => undefined);
  return found ? `${found.size}:${found.mtimeNs}:${found.ctimeNs}:${found.ino}` : MISSING;
}
