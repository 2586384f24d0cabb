// The explorer's neighbourhood of one entity: all of it within the depth while it fits, else the
// nearest and most connected entities up to the cap, and how many were found.

import { MultiDirectedGraph } from 'graphology';
import { selectNeighbourhood } from '../../src/7-serve/explorer-neighbourhood.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

/** A hub with `spokes` neighbours; spoke i has i extra neighbours of its own (leaves). */
function hubGraph(spokes: number): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  const add = (key: string) => graph.mergeNode(key, { type: 'Person', name: key } as never);
  add('hub');
  for (let i = 0; i < spokes; i += 1) {
    add(`spoke-${i}`);
    graph.addEdge('hub', `spoke-${i}`, { type: 'MEMBER_OF' } as never);
    for (let j = 0; j < i; j += 1) {
      add(`leaf-${i}-${j}`);
      graph.addEdge(`spoke-${i}`, `leaf-${i}-${j}`, { type: 'MEMBER_OF' } as never);
    }
  }
  return graph;
}

describe('selectNeighbourhood', () => {
  it('keeps every entity within the depth while they fit under the cap', () => {
    const part = selectNeighbourhood(hubGraph(5), 'hub', 1, 100);
    expect(part.found).toBe(6);
    expect(part.graph.order).toBe(6);
    expect(part.graph.size).toBe(5);
  });

  it('keeps the hub and its most connected neighbours past the cap, and says how many were found', () => {
    const part = selectNeighbourhood(hubGraph(30), 'hub', 1, 10);
    expect(part.found).toBe(31);
    expect(part.graph.order).toBe(10);
    const spokes = part.graph.nodes().filter((n) => n !== 'hub');
    expect(part.graph.hasNode('hub')).toBe(true);
    // spokes 29..21 have the most leaves
    expect(spokes.sort()).toEqual(Array.from({ length: 9 }, (_, i) => `spoke-${21 + i}`).sort());
    expect(part.graph.size).toBe(9);
  });

  it('fills the cap with the nearer entities first at depth 2', () => {
    const part = selectNeighbourhood(hubGraph(10), 'hub', 2, 12);
    expect(part.found).toBe(1 + 10 + 45);
    expect(part.graph.order).toBe(12);
    const spokes = part.graph.nodes().filter((n) => n.startsWith('spoke-'));
    expect(spokes).toHaveLength(10);
  });

  it('follows relations both ways (an entity is a neighbour of what points to it)', () => {
    const part = selectNeighbourhood(hubGraph(3), 'spoke-2', 1, 100);
    expect(part.graph.nodes().sort()).toEqual(['hub', 'leaf-2-0', 'leaf-2-1', 'spoke-2'].sort());
  });
});
