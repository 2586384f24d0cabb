// Walking the graph for the API: shortest paths and neighbourhoods, ignoring edge direction
// (graphology-shortest-path and graphology-traversal over the view's undirected copy).

import { bidirectional } from 'graphology-shortest-path';
import { bfsFromNode } from 'graphology-traversal';
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

export function findPath(
  view: GraphView,
  from: string,
  to: string,
  maxLength: number,
): PathModel | undefined {
  const nodes = bidirectional(view.undirected, from, to);
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
  bfsFromNode(view.undirected, center, (node, attributes, depth) => {
    if (depth > options.depth) return true;
    if (node !== center && kept.length <= options.first) {
      if (!types || types.has(view.graph.getNodeAttribute(node, 'type'))) kept.push(node);
    }
    return depth === options.depth;
  });
  const inside = new Set(kept);
  const edges = view.graph.filterEdges(
    (_, __, source, target) => inside.has(source) && inside.has(target),
  );
  return { center, entities: kept, relations: edges };
}
