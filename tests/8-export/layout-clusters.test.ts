// The layout of a large graph shows its communities: planted clusters (most relations inside
// one) come out tight, with the few iterations and long steps used past 1,000 nodes.

import { MultiDirectedGraph } from 'graphology';
import { layoutGraph } from '../../src/8-export/layout.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { seededRandom } from '../../bench/random.mjs';

const NODES = 3_000;
const CLUSTERS = 30;
const cluster = (i: number) => i % CLUSTERS;

function plantedClusters(): KnowledgeGraph {
  const rand = seededRandom(7);
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
  const rand = seededRandom(3);
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
