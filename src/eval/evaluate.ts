// Scores the extractor on one or more annotated folders (gold JSON + documents), always extracted
// afresh: a score must never come from a stored extraction. Held-out slugs are summed apart. The
// same graphs go through the evidence audit, so the corpus step checks provenance too.

import { auditEvidence, type EvidenceProblem } from '../6-graph/audit-evidence.js';
import { buildGraphFromDirectory } from '../pipeline.js';
import { readGold } from './gold.js';
import { combineScores, type EvalReport } from './score.js';
import { scoreDocument, type DocumentScore } from './score-document.js';

export interface AnnotatedFolder {
  readonly gold: string;
  readonly docs: string;
}

export interface FolderScores {
  readonly scores: DocumentScore[];
  /** What the evidence audit found in the graphs it scored (see 6-graph/audit-evidence.ts). */
  readonly evidenceProblems: EvidenceProblem[];
}

export async function scoreFolders(folders: readonly AnnotatedFolder[]): Promise<FolderScores> {
  const perFolder = await Promise.all(
    folders.map(async ({ gold, docs }) => {
      const [annotations, { graph, documents }] = await Promise.all([
        readGold(gold),
        buildGraphFromDirectory(docs),
      ]);
      const texts = new Map(documents.map((d) => [d.id, d.text]));
      return {
        scores: annotations.map((g) => scoreDocument(graph, g)),
        problems: auditEvidence(graph, texts),
      };
    }),
  );
  return {
    scores: perFolder.flatMap((f) => f.scores),
    evidenceProblems: perFolder.flatMap((f) => f.problems),
  };
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
