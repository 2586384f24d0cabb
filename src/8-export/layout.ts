// Positions for the exports: ForceAtlas2 from a deterministic start, then noverlap, so a graph
// opens laid out, and the same graph always gets the same picture.

import { MultiDirectedGraph } from 'graphology';
// CommonJS modules whose module.exports is the layout function: it arrives as `default`.
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import * as noverlapModule from 'graphology-layout-noverlap';
import type { KnowledgeGraph } from '../6-graph/types.js';
import { nodeSize } from './presentation.js';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = ReadonlyMap<string, Point>;

/** FNV-1a: a stable number per key, for the starting positions. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A starting point on a disc, from the key alone (independent of the order nodes were added). */
export function seedPosition(key: string, order: number): Point {
  const h = hash(key);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt(((h >>> 16) + 1) / 0x10000) * 10 * Math.sqrt(order);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Fewer ForceAtlas2 iterations as graphs grow: each costs O(n log n + m) (10k nodes / 100k edges:
 * 9 s for 100). Past 50k nodes the seeded positions are kept: lay such graphs out in Gephi.
 */
export function defaultIterations(order: number): number {
  if (order <= 1_000) return 500;
  if (order <= 10_000) return 100;
  if (order <= 50_000) return 20;
  return 0;
}

// TypeScript types that `default` as the module again; at run time it is the function.
const forceAtlas2 =
  forceAtlas2Module.default as unknown as (typeof forceAtlas2Module.default)['default'];
const noverlap = noverlapModule.default as unknown as (typeof noverlapModule.default)['default'];

const NOVERLAP_MAX_ORDER = 2_000;

function positionsOf(
  plain: MultiDirectedGraph<{ x: number; y: number; size: number }>,
  keys: string[],
): Positions {
  return new Map(keys.map((key) => [key, roundPoint(plain.getNodeAttributes(key))]));
}

const round = (n: number) => Math.round(n * 100) / 100;
const roundPoint = ({ x, y }: Point): Point => ({ x: round(x), y: round(y) });

export function layoutGraph(
  graph: KnowledgeGraph,
  iterations = defaultIterations(graph.order),
): Positions {
  const keys = graph.nodes().sort();
  if (iterations === 0) {
    return new Map(keys.map((key) => [key, roundPoint(seedPosition(key, graph.order))]));
  }
  const plain = new MultiDirectedGraph<{ x: number; y: number; size: number }>();
  for (const key of keys) {
    plain.addNode(key, { ...seedPosition(key, graph.order), size: nodeSize(graph.degree(key)) });
  }
  graph.forEachEdge((_, __, source, target) => plain.addEdge(source, target));
  const settings = { ...forceAtlas2.inferSettings(plain), barnesHutOptimize: plain.order > 2_000 };
  forceAtlas2.assign(plain, { iterations, settings, getEdgeWeight: null });
  if (plain.order <= NOVERLAP_MAX_ORDER) {
    noverlap.assign(plain, { maxIterations: 100, settings: { margin: 2, ratio: 1.2 } });
  } else {
    // noverlap grows too slow past a few thousand nodes (10k: 20 s); FA2 spreads by size instead
    forceAtlas2.assign(plain, {
      iterations: 10,
      settings: { ...settings, adjustSizes: true },
      getEdgeWeight: null,
    });
  }
  return positionsOf(plain, keys);
}
