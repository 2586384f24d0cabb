// edgesOf with relation types walks the node's edges without listing them all first: the same
// edges, in the same order, as the node's whole list filtered.

import { edgesOf, type Direction } from '../../src/7-serve/graph-view.js';
import type { RelationType } from '../../src/types.js';
import { sourcesView } from './fixture.js';

const TYPE_SETS: readonly (readonly RelationType[])[] = [
  ['ATTENDED'],
  ['ATTENDED', 'SPOKE_AT'],
  ['HELD_IN', 'PART_OF'],
  ['MET_WITH'],
];

it.each<Direction>(['OUT', 'IN', 'BOTH'])(
  'lists the %s edges of given types of every node as the filtered list of all',
  async (direction) => {
    const view = await sourcesView();
    const { graph } = view;
    const all = (key: string) =>
      direction === 'OUT'
        ? graph.outEdges(key)
        : direction === 'IN'
          ? graph.inEdges(key)
          : graph.edges(key);
    let compared = 0;
    graph.forEachNode((key) => {
      for (const types of TYPE_SETS) {
        const expected = all(key).filter((e) => types.includes(graph.getEdgeAttribute(e, 'type')));
        expect(edgesOf(view, key, { types, direction })).toEqual(expected);
        compared += expected.length;
      }
    });
    expect(compared).toBeGreaterThan(20);
  },
);
