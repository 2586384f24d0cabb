// The store: one versioned JSON snapshot in .protokol/ holding the document index and each
// document's extraction (so unchanged documents are not extracted again), one packed document a
// line. The graph is not stored: it is rebuilt from the extractions and the texts, which is
// faster than reading it back.

import { createReadStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  documentSummary,
  type DocumentExtraction,
  type EntityRecord,
} from '../6-graph/build-graph.js';
import type { DocumentSummary } from '../6-graph/types.js';
import type { Assertion } from '../5-relate/types.js';
import type { Diagnostic, WithDiagnostics } from '../types.js';
import { writeFileDurably } from './durable-write.js';
import { EXTRACTION_KEY } from './extraction-key.js';
import { packDocument, unpackDocument } from './packed-document.js';

export const STORE_FORMAT = 'protokol-store';
export const STORE_FORMAT_VERSION = 3;
export const DEFAULT_STORE_DIR = '.protokol';
export const SNAPSHOT_FILE = 'snapshot.json';
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

export interface StoredExtraction {
  readonly doc: DocumentSummary;
  readonly entities: readonly EntityRecord[];
  readonly assertions: readonly Assertion[];
}

export interface StoredDocument {
  readonly id: string;
  /**
   * The sources folder the document was read from, relative to the store folder ("../sources"):
   * one store keeps each folder's documents apart. Absent in stores written before that: such
   * documents are taken for the folder built next.
   */
  readonly folder?: string;
  /** Every path the content was found under, relative to the sources folder. */
  readonly files: readonly string[];
  readonly size: number;
  readonly cacheKey: string;
  readonly extraction: StoredExtraction;
}

export interface Snapshot {
  readonly format: typeof STORE_FORMAT;
  readonly formatVersion: typeof STORE_FORMAT_VERSION;
  readonly extractionKey: string;
  readonly builtAt: string;
  readonly documents: readonly StoredDocument[];
}

/** Sets -> arrays: what JSON can hold. */
export function storedExtraction(extraction: Omit<DocumentExtraction, 'text'>): StoredExtraction {
  return {
    doc: documentSummary(extraction.doc),
    entities: [...extraction.entities].map((e) => ({
      key: e.key,
      type: e.type,
      name: e.name,
      aliases: [...e.aliases],
      mentions: e.mentions.map(({ start, end, rule }) => ({ start, end, rule })),
      ...(e.subtype ? { subtype: e.subtype } : {}),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      ...(e.format ? { format: e.format } : {}),
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      ...(e.organisation ? { organisation: e.organisation } : {}),
    })),
    assertions: extraction.assertions,
  };
}

function* snapshotChunks(snapshot: Snapshot): Generator<string> {
  const { documents, ...header } = snapshot;
  yield `{${JSON.stringify(header).slice(1, -1)},"documents":[\n`;
  for (let i = 0; i < documents.length; i += 1) {
    const line = JSON.stringify(packDocument(documents[i] as StoredDocument));
    yield `${line}${i < documents.length - 1 ? ',' : ''}\n`;
  }
  yield ']}\n';
}

export async function saveSnapshot(storeDir: string, snapshot: Snapshot): Promise<void> {
  // temporaries left by a writer that was killed (old enough not to be another's live write)
  const now = Date.now();
  for (const name of await readdir(storeDir)) {
    if (!name.startsWith(`${SNAPSHOT_FILE}.`) || !name.endsWith('.tmp')) continue;
    const path = join(storeDir, name);
    const age = now - ((await stat(path).catch(() => undefined))?.mtimeMs ?? now);
    if (age > STALE_TEMPORARY_MS) await rm(path, { force: true });
  }
  await writeFileDurably(join(storeDir, SNAPSHOT_FILE), snapshotChunks(snapshot));
}

function problem(file: string, message: string): Diagnostic {
  return { file, code: 'UNREADABLE_STORE', severity: 'warning', message: `${file}: ${message}` };
}

