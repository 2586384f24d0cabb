// Runs the stages in order: read -> segment -> recognise -> resolve -> relate -> build.

import { readDocuments } from './1-read/read-documents.js';
import { sectionAddresses } from './2-segment/section-addresses.js';
import { segmentDocument } from './2-segment/segment-document.js';
import { recogniseDocument } from './3-recognise/recognise-document.js';
import { resolveDocument } from './4-resolve/resolve-document.js';
import { resolveImpliedSides } from './5-relate/implied-sides.js';
import { DEFAULT_RELATION_RULES, relateDocument } from './5-relate/relate-document.js';
import type { RelationRule } from './5-relate/types.js';
import { buildGraph, type DocumentExtraction } from './6-graph/build-graph.js';
import type { KnowledgeGraph } from './6-graph/types.js';
import { extractionNeed, type HeapCheck } from './heap-guard.js';
import type { Diagnostic, SourceDocument } from './types.js';

export interface PipelineOptions {
  readonly rules?: readonly RelationRule[];
  /** Called after each document read, extracted and merged (see heap-guard.ts). */
  readonly check?: HeapCheck;
}

export function extractDocument(
  doc: SourceDocument,
  options: PipelineOptions = {},
): DocumentExtraction {
  const structure = segmentDocument(doc);
  const recognised = recogniseDocument(doc, structure);
  const resolution = resolveDocument(doc, structure, recognised);
  const ctx = { doc, structure, recognised, resolution };
  const related = relateDocument(ctx, options.rules ?? DEFAULT_RELATION_RULES);
  // a delegation names a node: sides the text implies get their entity here
  const { assertions, entities: sides } = resolveImpliedSides(ctx, related);
  const parts = sectionAddresses(structure);
  return {
    doc: parts.length > 0 ? { ...doc, parts } : doc,
    text: doc.text,
    entities: [...resolution.entities.values(), ...sides],
    assertions,
  };
}

export function buildGraphFromDocuments(
  docs: readonly SourceDocument[],
  options: PipelineOptions = {},
): KnowledgeGraph {
  const { check } = options;
  const extractions = docs.map((doc, i) => {
    const need = check && extractionNeed(doc.file, doc.text);
    if (need) check?.('extracting', i, docs.length, need);
    const extraction = extractDocument(doc, options);
    check?.('extracting', i + 1, docs.length);
    return extraction;
  });
  return buildGraph(extractions, check);
}

export interface BuildResult {
  readonly graph: KnowledgeGraph;
  readonly documents: readonly SourceDocument[];
  readonly diagnostics: readonly Diagnostic[];
}

export async function buildGraphFromDirectory(
  dir: string,
  options: PipelineOptions = {},
): Promise<BuildResult> {
  const { value: documents, diagnostics } = await readDocuments(dir, options.check);
  return { graph: buildGraphFromDocuments(documents, options), documents, diagnostics };
}
