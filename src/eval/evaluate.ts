// Scores the extractor on one or more annotated folders (gold JSON + documents), always extracted
// afresh: a score must never come from a stored extraction. Held-out slugs are summed apart.

import { buildGraphFromDirectory } from '../pipeline.js';
import { readGold } from './gold.js';
import { combineScores, type EvalReport } from './score.js';
import { scoreDocument, type DocumentScore } from './score-document.js';

export interface AnnotatedFolder {
  readonly gold: string;
  readonly docs: string;
}

export async function scoreFolders(folders: readonly AnnotatedFolder[]): Promise<DocumentScore[]> {
  const perFolder = await Promise.all(
    folders.map(async ({ gold, docs }) => {
      const [annotations, { graph }] = await Promise.all([
        readGold(gold),
        buildGraphFromDirectory(docs),
      ]);
      return annotations.map((g) => scoreDocument(graph, g));
    }),
  );
  return perFolder.flat();
}

export interface SplitReports {
  readonly heldOut: EvalReport;
  readonly developed: EvalReport;
}

/** "e,j": documents whose slug starts with e or j against all the others. */
export function splitByPrefix(
  scores: readonly DocumentScore[],
  prefixes: readonly string[],
): SplitReports {
  const held = (s: DocumentScore) => prefixes.some((p) => p !== '' && s.doc.startsWith(p));
  return {
    heldOut: combineScores(scores.filter(held)),
    developed: combineScores(scores.filter((s) => !held(s))),
  };
}