type SnapshotFile = Omit<Snapshot, 'documents'> & { readonly documents: readonly unknown[] };

function isSnapshot(value: unknown): value is SnapshotFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SnapshotFile>;
  return v.format === STORE_FORMAT && Array.isArray(v.documents);
}

const DOCUMENTS_OPENING = '"documents":[';

/**
 * The snapshot's JSON, read a line at a time as it was written (one document a line): a store
 * of tens of thousands of documents is larger than the longest string V8 can hold.
 */
async function readSnapshotFile(file: string): Promise<unknown> {
  let header: string | undefined;
  let other = '';
  let closed = false;
  const documents: unknown[] = [];
  for await (const line of linesOf(file)) {
    if (header === undefined) header = line;
    else if (!header.endsWith(DOCUMENTS_OPENING)) other += `${line}\n`;
    else if (line === ']}') closed = true;
    else documents.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
  }
  if (header === undefined) throw new SyntaxError('the file is empty');
  // a file in another layout (edited by hand, or foreign) is read whole
  if (!header.endsWith(DOCUMENTS_OPENING)) return JSON.parse(`${header}\n${other}`);
  if (!closed) throw new SyntaxError('the list of documents is not closed (cut short?)');
  return { ...(JSON.parse(`${header}]}`) as object), documents };
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The lines of a UTF-8 file, split on the bytes (twice as fast as node:readline here). */
async function* linesOf(file: string): AsyncGenerator<string> {
  let pending: Buffer[] = [];
  const line = (bytes: Buffer) => {
    const whole = pending.length === 0 ? bytes : Buffer.concat([...pending, bytes]);
    pending = [];
    const length = whole.at(-1) === CARRIAGE_RETURN ? whole.length - 1 : whole.length;
    return whole.toString('utf8', 0, length);
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; end = bytes.indexOf(NEWLINE, start)) {
      yield line(bytes.subarray(start, end));
      start = end + 1;
    }
    if (start < bytes.length) pending.push(bytes.subarray(start));
  }
  if (pending.length > 0) yield line(Buffer.alloc(0));
}

/** The stored snapshot, or none with a warning saying why (missing is not a problem). */
export async function loadSnapshot(
  storeDir: string,
): Promise<WithDiagnostics<Snapshot | undefined>> {
  const file = join(storeDir, SNAPSHOT_FILE);
  let parsed: unknown;
  try {
    parsed = await readSnapshotFile(file);
  } catch (error) {
    if (error instanceof SyntaxError) {
      return {
        value: undefined,
        diagnostics: [problem(file, `is not valid JSON (${error.message}); rebuilding`)],
      };
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { value: undefined, diagnostics: [] };
    return {
      value: undefined,
      diagnostics: [problem(file, `cannot be read (${code}); rebuilding`)],
    };
  }
  if (!isSnapshot(parsed)) {
    return {
      value: undefined,
      diagnostics: [problem(file, 'is not a protokol store; rebuilding')],
    };
  }
  if (parsed.formatVersion !== STORE_FORMAT_VERSION) {
    return {
      value: undefined,
      diagnostics: [
        problem(
          file,
          `has store format ${String(parsed.formatVersion)}, this protokol reads ${STORE_FORMAT_VERSION}; rebuilding`,
        ),
      ],
    };
  }
  try {
    return {
      value: { ...parsed, documents: parsed.documents.map(unpackDocument) },
      diagnostics: [],
    };
  } catch (error) {
    return {
      value: undefined,
      diagnostics: [
        problem(file, `holds a damaged document (${(error as Error).message}); rebuilding`),
      ],
    };
  }
}

export function snapshotOf(documents: readonly StoredDocument[], builtAt: Date): Snapshot {
  return {
    format: STORE_FORMAT,
    formatVersion: STORE_FORMAT_VERSION,
    extractionKey: EXTRACTION_KEY,
    builtAt: builtAt.toISOString(),
    documents,
  };
}
