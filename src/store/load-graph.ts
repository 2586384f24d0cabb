// How every command gets its graph: from the sources, through the store unless --no-store,
// reporting what was read, reused, removed and skipped.

import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildGraphFromDirectory } from '../pipeline.js';
import type { Progress } from './extract-pool.js';
import type { StepRunner } from './graph-file.js';
import {
  buildWithStore,
  loadUnchangedBuild,
  type IncrementalBuild,
  type StoreOptions,
} from './incremental-build.js';
import type { Diagnostic } from '../types.js';
import { createHeapGuard, type HeapCheck } from '../heap-guard.js';

export interface LoadOptions {
  readonly sources: string;
  /** Store folder, or false to build in memory. */
  readonly store: string | false;
  readonly strict: boolean;
  /** Extraction threads when building through the store. */
  readonly workers?: number;
  readonly onProgress?: Progress;
  /** Use the store without writing it. */
  readonly readOnly?: boolean;
  /** Stops the build near the heap limit (default: createHeapGuard()); false: never. */
  readonly heapCheck?: HeapCheck | false;
}

export type LoadedGraph = Pick<
  IncrementalBuild,
  'graph' | 'documents' | 'diagnostics' | 'builtAt'
> & {
  /** Files that could not be read as documents. */
  readonly skipped: readonly string[];
  /** One line: documents, what was extracted or reused, what was skipped, the graph's size. */
  readonly summary: string;
};

export class StrictBuildError extends Error {}

/** The sources folder is not there: a command run outside a protokol project, or a typo. */
export class MissingSourcesError extends Error {}

/** Throws MissingSourcesError naming the folder looked for, instead of a raw ENOENT from scandir. */
export async function requireSourcesFolder(sources: string): Promise<void> {
  const found = await stat(sources).catch(() => undefined);
  if (found?.isDirectory()) return;
  const what = found ? 'is not a folder' : 'does not exist';
  throw new MissingSourcesError(
    `the sources folder "${sources}" ${what} (${resolve(sources)}): run protokol in a project folder that has one, or name the folder (--sources DIR, or build DIR)`,
  );
}

function heapCheckFor(options: LoadOptions): HeapCheck | undefined {
  return options.heapCheck === false ? undefined : (options.heapCheck ?? createHeapGuard());
}

function skippedFiles(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))];
}

/** Throws under --strict when some file could not be read. */
function strictCheckFor(options: LoadOptions): (diagnostics: readonly Diagnostic[]) => void {
  return (diagnostics) => {
    const skipped = skippedFiles(diagnostics);
    if (options.strict && skipped.length > 0) {
      throw new StrictBuildError(
        `--strict: ${skipped.length} file(s) of ${options.sources} could not be read (${skipped.join(', ')}); nothing written`,
      );
    }
  };
}

export async function loadGraph(options: LoadOptions): Promise<LoadedGraph> {
  await requireSourcesFolder(options.sources);
  const strictCheck = strictCheckFor(options);
  if (options.store === false) {
    const check = heapCheckFor(options);
    const built = await buildGraphFromDirectory(options.sources, check ? { check } : {});
    strictCheck(built.diagnostics);
    const skipped = skippedFiles(built.diagnostics);
    return {
      ...built,
      builtAt: new Date(),
      skipped,
      summary: `${built.documents.length} documents${skippedText(skipped)} -> ${built.graph.order} entities, ${built.graph.size} relations`,
    };
  }
  return loadedFromStore(
    options,
    await buildWithStore(options.sources, storeOptions(options, options.store, strictCheck)),
  );
}

function storeOptions(
  options: LoadOptions,
  storeDir: string,
  check: (diagnostics: readonly Diagnostic[]) => void,
  runSteps?: StepRunner,
): StoreOptions {
  const heapCheck = heapCheckFor(options);
  return {
    storeDir,
    check,
    ...(heapCheck ? { heapCheck } : {}),
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(runSteps ? { runSteps } : {}),
  };
}

/**
 * The graph the store kept, when neither the sources nor the store changed since it was built
 * (loaded in slices with `runSteps`); undefined when it has to be built.
 */
export async function loadUnchangedGraph(
  options: LoadOptions,
  runSteps?: StepRunner,
): Promise<LoadedGraph | undefined> {
  if (options.store === false) return undefined;
  await requireSourcesFolder(options.sources);
  const built = await loadUnchangedBuild(
    options.sources,
    storeOptions(options, options.store, strictCheckFor(options), runSteps),
  );
  return built ? loadedFromStore(options, built) : undefined;
}

function loadedFromStore(options: LoadOptions, built: IncrementalBuild): LoadedGraph {
  const skipped = skippedFiles(built.diagnostics);
  const work = `${built.extracted.length} extracted, ${built.reused.length} unchanged, ${built.removed.length} removed`;
  return {
    ...built,
    skipped,
    summary: `${built.documents.length} documents (${work})${skippedText(skipped)} -> ${built.graph.order} entities, ${built.graph.size} relations; store ${String(options.store)}/`,
  };
}

function skippedText(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 5).join(', ');
  return `, ${skipped.length} skipped (${shown}${skipped.length > 5 ? ', ...' : ''})`;
}
