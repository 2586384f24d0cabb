#!/usr/bin/env node
// The explorer at 10k entities in Debian's chromium: time to lay out and write the payload,
// its size, page load until drawn, and frames per second while the user zooms and pans. Chromium
// runs headless on SwiftShader (WebGL on the CPU): a floor for a desk with a graphics card.

/* global requestAnimationFrame, document, MouseEvent, WheelEvent -- page.evaluate runs these in the page */
import { Buffer } from 'node:buffer';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import process from 'node:process';
import { performance } from 'node:perf_hooks';
import { URL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { layoutGraph } from '../dist/8-export/layout.js';
import { buildExplorerGraph } from '../dist/7-serve/explorer-graph.js';
import { renderExplorerPage } from '../dist/7-serve/explorer-page.js';
import { CHROMIUM_ARGS, launchChromium } from '../scripts/chromium.mjs';
import { seededRandom } from './random.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// the smallest is the baseline: what the machine and software WebGL allow whatever the graph;
// EXPLORER_SIZES=100,10000 for others (3 relations per entity)
const SIZES = (process.env.EXPLORER_SIZES ?? '100,2000,10000')
  .split(',')
  .map((n) => [Number(n), 3 * Number(n)]);
// EXPLORER_CHROMIUM_ARGS="--disable-gpu-vsync --disable-frame-rate-limit": past the 60 Hz cap
const EXTRA_ARGS = (process.env.EXPLORER_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);
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

/**
 * Frames drawn in 3 s of a scripted drag and zoom: at each frame the page itself sends sigma a
 * mouse move along a circle (the mouse held down), and every quarter of a second a wheel notch,
 * 6 in then 6 out, so every frame has a new camera to draw, none is an idle one, and a slow
 * page goes through the same views as a fast one.
 */
function framesPerSecond(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const target = document.querySelector('#graph .sigma-mouse');
        const box = target.getBoundingClientRect();
        const cx = box.left + box.width / 2;
        const cy = box.top + box.height / 2;
        const send = (type, x, y, more = {}) =>
          target.dispatchEvent(
            new (type === 'wheel' ? WheelEvent : MouseEvent)(type, {
              clientX: x,
              clientY: y,
              button: 0,
              bubbles: true,
              cancelable: true,
              ...more,
            }),
          );
        send('mousedown', cx, cy);
        let frames = 0;
        let notches = -1;
        const start = performance.now();
        const tick = (now) => {
          const t = (now - start) / 1000;
          if (t >= 3) {
            send('mouseup', cx, cy);
            return resolve(frames / t);
          }
          frames += 1;
          const [x, y] = [
            cx + 120 * Math.cos(2 * Math.PI * t),
            cy + 120 * Math.sin(2 * Math.PI * t),
          ];
          send('mousemove', x, y);
          const notch = Math.floor(t * 4);
          if (notch !== notches) send('wheel', x, y, { deltaY: notch < 6 ? -100 : 100 });
          notches = notch;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** EXPLORER_LAYOUT_CACHE=dir: positions kept there between runs (to measure the page alone). */
async function cachedLayout(graph) {
  const dir = process.env.EXPLORER_LAYOUT_CACHE;
  if (!dir) return layoutGraph(graph);
  const file = `${dir}/layout-${graph.order}.json`;
  try {
    return new Map(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    const positions = layoutGraph(graph);
    await mkdir(dir, { recursive: true });
    await writeFile(file, JSON.stringify([...positions]));
    return positions;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// EXPLORER_BUNDLE=file: another build of web/explore (an older one, to compare)
const bundle = await readFile(process.env.EXPLORER_BUNDLE ?? 'dist/web/explore.js', 'utf8');
const browser = await launchChromium(EXTRA_ARGS);
const results = [];
try {
  for (const [nodes, edges] of SIZES) {
    const graph = generate(nodes, edges);
    let t = performance.now();
    const positions = await cachedLayout(graph);
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
  // the machine's load when done (2 cores, shared): frames/s fall as it rises
  loadAverage: loadavg()[0],
  chromiumArgs: [...CHROMIUM_ARGS, ...EXTRA_ARGS],
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
