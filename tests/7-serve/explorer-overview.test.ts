// The explorer's overview of a graph too large to draw: its most connected entities with the
// relations between them; ties broken by key, so the same graph always gives the same part.

import { MultiDirectedGraph } from 'graphology';
import { mostConnected } from '../../src/7-serve/explorer-overview.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

/** "moscou" and "minsk" are hubs; "astana" and "bakou" have one relation each, "tachkent" none. */
function capitals(): KnowledgeGraph {
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  for (const key of ['tachkent', 'bakou', 'astana', 'minsk', 'moscou'])
    graph.addNode(key, { type: 'Place', name: key } as never);
  const link = (a: string, b: string) => graph.addEdge(a, b, { type: 'MET_WITH' } as never);
  link('moscou', 'minsk');
  link('minsk', 'moscou');
  link('moscou', 'astana');
  link('minsk', 'bakou');
  return graph;
}

describe('mostConnected', () => {
  it.each([
    [2, ['minsk', 'moscou']],
    [3, ['astana', 'minsk', 'moscou']],
    [5, ['astana', 'bakou', 'minsk', 'moscou', 'tachkent']],
    [9, ['astana', 'bakou', 'minsk', 'moscou', 'tachkent']],
    [0, []],
  ])('keeps the %i of highest degree', (count, keys) => {
    expect(mostConnected(capitals(), count).nodes().sort()).toEqual(keys);
  });

  it('keeps the relations between the entities kept, and only those', () => {
    const part = mostConnected(capitals(), 3);
    expect(part.size).toBe(3); // both ways between Moscou and Minsk, and Moscou - Astana
    expect(part.hasNode('bakou')).toBe(false);
  });
});
