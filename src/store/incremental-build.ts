// Builds with the store: when neither the sources (their fingerprint) nor the snapshot changed
// since the graph file was written, loads that graph (a warm start). Otherwise reads every source,
// extracts only documents whose text, metadata or extraction key changed, rebuilds the graph from
// all extractions (so removed documents take their evidence with them), saves the new snapshot
// durably when anything changed, and the graph file. The store keeps each sources folder's
// documents apart: building another folder discards none of them.

import { mkdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { readDocuments } from '../1-read/read-documents.js';
import { buildGraph } from '../6-graph/build-graph.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { Diagnostic } from '../types.js';
import { clearPartialWrites, type PartialWrite } from './durable-write.js';
import type { HeapCheck } from '../heap-guard.js';
import { extractAll, type Progress } from './extract-pool.js';
import { documentCacheKey } from './extraction-key.js';
import {
  loadGraphFile,
  saveGraphFile,
  type GraphOrigin,
  type ReadDocument,
  type ReadReport,
  type WarmGraph,
} from './graph-store.js';
import type { StepRunner } from './graph-file.js';
import { fileStamp, fingerprintSources } from './source-fingerprint.js';
import {
  loadSnapshot,
  saveSnapshot,
  SNAPSHOT_FILE,
  snapshotOf,
  type StoredDocument,
} from './snapshot.js';

export interface StoreOptions {
  readonly storeDir: string;
  /** Threads extracting in parallel (1: in this thread). */
  readonly workers?: number;
  readonly onProgress?: Progress;
  /** Called with the reading problems before anything is extracted or written; may throw. */
  readonly check?: (diagnostics: readonly Diagnostic[]) => void;
  /** Read the store, never write it (processes that share a store another one keeps). */
  readonly readOnly?: boolean;
  /** How the stored graph is loaded: at once (the default), or in slices by a server. */
  readonly runSteps?: StepRunner;
  /** Called in every loop over the documents; throws to stop before the store is written. */
  readonly heapCheck?: HeapCheck;
}

export interface IncrementalBuild {
  readonly graph: KnowledgeGraph;
  readonly documents: readonly ReadDocument[];
  readonly diagnostics: readonly Diagnostic[];
  readonly builtAt: Date;
  /** Documents extracted this time, reused from the store, and gone since the last build. */
  readonly extracted: readonly string[];
  readonly reused: readonly string[];
  readonly removed: readonly string[];
}

export async function buildWithStore(
  sourcesDir: string,
  options: StoreOptions,
): Promise<IncrementalBuild> {
  const { folder, sources, warm } = await tryStoredGraph(sourcesDir, options);
  if (warm.value) return warmStart(options, warm.value);
  const snapshotFile = join(options.storeDir, SNAPSHOT_FILE);
  const [read, stored, partial] = await Promise.all([
    readDocuments(sourcesDir, options.heapCheck),
    loadSnapshot(options.storeDir, options.heapCheck),
    clearPartialWrites(snapshotFile, !options.readOnly),
  ]);
  options.check?.(read.diagnostics);
  const { mine, others } = splitByFolder(stored.value?.documents ?? [], folder);
  // any folder's extraction serves: the key covers the text, the metadata and the rules
  const previous = new Map([...others, ...mine].map((d) => [d.cacheKey, d]));
  const extracted: string[] = [];
  const reused: string[] = [];
  const keys = read.value.map((doc) => documentCacheKey(doc));
  const missing = read.value.filter((_, i) => !previous.has(keys[i] as string));
  const fresh = await extractAll(
    missing,
    options.workers ?? 1,
    options.onProgress,
    options.heapCheck,
  );
  const freshByFile = new Map(missing.map((doc, i) => [doc.file, fresh[i]]));
  const documents: StoredDocument[] = read.value.map((doc, i) => {
    const cacheKey = keys[i] as string;
    const files = [doc.file, ...(doc.duplicates ?? [])];
    const known = previous.get(cacheKey);
    if (known) {
      reused.push(doc.file);
      return {
        ...known,
        folder,
        files,
        extraction: { ...known.extraction, doc: { ...known.extraction.doc, file: doc.file } },
      };
    }
    extracted.push(doc.file);
    const extraction = freshByFile.get(doc.file);
    if (!extraction) throw new Error(`no extraction came back for ${doc.file}`);
    return { id: doc.id, folder, files, size: Buffer.byteLength(doc.text), cacheKey, extraction };
  });
  const current = new Set(documents.map((d) => d.id));
  const removed = mine.filter((d) => !current.has(d.id)).flatMap((d) => d.files);
  const textOf = new Map(read.value.map((doc) => [doc.id, doc.text]));
  const graph = buildGraph(
    documents.map((d) => ({ ...d.extraction, text: textOf.get(d.id) ?? '' })),
    options.heapCheck,
  );
  const builtAt = new Date();
  const unchanged = stored.value && stored.diagnostics.length === 0 && sameIndex(mine, documents);
  const saved =
    options.readOnly || unchanged
      ? []
      : await saveOrWarn(options.storeDir, () =>
          saveSnapshot(
            options.storeDir,
            snapshotOf([...others, ...documents], builtAt),
            options.heapCheck,
          ),
        );
  const graphSaved =
    options.readOnly || saved.length > 0
      ? []
      : await saveOrWarn(options.storeDir, async () => {
          const origin: GraphOrigin = { folder, sources, snapshot: await fileStamp(snapshotFile) };
          const report: ReadReport = { documents: read.value, diagnostics: read.diagnostics };
          await saveGraphFile(options.storeDir, graph, origin, report);
        });
  return {
    graph,
    documents: read.value,
    diagnostics: [
      ...read.diagnostics,
      ...stored.diagnostics,
      ...warm.diagnostics,
      ...partialWritesFound(options.storeDir, partial, !options.readOnly),
      ...saved,
      ...graphSaved,
    ],
    builtAt,
    extracted,
    reused,
    removed,
  };
}

/** The warm start alone: the stored graph when neither sources nor snapshot changed, else none. */
export async function loadUnchangedBuild(
  sourcesDir: string,
  options: StoreOptions,
): Promise<IncrementalBuild | undefined> {
  const { warm } = await tryStoredGraph(sourcesDir, options);
  return warm.value ? warmStart(options, warm.value) : undefined;
}

async function tryStoredGraph(sourcesDir: string, options: StoreOptions) {
  const folder = folderKey(options.storeDir, sourcesDir);
  // taken before anything is read: a source changed meanwhile differs from it next time
  const sources = await fingerprintSources(sourcesDir);
  const snapshot = await fileStamp(join(options.storeDir, SNAPSHOT_FILE));
  const warm = await loadGraphFile(
    options.storeDir,
    { folder, sources, snapshot },
    options.runSteps,
    options.heapCheck,
  );
  return { folder, sources, warm };
}

/** The graph of unchanged sources, as the build that wrote the graph file returned it. */
async function warmStart(options: StoreOptions, warm: WarmGraph): Promise<IncrementalBuild> {
  options.check?.(warm.diagnostics);
  const partial = await clearPartialWrites(
    join(options.storeDir, SNAPSHOT_FILE),
    !options.readOnly,
  );
  return {
    graph: warm.graph,
    documents: warm.documents,
    diagnostics: [
      ...warm.diagnostics,
      ...partialWritesFound(options.storeDir, partial, !options.readOnly),
    ],
    builtAt: new Date(),
    extracted: [],
    reused: warm.documents.map((d) => d.file),
    removed: [],
  };
}

/** Temporaries of writers that were killed: said, with what they weighed. */
function partialWritesFound(
  storeDir: string,
  partial: readonly PartialWrite[],
  removed: boolean,
): Diagnostic[] {
  if (partial.length === 0) return [];
  const megabytes = (partial.reduce((sum, p) => sum + p.bytes, 0) / 1e6).toFixed(1);
  const what = `${partial.length} partial snapshot(s) (${megabytes} MB) left by writers that were stopped`;
  return [
    {
      file: storeDir,
      code: 'PARTIAL_STORE_WRITE',
      severity: 'warning',
      message: removed
        ? `${storeDir}: removed ${what}`
        : `${storeDir}: holds ${what} (${partial.map((p) => p.path).join(', ')}); not removed, this process only reads the store`,
    },
  ];
}

/**
 * The store is a cache: when it cannot be written (permissions, a full disk, a read-only folder)
 * the build goes on without it, with a warning naming the folder and the reason.
 */
async function saveOrWarn(storeDir: string, save: () => Promise<void>): Promise<Diagnostic[]> {
  try {
    await mkdir(storeDir, { recursive: true });
    await save();
    return [];
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    return [
      {
        file: storeDir,
        code: 'UNWRITABLE_STORE',
        severity: 'warning',
        message: `${storeDir}: the store cannot be written (${message}); built without saving it`,
      },
    ];
  }
}

/** The sources folder as the store names it: relative to the store ("../sources"), with slashes. */
export function folderKey(storeDir: string, sourcesDir: string): string {
  return relative(resolve(storeDir), resolve(sourcesDir)).split(sep).join('/');
}

/** The stored documents of this folder (and of stores that did not name folders), and the rest. */
function splitByFolder(
  stored: readonly StoredDocument[],
  folder: string,
): { mine: StoredDocument[]; others: StoredDocument[] } {
  const mine: StoredDocument[] = [];
  const others: StoredDocument[] = [];
  for (const d of stored) (d.folder === undefined || d.folder === folder ? mine : others).push(d);
  return { mine, others };
}

/** Nothing to save: the same extractions under the same paths, in the same order. */
function sameIndex(stored: readonly StoredDocument[], current: readonly StoredDocument[]): boolean {
  return (
    stored.length === current.length &&
    stored.every((before, i) => {
      const now = current[i] as StoredDocument;
      return (
        before.folder === now.folder &&
        before.cacheKey === now.cacheKey &&
        before.extraction.doc.file === now.extraction.doc.file &&
        before.files.length === now.files.length &&
        before.files.every((file, j) => file === now.files[j])
      );
    })
  );
}
