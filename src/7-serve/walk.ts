// Walking the graph for the API: shortest paths and neighbourhoods, ignoring edge direction
// (graphology-shortest-path and graphology-traversal, reading in- and out-neighbours alike).

import { bidirectional } from 'graphology-shortest-path';
import { bfsFromNode } from 'graphology-traversal';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { EntityType } from '../types.js';
import type { GraphView } from './graph-view.js';
import type { PathModel, SubgraphModel } from './model.js';

/** The relation between two adjacent nodes with the most evidence, either direction; ties by key. */
function strongestEdgeBetween(view: GraphView, a: string, b: string): string | undefined {
  const { graph } = view;
  const weight = (edge: string) => graph.getEdgeAttribute(edge, 'evidenceCount');
  return [...graph.edges(a, b), ...graph.edges(b, a)].sort(
    (x, y) => weight(y) - weight(x) || x.localeCompare(y),
  )[0];
}

/**
 * The graph as a shortest-path search sees it when direction does not matter: every neighbour is
 * both a successor and a predecessor. A view over the graph, not an undirected copy of it (a copy
 * doubled the memory of a served graph).
 */
function ignoringDirection(graph: KnowledgeGraph): KnowledgeGraph {
  const view: KnowledgeGraph = Object.create(graph);
  view.outboundNeighbors = (node: unknown) => graph.neighbors(node);
  view.inboundNeighbors = (node: unknown) => graph.neighbors(node);
  return view;
}

export function findPath(
  view: GraphView,
  from: string,
  to: string,
  maxLength: number,
): PathModel | undefined {
  const nodes = bidirectional(ignoringDirection(view.graph), from, to);
  if (!nodes || nodes.length - 1 > maxLength) return undefined;
  const edges = nodes.slice(1).map((node, i) => strongestEdgeBetween(view, nodes[i] ?? node, node));
  const relations = edges.filter((e): e is string => e !== undefined);
  return { length: relations.length, entities: nodes, relations };
}

export interface NeighbourhoodOptions {
  readonly depth: number;
  readonly types?: readonly EntityType[] | null;
  readonly first: number;
}

export function neighbourhood(
  view: GraphView,
  center: string,
  options: NeighbourhoodOptions,
): SubgraphModel {
  const types = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
  const kept = [center];
  bfsFromNode(
    view.graph,
    center,
    (node, attributes, depth) => {
      if (depth > options.depth) return true;
      if (node !== center && kept.length <= options.first) {
        if (!types || types.has(view.graph.getNodeAttribute(node, 'type'))) kept.push(node);
      }
      return depth === options.depth;
    },
    { mode: 'directed' },
  );
  const inside = new Set(kept);
  const edges = view.graph.filterEdges(
    (_, __, source, target) => inside.has(source) && inside.has(target),
  );
  return { center, entities: kept, relations: edges };
}
