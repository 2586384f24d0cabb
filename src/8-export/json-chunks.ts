// The graph's JSON (serialiseGraph: graphology's serialization, evidence quoted, two-space
// indent) written node by node and edge by edge, so a large graph is never one string in memory.

import { withQuotedEvidence } from '../6-graph/serialise.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { batched } from './chunks.js';

/** JSON.stringify(value, null, 2) as if nested `depth` levels deep (strings hold no newline). */
function nested(value: unknown, depth: number): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

function* arrayPieces<T>(items: Iterable<T>, depth: number): Generator<string> {
  const indent = `\n${'  '.repeat(depth + 1)}`;
  let first = true;
  for (const item of items) {
    yield `${first ? '[' : ','}${indent}${nested(item, depth + 1)}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
}

function* graphPieces(graph: KnowledgeGraph): Generator<string> {
  const { evidence: table, ...attributes } = graph.getAttributes();
  const exported = graph.export();
  // the key order of graphology's export, as serialiseGraph keeps it
  // one item quoted at a time: the quotes of a node live only while it is written
  const lists: Record<string, () => Iterable<unknown>> = {
    *nodes() {
      for (const node of exported.nodes) {
        yield {
          ...node,
          attributes: node.attributes && withQuotedEvidence(table, node.attributes),
        };
      }
    },
    *edges() {
      for (const edge of exported.edges) {
        yield {
          ...edge,
          attributes: edge.attributes && withQuotedEvidence(table, edge.attributes),
        };
      }
    },
  };
  const top: Record<string, unknown> = { ...exported, attributes };
  let first = true;
  for (const [key, value] of Object.entries(top)) {
    yield `${first ? '{' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    const list = lists[key];
    if (list) yield* arrayPieces(list(), 1);
    else yield nested(value, 1);
  }
  yield first ? '{}\n' : '\n}\n';
}

export function graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  return batched(graphPieces(graph));
}
