// Parts of the graph worth exporting on their own: around an entity, of some types, in a period.

import { overlapsPeriod } from '../6-graph/time.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { EntityType } from '../types.js';

export interface SubgraphFilter {
  /** Node key of the centre; with `depth`, keeps what lies within that many relations. */
  readonly around?: string;
  readonly depth?: number;
  readonly types?: readonly EntityType[];
  /** YYYY-MM-DD: the events of the period (undated ones are dropped) and the people,
   * organisations and places they touch. */
  readonly from?: string;
  readonly to?: string;
}

function within(graph: KnowledgeGraph, center: string, depth: number): Set<string> {
  const seen = new Set([center]);
  let frontier = [center];
  for (let d = 0; d < depth && frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of graph.neighbors(node)) {
        if (!seen.has(neighbour)) {
          seen.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

export function isFiltered(filter: SubgraphFilter): boolean {
  return Boolean(filter.around || filter.types?.length || filter.from || filter.to);
}

/** A copy of the graph with only the kept nodes and the relations among them. */
export function selectSubgraph(graph: KnowledgeGraph, filter: SubgraphFilter): KnowledgeGraph {
  if (!isFiltered(filter)) return graph;
  let keep = new Set(graph.nodes());
  if (filter.around) keep = within(graph, filter.around, filter.depth ?? 1);
  if (filter.types?.length) {
    const types = new Set(filter.types);
    keep = new Set([...keep].filter((n) => types.has(graph.getNodeAttribute(n, 'type'))));
  }
  if (filter.from || filter.to) {
    const events = [...keep].filter((n) => {
      const a = graph.getNodeAttributes(n);
      return a.type === 'Event' && overlapsPeriod(a.start, a.end, filter.from, filter.to);
    });
    const touched = new Set(events);
    for (const event of events) {
      for (const n of graph.neighbors(event)) {
        if (keep.has(n) && graph.getNodeAttribute(n, 'type') !== 'Event') touched.add(n);
      }
    }
    keep = touched;
  }
  const copy = graph.copy();
  for (const node of graph.nodes()) if (!keep.has(node)) copy.dropNode(node);
  return copy;
}
