// One stored document <-> one checksummed line of the snapshot: {"sum":"<hash>","document":<packed>}.
// The hash covers the packed document's text exactly as written, so a flipped bit anywhere in the
// line (a value, a key, a bracket) is found before the line is trusted; the line is then reported
// by the files it names and its document extracted again.

import { createHash } from 'node:crypto';
import { packDocument, unpackDocument } from './packed-document.js';
import type { StoredDocument } from './snapshot.js';

const SUM_LENGTH = 16;
const OPENING = /^\{"sum":"([0-9a-f]{16})","document":/u;

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, SUM_LENGTH);
}

/** The line of a stored document, without its separator. */
export function documentLine(stored: StoredDocument): string {
  const packed = JSON.stringify(packDocument(stored));
  return `{"sum":"${checksum(packed)}","document":${packed}}`;
}

export type ReadLine =
  | { readonly document: StoredDocument }
  | { readonly damage: string; readonly files: readonly string[] };

/** A line back as its document, or what is wrong with it and the files it seems to name. */
export function readDocumentLine(line: string): ReadLine {
  const text = line.endsWith(',') ? line.slice(0, -1) : line;
  const opening = OPENING.exec(text);
  if (!opening || !text.endsWith('}'))
    return { damage: 'its layout is broken', files: filesNamedIn(line) };
  const packed = text.slice(opening[0].length, -1);
  if (checksum(packed) !== opening[1])
    return { damage: 'its checksum does not match', files: filesNamedIn(line) };
  try {
    return { document: unpackDocument(JSON.parse(packed)) };
  } catch (error) {
    // a line that was written so (by another protokol, or by hand) and sums right
    return { damage: (error as Error).message, files: filesNamedIn(line) };
  }
}

const FILES = /"files":\[((?:"(?:[^"\\]|\\.)*",?)+)\]/u;

/** The file names a damaged line still shows ("files":["a.txt","b.txt"]), if any. */
function filesNamedIn(line: string): string[] {
  const list = FILES.exec(line)?.[1];
  if (!list) return [];
  try {
    const files: unknown = JSON.parse(`[${list.replace(/,$/u, '')}]`);
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}
