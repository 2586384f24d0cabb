// What the explorer draws of a graph past what a browser draws smoothly: its most connected
// entities and the relations between them, until a search asks for a neighbourhood.

import { subgraph } from 'graphology-operators';
import type { KnowledgeGraph } from '../6-graph/types.js';

/** The `count` entities of highest degree (ties: by key, so the same graph gives the same part). */
export function mostConnected(graph: KnowledgeGraph, count: number): KnowledgeGraph {
  const ranked = graph
    .mapNodes((key) => ({ key, degree: graph.degree(key) }))
    .sort((a, b) => b.degree - a.degree || (a.key < b.key ? -1 : 1))
    .slice(0, Math.max(count, 0));
  // subgraph copies the graph's own class (nullCopy): a MultiDirectedGraph, as typed
  return subgraph(graph, new Set(ranked.map((n) => n.key))) as KnowledgeGraph;
}
