#!/usr/bin/env node
// GraphQL latency over HTTP: the attendees queries against a trivial baseline query in the same
// run, each with the answer cache on and off. Latency: sequential keep-alive requests timed with
// performance.now() (autocannon rounds to whole milliseconds); under load: autocannon at each of
// BENCH_CONNECTIONS (req/s, median, p99). Serves the bundled sources in this process, or, with
// BENCH_STORE and BENCH_SOURCES, a built store as deployed (`protokol serve --cluster auto`,
// production), the way bench/scale.mjs does.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import autocannon from 'autocannon';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '10,50').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const STORE = process.env.BENCH_STORE;
const SOURCES = process.env.BENCH_SOURCES ?? 'sources';

const QUERIES = {
  baseline: '{ stats { entities } }',
  attendees:
    '{ events(format: RESTRICTED_TALKS) { nodes { name start attendees { person { name } delegation { name } role } } } }',
  // bench/scale.mjs's query: ten events of a large graph
  attendees10:
    '{ events(format: RESTRICTED_TALKS, first: 10) { nodes { name start attendees { person { name } delegation { name } role } } } }',
};

function post(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          res.statusCode === 200 && !text.includes('"errors"')
            ? resolve()
            : reject(new Error(text)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const round = (ms) => Math.round(ms * 1000) / 1000;

async function latency(url, query) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query });
  const times = [];
  try {
    for (let i = 0; i < REQUESTS; i += 1) {
      const start = performance.now();
      await post(agent, url, body);
      times.push(performance.now() - start);
    }
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  return { medianMs: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
}

async function load(url, query, connections) {
  const r = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    duration: SECONDS,
    connections,
  });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    requestsPerSecond: r.requests.average,
    medianMs: r.latency.p50,
    p99Ms: r.latency.p99,
    loadAverage: loadavg()[0],
  };
}

/** The bundled sources in this process: { url, close, graph }. */
async function serveSources(answerCache) {
  const { buildGraphFromDirectory } = await import('../dist/pipeline.js');
  const { createGraphView } = await import('../dist/7-serve/graph-view.js');
  const { startApiServer } = await import('../dist/7-serve/http-server.js');
  const { graph } = await buildGraphFromDirectory(SOURCES);
  const server = await startApiServer({
    port: 0,
    host: '127.0.0.1',
    view: createGraphView(graph),
    ...(answerCache ? {} : { answerCache: false }),
  });
  return { url: server.url, close: () => server.close() };
}

/** A built store served as deployed, in processes of its own. */
async function serveStore(answerCache) {
  const child = spawn(
    process.execPath,
    [
      'dist/cli/main.js',
      '--store',
      STORE,
      'serve',
      '--sources',
      SOURCES,
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--cluster',
      'auto',
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--max-old-space-size=12288',
        ...(answerCache ? {} : { PROTOKOL_ANSWER_CACHE_MB: '0' }),
      },
    },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  while (!/processes serving/.test(output)) output += (await once(child.stdout, 'data'))[0];
  child.stdout.resume();
  const url = /serving (\S+)/.exec(output)[1];
  return {
    url,
    close: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

const results = {};
for (const cache of ['off', 'on']) {
  const server = await (STORE ? serveStore : serveSources)(cache === 'on');
  try {
    await load(server.url, QUERIES.attendees10, CONNECTIONS[0]); // warm-up: JIT, caches
    for (const [name, query] of Object.entries(QUERIES)) {
      const measured = { sequential: await latency(server.url, query) };
      for (const connections of CONNECTIONS)
        measured[`at${connections}`] = await load(server.url, query, connections);
      results[`${name}, cache ${cache}`] = measured;
    }
  } finally {
    await server.close();
  }
}

const report = {
  benchmark: 'api-latency',
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  served: STORE ? { store: STORE, sources: SOURCES, cluster: 'auto' } : { sources: SOURCES },
  results,
};
const row = (cells) => `| ${cells.join(' | ')} |`;
process.stdout.write(
  `${[
    row([
      'query',
      'sequential median ms',
      'sequential p99 ms',
      ...CONNECTIONS.flatMap((c) => [`req/s @${c}`, `median @${c}`, `p99 @${c}`]),
      'load',
    ]),
    row(Array(4 + 3 * CONNECTIONS.length).fill('---')),
    ...Object.entries(results).map(([name, r]) =>
      row([
        name,
        r.sequential.medianMs,
        r.sequential.p99Ms,
        ...CONNECTIONS.flatMap((c) => {
          const at = r[`at${c}`];
          return [Math.round(at.requestsPerSecond), at.medianMs, at.p99Ms];
        }),
        r[`at${CONNECTIONS.at(-1)}`].loadAverage.toFixed(1),
      ]),
    ),
  ].join('\n')}\n`,
);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/api-latency-${report.date.slice(0, 10)}.json`;
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`-> ${file}\n`);
