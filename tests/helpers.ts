// Builds the graph of a French snippet written for a test.

import { makeDocument } from '../src/1-read/read-documents.js';
import { buildGraphFromDocuments } from '../src/pipeline.js';
import type { KnowledgeGraph } from '../src/6-graph/types.js';

export function graphOf(text: string, publishedAt = '2024-05-24'): KnowledgeGraph {
  return buildGraphFromDocuments([
    makeDocument(text, 'snippet.txt', { publishedAt, language: 'fr' }),
  ]);
}

export function namesOf(graph: KnowledgeGraph, type: string): string[] {
  return graph
    .filterNodes((_, a) => a.type === type)
    .map((k) => graph.getNodeAttribute(k, 'name'))
    .sort();
}

export function edgesOf(graph: KnowledgeGraph, type: string): string[] {
  return graph
    .filterEdges((_, a) => a.type === type)
    .map(
      (e) =>
        `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'name')}`,
    )
    .sort();
}
