// How every command gets its graph: from the sources, through the store unless --no-store,
// reporting what was read, reused, removed and skipped.

import { buildGraphFromDirectory } from '../pipeline.js';
import type { Progress } from './extract-pool.js';
import { buildWithStore, type IncrementalBuild } from './incremental-build.js';
import type { Diagnostic } from '../types.js';

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

function skippedFiles(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))];
}

export async function loadGraph(options: LoadOptions): Promise<LoadedGraph> {
  const strictCheck = (diagnostics: readonly Diagnostic[]) => {
    const skipped = skippedFiles(diagnostics);
    if (options.strict && skipped.length > 0) {
      throw new StrictBuildError(
        `--strict: ${skipped.length} file(s) of ${options.sources} could not be read (${skipped.join(', ')}); nothing written`,
      );
    }
  };
  if (options.store === false) {
    const built = await buildGraphFromDirectory(options.sources);
    strictCheck(built.diagnostics);
    const skipped = skippedFiles(built.diagnostics);
    return {
      ...built,
      builtAt: new Date(),
      skipped,
      summary: `${built.documents.length} documents${skippedText(skipped)} -> ${built.graph.order} entities, ${built.graph.size} relations`,
    };
  }
  const built = await buildWithStore(options.sources, {
    storeDir: options.store,
    check: strictCheck,
    ...(options.readOnly ? { readOnly: true } : {}),
    ...(options.workers ? { workers: options.workers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const skipped = skippedFiles(built.diagnostics);
  const work = `${built.extracted.length} extracted, ${built.reused.length} unchanged, ${built.removed.length} removed`;
  return {
    ...built,
    skipped,
    summary: `${built.documents.length} documents (${work})${skippedText(skipped)} -> ${built.graph.order} entities, ${built.graph.size} relations; store ${options.store}/`,
  };
}

function skippedText(skipped: readonly string[]): string {
  if (skipped.length === 0) return '';
  const shown = skipped.slice(0, 5).join(', ');
  return `, ${skipped.length} skipped (${shown}${skipped.length > 5 ? ', ...' : ''})`;
}
