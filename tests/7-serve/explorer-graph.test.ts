// The explorer's payload: every entity with the export layout's position and the GEXF's colour
// of its type, edges as indices, and an overview marked as such past what a browser can draw.

import { buildExplorerGraph, colourHex } from '../../src/7-serve/explorer-graph.js';
import { layoutGraph } from '../../src/8-export/layout.js';
import { TYPE_COLOURS, nodeSize } from '../../src/8-export/presentation.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import type { Positions } from '../../src/8-export/layout.js';
import { sourcesView } from './fixture.js';

let graph: KnowledgeGraph;
let positions: Positions;
beforeAll(async () => {
  graph = (await sourcesView()).graph;
  positions = layoutGraph(graph);
});

describe('buildExplorerGraph', () => {
  it('sends every entity where the export layout puts it, coloured as in the GEXF', () => {
    const payload = buildExplorerGraph(graph, positions);
    expect(payload.nodes).toHaveLength(graph.order);
    expect(payload.edges).toHaveLength(graph.size);
    expect(payload.tooLarge).toBe(false);
    const lukashenko = payload.nodes.find((n) => n.label === 'Alexander Lukashenko');
    expect(lukashenko).toMatchObject({
      type: 'Person',
      color: '#4e79a7',
      ...positions.get(lukashenko?.key ?? ''),
      size: nodeSize(graph.degree(lukashenko?.key ?? '')),
    });
    for (const node of payload.nodes) expect(node.color).toBe(colourHex(TYPE_COLOURS[node.type]));
  });

  it('writes each edge as the indices of its ends and of its relation type', () => {
    const payload = buildExplorerGraph(graph, positions);
    const sent = payload.edges.map(([s, t, r]) =>
      [payload.nodes[s]?.key, payload.nodes[t]?.key, payload.relationTypes[r]].join(' '),
    );
    const expected = graph.mapEdges((_, a, source, target) => [source, target, a.type].join(' '));
    expect(sent.sort()).toEqual(expected.sort());
  });

  it('keeps the dates of events for the time range', () => {
    const payload = buildExplorerGraph(graph, positions);
    const talks = payload.nodes.find((n) => n.key.includes('restricted-talks'));
    expect(talks?.start).toBe('2024-05-24T14:50');
  });

  it('marks an overview of a graph too large to draw, with the size of the whole', () => {
    const total = { nodes: 50_000, edges: 150_000 };
    const payload = buildExplorerGraph(graph, positions, { tooLarge: true, maxNodes: 50, total });
    expect(payload).toMatchObject({ tooLarge: true, maxNodes: 50, total });
    expect(payload.nodes).toHaveLength(graph.order);
  });
});
