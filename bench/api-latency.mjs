#!/usr/bin/env node
// GraphQL latency over HTTP on the bundled sources: the attendees query against a trivial
// baseline query in the same run. Latency: sequential keep-alive requests timed with
// performance.now() (autocannon rounds to whole milliseconds); throughput: autocannon.

import { Agent, request } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import autocannon from 'autocannon';
import { buildGraphFromDirectory } from '../dist/pipeline.js';
import { createGraphView } from '../dist/7-serve/graph-view.js';
import { startApiServer } from '../dist/7-serve/http-server.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

const QUERIES = {
  baseline: '{ stats { entities } }',
  attendees:
    '{ events(format: RESTRICTED_TALKS) { nodes { name start attendees { person { name } delegation { name } role } } } }',
};

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function post(url, body) {
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

async function latency(url, query) {
  const body = JSON.stringify({ query });
  const times = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    await post(url, body);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 1000) / 1000;
  return {
    requests: times.length,
    medianMs: round(percentile(times, 50)),
    p99Ms: round(percentile(times, 99)),
  };
}

function throughput(url, query) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    duration: SECONDS,
    connections: CONNECTIONS,
  });
}

const { graph } = await buildGraphFromDirectory('sources');
const server = await startApiServer({ port: 0, host: '127.0.0.1', view: createGraphView(graph) });
const results = {};
try {
  await latency(server.url, QUERIES.attendees); // warm-up: JIT, caches
  for (const [name, query] of Object.entries(QUERIES)) {
    const measured = await latency(server.url, query);
    const r = await throughput(server.url, query);
    if (r.non2xx > 0 || r.errors > 0)
      throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    results[name] = { ...measured, requestsPerSecond: r.requests.average };
  }
} finally {
  agent.destroy();
  await server.close();
}

const report = {
  benchmark: 'api-latency',
  date: new Date().toISOString(),
  node: process.version,
  connections: CONNECTIONS,
  cpus: (await import('node:os')).cpus().length,
  graph: { entities: graph.order, relations: graph.size },
  results,
  attendeesOverBaseline: results.attendees.medianMs / Math.max(results.baseline.medianMs, 0.001),
};
for (const [name, r] of Object.entries(results)) {
  process.stdout.write(
    `${name.padEnd(10)} ${r.requests} sequential requests  median ${r.medianMs} ms  p99 ${r.p99Ms} ms  | ${Math.round(r.requestsPerSecond)} req/s at ${CONNECTIONS} connections\n`,
  );
}
process.stdout.write(`attendees / baseline median: ${report.attendeesOverBaseline.toFixed(2)}\n`);
await mkdir('bench/results', { recursive: true });
const file = `bench/results/api-latency-${report.date.slice(0, 10)}.json`;
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`-> ${file}\n`);
