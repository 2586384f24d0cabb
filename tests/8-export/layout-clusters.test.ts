// The layout of a large graph shows its communities: planted clusters (most relations inside
// one) come out tight, with the few iterations and long steps used past 1,000 nodes.

import { MultiDirectedGraph } from 'graphology';
import { layoutGraph } from '../../src/8-export/layout.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

/** A small seeded generator (mulberry32), so the graph is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NODES = 3_000;
const CLUSTERS = 30;
const cluster = (i: number) => i % CLUSTERS;

function plantedClusters(): KnowledgeGraph {
  const rand = seeded(7);
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < NODES; i += 1) graph.addNode(`n${i}`);
  for (let i = 0; i < 3 * NODES; i += 1) {
    const s = Math.floor(rand() * NODES);
    let t = Math.floor(rand() * NODES);
    // 85% of the relations inside the source's cluster
    if (rand() < 0.85) t = (Math.floor(t / CLUSTERS) * CLUSTERS + cluster(s)) % NODES;
    graph.addEdge(`n${s}`, `n${t}`);
  }
  return graph as unknown as KnowledgeGraph;
}

it('puts the nodes of a cluster closer to each other than to the rest', () => {
  const positions = layoutGraph(plantedClusters());
  const rand = seeded(3);
  const sums = { inside: { sum: 0, count: 0 }, across: { sum: 0, count: 0 } };
  for (let k = 0; k < 50_000; k += 1) {
    const a = Math.floor(rand() * NODES);
    const b = Math.floor(rand() * NODES);
    const p = positions.get(`n${a}`) ?? { x: 0, y: 0 };
    const q = positions.get(`n${b}`) ?? { x: 0, y: 0 };
    const d = Math.hypot(p.x - q.x, p.y - q.y);
    const side = cluster(a) === cluster(b) ? sums.inside : sums.across;
    side.sum += d;
    side.count += 1;
  }
  const ratio = sums.inside.sum / sums.inside.count / (sums.across.sum / sums.across.count);
  expect(ratio).toBeLessThan(0.4);
}, 30_000);
