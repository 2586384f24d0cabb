#!/usr/bin/env node
// Warm start, against a baseline in the same run: for each checkout (REPO:STORE, e.g. a checkout
// of main with its own store, then this one), RUNS times in turn, (1) loadGraph on an unchanged
// store in a process of its own, then the serving view (createGraphView), and (2) `protokol serve`
// until it says it serves. Stores must have been built by their checkout first. Prints medians
// and writes nothing: the table goes to bench/results by hand.
//
//   node bench/warm-start.mjs CORPUS RUNS REPO:STORE [REPO:STORE ...]

import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import process from 'node:process';
import { performance } from 'node:perf_hooks';

const HEAP = '--max-old-space-size=12288';

if (process.argv[2] === '--child') {
  const [repo, corpus, store] = process.argv.slice(3);
  const dist = (path) => pathToFileURL(join(repo, 'dist', path)).href;
  const { loadGraph } = await import(dist('store/load-graph.js'));
  const { createGraphView } = await import(dist('7-serve/graph-view.js'));
  let t = performance.now();
  const loaded = await loadGraph({ sources: corpus, store, strict: false });
  const loadSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const view = createGraphView(loaded.graph);
  const viewSeconds = (performance.now() - t) / 1000;
  // the indexes a checkout may build lazily (a plain property elsewhere: ~0)
  t = performance.now();
  void [view.search.entries.length, view.roles.entries.length];
  const lazySeconds = (performance.now() - t) / 1000;
  process.stdout.write(
    `${JSON.stringify({
      loadSeconds,
      viewSeconds,
      lazySeconds,
      nodes: view.graph.order,
      edges: view.graph.size,
      summary: loaded.summary,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
  process.exit(0);
}

async function serveSeconds(repo, corpus, store) {
  const t = performance.now();
  const child = spawn(
    process.execPath,
    [
      HEAP,
      join(repo, 'dist/cli/main.js'),
      '--store',
      store,
      'serve',
      '--sources',
      corpus,
      '--port',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  while (!/serving/.test(output)) output += (await once(child.stdout, 'data'))[0];
  const seconds = (performance.now() - t) / 1000;
  // the first name search, while the lazy indexes may still be under way
  const url = /serving (\S+)/.exec(output)[1];
  const asked = performance.now();
  const answer = await globalThis.fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ search(text: "loukachenko") { id } }' }),
  });
  if (!answer.ok) throw new Error(`search: HTTP ${answer.status}`);
  await answer.text();
  const firstSearchMs = performance.now() - asked;
  child.kill('SIGTERM');
  await once(child, 'exit');
  return { seconds, firstSearchMs };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const [corpus, runs, ...targets] = process.argv.slice(2);
const checkouts = targets.map((t) => {
  const [repo, store] = t.split(':');
  return {
    repo: resolve(repo),
    store: resolve(store),
    load: [],
    view: [],
    lazy: [],
    serve: [],
    search: [],
    rss: [],
  };
});
for (let run = 0; run < Number(runs); run += 1) {
  for (const c of checkouts) {
    const out = execFileSync(
      process.execPath,
      [HEAP, 'bench/warm-start.mjs', '--child', c.repo, resolve(corpus), c.store],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    const r = JSON.parse(out.trim().split('\n').at(-1));
    c.load.push(r.loadSeconds);
    c.view.push(r.viewSeconds);
    c.lazy.push(r.lazySeconds);
    c.rss.push(r.peakRssMB);
    c.summary = r.summary;
    const served = await serveSeconds(c.repo, resolve(corpus), c.store);
    c.serve.push(served.seconds);
    c.search.push(served.firstSearchMs);
    process.stdout.write(
      `run ${run + 1} ${c.repo}: loadGraph ${r.loadSeconds.toFixed(2)} s, view ${r.viewSeconds.toFixed(2)} s (+ lazy indexes ${r.lazySeconds.toFixed(2)} s), serve ${served.seconds.toFixed(2)} s, first search ${served.firstSearchMs.toFixed(0)} ms, peak RSS ${r.peakRssMB.toFixed(0)} MB (${r.nodes} nodes, ${r.edges} edges)\n`,
    );
  }
}
for (const c of checkouts) {
  process.stdout.write(
    `| ${c.repo} | ${median(c.load).toFixed(2)} | ${median(c.view).toFixed(2)} | ${median(c.lazy).toFixed(2)} | ${median(c.serve).toFixed(2)} | ${median(c.search).toFixed(0)} | ${median(c.rss).toFixed(0)} | ${c.summary}\n`,
  );
}
