// The graph as graphology's JSON serialization ({attributes, options, nodes, edges}), sorted.

import type { KnowledgeGraph } from './types.js';

export function serialiseGraph(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
