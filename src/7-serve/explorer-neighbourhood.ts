// The part of the graph the explorer draws around one entity: what lies within `depth` relations
// of it, capped (a hub with 40,000 neighbours sends the `cap` nearest, most connected ones).

import { subgraph } from 'graphology-operators';
import { bfsFromNode } from 'graphology-traversal';
import type { KnowledgeGraph } from '../6-graph/types.js';

/** A neighbourhood is read, not only drawn: past this many entities it shows the most connected. */
export const EXPLORER_MAX_NEIGHBOURHOOD = 2_000;

export interface Neighbourhood {
  readonly graph: KnowledgeGraph;
  /** How many entities lie within `depth`, the centre included, before the cap. */
  readonly found: number;
}

/** Nearest first, then most connected in the whole graph; the centre always stays. */
export function selectNeighbourhood(
  graph: KnowledgeGraph,
  centre: string,
  depth: number,
  cap: number,
): Neighbourhood {
  const found: { key: string; distance: number; degree: number }[] = [];
  bfsFromNode(
    graph,
    centre,
    (key, _, distance) => {
      found.push({ key, distance, degree: graph.degree(key) });
      return distance >= depth; // true: no further from here
    },
    { mode: 'directed' }, // both ways along directed relations
  );
  const kept =
    found.length <= cap
      ? found
      : [...found]
          .sort(
            (a, b) => a.distance - b.distance || b.degree - a.degree || (a.key < b.key ? -1 : 1),
          )
          .slice(0, Math.max(cap, 1));
  // subgraph copies the graph's own class (nullCopy): a MultiDirectedGraph, as typed
  const part = subgraph(graph, new Set(kept.map((n) => n.key))) as KnowledgeGraph;
  return { graph: part, found: found.length };
}
