// The graph as graphology's JSON serialization ({attributes, options, nodes, edges}), sorted, with
// each node's and edge's evidence written out with its quote.

import type { SerializedGraph } from 'graphology-types';
import { quotedEvidence, type EvidenceRun, type EvidenceTable } from './evidence-table.js';
import type { KnowledgeGraph } from './types.js';
import type { QuotedEvidence } from '../types.js';

type WithQuotedEvidence<A extends EvidenceRun> = Omit<A, keyof EvidenceRun> & {
  evidence: QuotedEvidence[];
};

export function withQuotedEvidence<A extends EvidenceRun>(
  table: EvidenceTable,
  attributes: A,
): WithQuotedEvidence<A> {
  const { evidenceFrom, evidenceCount, ...rest } = attributes;
  return { ...rest, evidence: quotedEvidence(table, { evidenceFrom, evidenceCount }) };
}

export function serialisableGraph(graph: KnowledgeGraph): SerializedGraph {
  const { evidence: table, ...attributes } = graph.getAttributes();
  const exported = graph.export();
  return {
    ...exported,
    attributes,
    nodes: exported.nodes.map((node) => ({
      ...node,
      attributes: node.attributes && withQuotedEvidence(table, node.attributes),
    })),
    edges: exported.edges.map((edge) => ({
      ...edge,
      attributes: edge.attributes && withQuotedEvidence(table, edge.attributes),
    })),
  };
}

export function serialiseGraph(graph: KnowledgeGraph): string {
  return `${JSON.stringify(serialisableGraph(graph), null, 2)}\n`;
}
