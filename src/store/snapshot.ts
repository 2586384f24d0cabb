// The store: one versioned JSON snapshot in .protokol/ holding the document index and each
// document's extraction (so unchanged documents are not extracted again), one packed document a
// line. The graph is not stored: it is rebuilt from the extractions and the texts, which is
// faster than reading it back.

import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import {
  documentSummary,
  type DocumentExtraction,
  type EntityRecord,
} from '../6-graph/build-graph.js';
import type { DocumentSummary } from '../6-graph/types.js';
import type { Assertion } from '../5-relate/types.js';
import { HeapLimitError, type HeapCheck } from '../heap-guard.js';
import type { Diagnostic, WithDiagnostics } from '../types.js';
import { clearPartialWrites, writeFileDurably } from './durable-write.js';
import { EXTRACTION_KEY } from './extraction-key.js';
import { documentLine, readDocumentLine } from './document-line.js';

export const STORE_FORMAT = 'protokol-store';
/** 4: each document line carries its checksum. */
export const STORE_FORMAT_VERSION = 4;
export const DEFAULT_STORE_DIR = '.protokol';
export const SNAPSHOT_FILE = 'snapshot.json';

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

function* snapshotChunks(snapshot: Snapshot, check?: HeapCheck): Generator<string> {
  const { documents, ...header } = snapshot;
  yield `{${JSON.stringify(header).slice(1, -1)},"documents":[\n`;
  for (let i = 0; i < documents.length; i += 1) {
    yield `${documentLine(documents[i] as StoredDocument)}${i < documents.length - 1 ? ',' : ''}\n`;
    // thrown here, the write stops before its rename: the previous snapshot stays
    check?.('saving the store', i + 1, documents.length);
  }
  yield ']}\n';
}

export async function saveSnapshot(
  storeDir: string,
  snapshot: Snapshot,
  check?: HeapCheck,
): Promise<void> {
  const file = join(storeDir, SNAPSHOT_FILE);
  await clearPartialWrites(file, true);
  await writeFileDurably(file, snapshotChunks(snapshot, check));
}

function problem(file: string, message: string): Diagnostic {
  return { file, code: 'UNREADABLE_STORE', severity: 'warning', message: `${file}: ${message}` };
}

const DOCUMENTS_OPENING = '"documents":[';
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

/** Damaged document lines reported one by one, then counted. */
const MAX_DAMAGE_REPORTS = 10;

/**
 * The stored snapshot, or none with a warning saying why (missing is not a problem). The file is
 * read a line at a time as it was written (one document a line): a store of tens of thousands of
 * documents is larger than the longest string V8 can hold. A damaged document line is left out
 * with a warning naming its files, so that document alone is extracted again.
 */
export async function loadSnapshot(
  storeDir: string,
  check?: HeapCheck,
): Promise<WithDiagnostics<Snapshot | undefined>> {
  const file = join(storeDir, SNAPSHOT_FILE);
  const rebuild = (message: string) => ({
    value: undefined,
    diagnostics: [problem(file, `${message}; rebuilding`)],
  });
  const diagnostics: Diagnostic[] = [];
  const documents: StoredDocument[] = [];
  let header: SnapshotHeader | undefined;
  let lineNumber = 0;
  let closed = false;
  let damaged = 0;
  try {
    for await (const line of linesOf(file)) {
      lineNumber += 1;
      if (header === undefined) {
        const read = readHeader(line);
        if (typeof read === 'string') return rebuild(read);
        header = read;
      } else if (closed) {
        if (line.trim() !== '') damaged += 1;
      } else if (line === ']}') {
        closed = true;
      } else {
        const read = readDocumentLine(line);
        check?.('reading the store', lineNumber, 0);
        if ('document' in read) documents.push(read.document);
        else if ((damaged += 1) <= MAX_DAMAGE_REPORTS)
          diagnostics.push(damagedDocument(file, lineNumber, read.files, read.damage));
      }
    }
  } catch (error) {
    if (error instanceof HeapLimitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { value: undefined, diagnostics: [] };
    return rebuild(`cannot be read (${code ?? (error as Error).message})`);
  }
  if (header === undefined) return rebuild('is empty');
  if (damaged > MAX_DAMAGE_REPORTS)
    diagnostics.push(
      problem(
        file,
        `${damaged - MAX_DAMAGE_REPORTS} more damaged lines; extracting their documents again`,
      ),
    );
  if (!closed)
    diagnostics.push(
      problem(
        file,
        `ends before its closing line (cut short?) after ${documents.length} sound documents; extracting the rest again`,
      ),
    );
  return { value: { ...header, documents }, diagnostics };
}

type SnapshotHeader = Omit<Snapshot, 'documents'>;

/** The first line, or why the file is not a store this protokol reads. */
function readHeader(line: string): SnapshotHeader | string {
  // other layouts (edited by hand, foreign, older) are refused by their opening line
  if (!line.endsWith(DOCUMENTS_OPENING)) return 'is not a protokol store in its line layout';
  let value: unknown;
  try {
    value = JSON.parse(`${line}]}`);
  } catch (error) {
    return `is not valid JSON (${(error as Error).message})`;
  }
  const header = (value ?? {}) as Partial<SnapshotHeader>;
  if (header.format !== STORE_FORMAT) return 'is not a protokol store';
  if (header.formatVersion !== STORE_FORMAT_VERSION)
    return `has store format ${String(header.formatVersion)}, this protokol reads ${STORE_FORMAT_VERSION}`;
  if (typeof header.extractionKey !== 'string' || typeof header.builtAt !== 'string')
    return 'has a damaged opening line';
  return {
    format: STORE_FORMAT,
    formatVersion: STORE_FORMAT_VERSION,
    extractionKey: header.extractionKey,
    builtAt: header.builtAt,
  };
}

function damagedDocument(
  file: string,
  line: number,
  files: readonly string[],
  damage: string,
): Diagnostic {
  const named = files.length > 0 ? `the document of ${files.join(', ')}` : 'a document';
  return {
    file,
    code: 'DAMAGED_STORE_DOCUMENT',
    severity: 'warning',
    message: `${file}: line ${line}, ${named}, is damaged (${damage}); extracting it again`,
  };
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
