// The store's graph file (graph.bin): the graph last built from one sources folder, with what it
// was built from (the sources' fingerprint, the snapshot's stamp, the extraction key). A start
// whose sources and snapshot are unchanged loads it, and reads no source, parses no extraction and
// merges nothing. Any difference sends the build down the full path, which writes it again; so
// does damage, which a checksum over the whole file finds.

import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { Diagnostic, SourceDocument, WithDiagnostics } from '../types.js';
import { checkedSteps, HeapLimitError, type HeapCheck } from '../heap-guard.js';
import { clearPartialWrites, writeFileDurably } from './durable-write.js';
import { EXTRACTION_KEY } from './extraction-key.js';
import {
  decodeGraph,
  encodeGraph,
  runToEnd,
  type GraphLayout,
  type StepRunner,
} from './graph-file.js';
import { sameFingerprint, type FileStamp, type SourceFingerprint } from './source-fingerprint.js';

export const GRAPH_FILE = 'graph.bin';
/** Changes with the layout of the file (graph-file.ts): another one is simply not used. */
const MAGIC = Buffer.from('protokol-graph/1\n');
const SUM_BYTES = 32;
const PREAMBLE = MAGIC.length + SUM_BYTES + 4;

/** A source document as the read found it, without its text (the graph holds that). */
export type ReadDocument = Omit<SourceDocument, 'text'>;

/** What the graph was built from. */
export interface GraphOrigin {
  readonly folder: string;
  readonly sources: SourceFingerprint;
  /** The snapshot's stamp once saved: a snapshot rewritten or damaged since is not this one. */
  readonly snapshot: FileStamp;
}

/** What a warm start hands back besides the graph: the read's documents and warnings. */
export interface ReadReport {
  readonly documents: readonly ReadDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

interface GraphFileHeader extends ReadReport {
  readonly extractionKey: string;
  readonly folder: string;
  readonly snapshot: FileStamp;
  readonly sources: SourceFingerprint['files'];
  readonly layout: GraphLayout;
}

export async function saveGraphFile(
  storeDir: string,
  graph: KnowledgeGraph,
  origin: GraphOrigin,
  read: ReadReport,
): Promise<void> {
  const { layout, sections } = encodeGraph(graph);
  const header: GraphFileHeader = {
    extractionKey: EXTRACTION_KEY,
    folder: origin.folder,
    snapshot: origin.snapshot,
    sources: origin.sources.files,
    documents: read.documents.map(withoutText),
    diagnostics: read.diagnostics,
    layout,
  };
  const head = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const sum = createHash('sha256');
  for (const part of [length, head, ...sections]) sum.update(part);
  const file = join(storeDir, GRAPH_FILE);
  await clearPartialWrites(file, true);
  await writeFileDurably(file, [MAGIC, sum.digest(), length, head, ...sections]);
}

/** The read's record of a document, without the text a SourceDocument carries. */
function withoutText(doc: ReadDocument): ReadDocument {
  return {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    ...(doc.url === undefined ? {} : { url: doc.url }),
    ...(doc.publishedAt === undefined ? {} : { publishedAt: doc.publishedAt }),
    language: doc.language,
    ...(doc.duplicates === undefined ? {} : { duplicates: doc.duplicates }),
  };
}

export type WarmGraph = ReadReport & { readonly graph: KnowledgeGraph };

function damaged(file: string, why: string): Diagnostic {
  return {
    file,
    code: 'UNREADABLE_STORE',
    severity: 'warning',
    message: `${file}: ${why}; building from the extractions`,
  };
}

/**
 * The stored graph when it was built from these very sources and snapshot; undefined (with a
 * warning only when the file is damaged) otherwise.
 */
export async function loadGraphFile(
  storeDir: string,
  expected: GraphOrigin,
  run: StepRunner = runToEnd,
  check?: HeapCheck,
): Promise<WithDiagnostics<WarmGraph | undefined>> {
  const file = join(storeDir, GRAPH_FILE);
  const none = (why?: string) => ({
    value: undefined,
    diagnostics: why ? [damaged(file, why)] : [],
  });
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return none();
  try {
    const { size } = await handle.stat();
    const preamble = await readAt(handle, 0, PREAMBLE);
    if (preamble.length < PREAMBLE || !preamble.subarray(0, MAGIC.length).equals(MAGIC))
      return none(); // another layout: written again by this build
    const headLength = preamble.readUInt32LE(MAGIC.length + SUM_BYTES);
    if (PREAMBLE + headLength > size) return none('is cut short');
    const head = await readAt(handle, PREAMBLE, headLength);
    let header: GraphFileHeader;
    try {
      header = JSON.parse(head.toString('utf8')) as GraphFileHeader;
    } catch {
      return none('has a damaged header');
    }
    if (!builtFrom(header, expected)) return none();
    const body = await readAt(handle, PREAMBLE + headLength, size - PREAMBLE - headLength);
    const sum = createHash('sha256').update(preamble.subarray(-4)).update(head).update(body);
    if (!sum.digest().equals(preamble.subarray(MAGIC.length, MAGIC.length + SUM_BYTES)))
      return none('its checksum does not match');
    const steps = decodeGraph(header.layout, body);
    const graph = await run(check ? checkedSteps(steps, check, 'loading the stored graph') : steps);
    return {
      value: { graph, documents: header.documents, diagnostics: header.diagnostics },
      diagnostics: [],
    };
  } catch (error) {
    if (error instanceof HeapLimitError) throw error;
    return none(`cannot be read (${(error as Error).message})`);
  } finally {
    await handle.close();
  }
}

function builtFrom(header: GraphFileHeader, expected: GraphOrigin): boolean {
  return (
    header.extractionKey === EXTRACTION_KEY &&
    header.folder === expected.folder &&
    header.snapshot === expected.snapshot &&
    Array.isArray(header.sources) &&
    sameFingerprint({ files: header.sources }, expected.sources)
  );
}

/** `length` bytes from `position` (fewer at the end of the file), into a buffer of their own. */
async function readAt(
  handle: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
): Promise<Buffer> {
  const bytes = Buffer.allocUnsafeSlow(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(bytes, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return bytes.subarray(0, filled);
}
