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
 * Fewer ForceAtlas2 iterations as graphs grow: each costs O(n log n + m) (10k nodes / 30k edges:
 * 30 ms with settingsFor's). Past 50k nodes the seeded positions are kept: lay those out in Gephi.
 */
export function defaultIterations(order: number): number {
  if (order <= 1_000) return 500;
  if (order <= 10_000) return 50;
  if (order <= 50_000) return 20;
  return 0;
}

// TypeScript types that `default` as the module again; at run time it is the function.
const forceAtlas2 =
  forceAtlas2Module.default as unknown as (typeof forceAtlas2Module.default)['default'];
const noverlap = noverlapModule.default as unknown as (typeof noverlapModule.default)['default'];

const NOVERLAP_MAX_ORDER = 2_000;
/** Past this many nodes fewer iterations are run, each coarser and taking longer steps. */
const FEW_ITERATIONS_ORDER = 1_000;

type Fa2Settings = ReturnType<typeof forceAtlas2.inferSettings>;

/**
 * Past 1,000 nodes: Barnes-Hut with theta 1.2 (2.7 times faster per iteration than 0.5, the same
 * picture) and no slow-down (graphology's 1 + ln n damps each step: 100 iterations did less than
 * 50 do without it). On 100 planted clusters of 100 nodes, the mean distance within a cluster over
 * that between any two: 0.30 with 100 iterations at theta 0.5 in 9.1 s, 0.28 with these in 1.7 s.
 */
function settingsFor(graph: MultiDirectedGraph): Fa2Settings {
  const inferred = forceAtlas2.inferSettings(graph);
  if (graph.order <= FEW_ITERATIONS_ORDER) return inferred;
  return { ...inferred, barnesHutOptimize: true, barnesHutTheta: 1.2, slowDown: 1 };
}

/** What the layout reads of a graph, as plain arrays that cross to a worker thread unchanged. */
export interface LayoutInput {
  /** Node keys, sorted. */
  readonly keys: readonly string[];
  readonly sizes: Float64Array<ArrayBuffer>;
  /** Edges as pairs of indices into keys. */
  readonly edges: Int32Array<ArrayBuffer>;
  readonly iterations: number;
}

export function layoutInputOf(
  graph: KnowledgeGraph,
  iterations = defaultIterations(graph.order),
): LayoutInput {
  const keys = graph.nodes().sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const sizes = Float64Array.from(keys, (key) => nodeSize(graph.degree(key)));
  const edges = new Int32Array(graph.size * 2);
  let i = 0;
  graph.forEachEdge((_, __, source, target) => {
    edges[i++] = index.get(source) ?? 0;
    edges[i++] = index.get(target) ?? 0;
  });
  return { keys, sizes, edges, iterations };
}

/** Positions as two arrays in the order of `input.keys`. */
export interface LaidOut {
  readonly x: Float64Array<ArrayBuffer>;
  readonly y: Float64Array<ArrayBuffer>;
}

export function layOut(input: LayoutInput): LaidOut {
  const { keys, iterations } = input;
  const order = keys.length;
  const seeds = keys.map((key) => seedPosition(key, order));
  if (iterations === 0) return pointsOf(seeds);
  const plain = new MultiDirectedGraph<{ x: number; y: number; size: number }>();
  keys.forEach((key, i) =>
    plain.addNode(key, { ...(seeds[i] ?? { x: 0, y: 0 }), size: input.sizes[i] ?? 1 }),
  );
  for (let i = 0; i < input.edges.length; i += 2) {
    plain.addEdge(keys[input.edges[i] ?? 0], keys[input.edges[i + 1] ?? 0]);
  }
  const settings = settingsFor(plain);
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
  return pointsOf(keys.map((key) => plain.getNodeAttributes(key)));
}

function pointsOf(points: readonly Point[]): LaidOut {
  return {
    x: Float64Array.from(points, (p) => round(p.x)),
    y: Float64Array.from(points, (p) => round(p.y)),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

export function positionsFrom(keys: readonly string[], laidOut: LaidOut): Positions {
  return new Map(keys.map((key, i) => [key, { x: laidOut.x[i] ?? 0, y: laidOut.y[i] ?? 0 }]));
}

/** In this thread; layoutInWorker (layout-in-worker.ts) for a server. */
export function layoutGraph(
  graph: KnowledgeGraph,
  iterations = defaultIterations(graph.order),
): Positions {
  const input = layoutInputOf(graph, iterations);
  return positionsFrom(input.keys, layOut(input));
}
