#!/usr/bin/env node
// The explorer at 10k entities in Debian's chromium: time to lay out and write the payload,
// its size, page load until drawn, and frames per second while the user zooms and pans. Chromium
// runs headless on SwiftShader (WebGL on the CPU): a floor for a desk with a graphics card.

/* global requestAnimationFrame -- the callback of page.evaluate runs in the page */
import { Buffer } from 'node:buffer';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { layoutGraph } from '../dist/8-export/layout.js';
import { buildExplorerGraph } from '../dist/7-serve/explorer-graph.js';
import { renderExplorerPage } from '../dist/7-serve/explorer-page.js';
import { launchChromium } from '../scripts/chromium.mjs';
import { seededRandom } from './random.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// the smallest is the baseline: what the machine and software WebGL allow whatever the graph
const SIZES = [
  [100, 300],
  [2_000, 6_000],
  [10_000, 30_000],
];
const TYPES = ['Person', 'Organisation', 'Place', 'Event'];
const RELATIONS = ['ATTENDED', 'SPOKE_AT', 'HOLDS_ROLE', 'MEMBER_OF', 'HELD_IN'];

function generate(n, m) {
  const rand = seededRandom(42);
  const graph = new MultiDirectedGraph();
  for (let i = 0; i < n; i += 1) {
    const type = TYPES[i % 4];
    const start = `2024-05-${String((i % 28) + 1).padStart(2, '0')}`;
    graph.addNode(`n${i}`, { type, name: `Entité ${i}`, ...(type === 'Event' ? { start } : {}) });
  }
  for (let i = 0; i < m; i += 1) {
    const source = `n${Math.floor(rand() * n)}`;
    const target = `n${Math.floor(rand() * n)}`;
    graph.addEdge(source, target, { type: RELATIONS[i % RELATIONS.length] });
  }
  return graph;
}

function serve(payload, bundle) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/explore') res.end(renderExplorerPage('/graphql'));
    else if (path === '/explore/explore.js') res.end(bundle);
    else if (path === '/explore/graph.json') res.end(payload);
    else res.end('{"data":{"search":[]}}');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Frames drawn in 3 s of wheel zooms and drags over the graph. */
async function framesPerSecond(page) {
  const counting = page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        const end = performance.now() + 3000;
        const tick = (now) =>
          now < end ? (frames++, requestAnimationFrame(tick)) : resolve(frames / 3);
        requestAnimationFrame(tick);
      }),
  );
  const box = await page.locator('#graph').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  for (let i = 0; i < 12; i += 1) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, i % 2 ? 300 : -300);
    await page.mouse.down();
    await page.mouse.move(cx + 80, cy + 40, { steps: 5 });
    await page.mouse.up();
  }
  return counting;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bundle = await readFile('dist/web/explore.js', 'utf8');
const browser = await launchChromium();
const results = [];
try {
  for (const [nodes, edges] of SIZES) {
    const graph = generate(nodes, edges);
    let t = performance.now();
    const positions = layoutGraph(graph);
    const layoutSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const payload = JSON.stringify(buildExplorerGraph(graph, positions));
    const payloadSeconds = (performance.now() - t) / 1000;
    const server = await serve(payload, bundle);
    const origin = `http://127.0.0.1:${server.address().port}`;
    const loads = [];
    const fps = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await browser.context.newPage();
      t = performance.now();
      await page.goto(`${origin}/explore`);
      await page
        .locator('#status')
        .filter({ hasText: 'entities shown' })
        .waitFor({ timeout: 120_000 });
      loads.push((performance.now() - t) / 1000);
      fps.push(await framesPerSecond(page));
      await page.close();
    }
    server.close();
    const result = {
      nodes,
      edges,
      layoutSeconds,
      payloadSeconds,
      payloadMB: Buffer.byteLength(payload) / 1e6,
      medianLoadSeconds: median(loads),
      medianFramesPerSecond: median(fps),
    };
    results.push(result);
    process.stdout.write(
      `explorer ${nodes} nodes / ${edges} edges: layout ${layoutSeconds.toFixed(1)} s, payload ${result.payloadMB.toFixed(1)} MB in ${payloadSeconds.toFixed(2)} s, page drawn in ${result.medianLoadSeconds.toFixed(2)} s, ${result.medianFramesPerSecond.toFixed(1)} frames/s while zooming and panning (median of ${RUNS})\n`,
    );
  }
} finally {
  await browser.close();
}
const baseline = results[0].medianFramesPerSecond;
const report = {
  date: new Date().toISOString(),
  node: process.version,
  runs: RUNS,
  results,
  framesAt10kOverBaseline: results.at(-1).medianFramesPerSecond / baseline,
};
process.stdout.write(
  `frames/s at 10k nodes / at 100 nodes: ${report.framesAt10kOverBaseline.toFixed(2)}\n`,
);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/explorer-${report.date.slice(0, 10)}.json`;
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`-> ${file}\n`);
