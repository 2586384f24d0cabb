// node harness2.mjs ROOT STORE SOURCES CACHE(on|off) CONNS SECONDS -> cpu per request, GC pauses
import { PerformanceObserver } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
const [root, store, sources, cache, conns = '50', secs = '6'] = process.argv.slice(2);
const { loadGraph } = await import(`${root}/dist/store/load-graph.js`);
const { createGraphView } = await import(`${root}/dist/7-serve/graph-view.js`);
const { startApiServer } = await import(`${root}/dist/7-serve/http-server.js`);
const { graph } = await loadGraph({ sources, store, strict: false, readOnly: true });
const view = createGraphView(graph);
const server = await startApiServer({ port: 0, host: '127.0.0.1', view, production: true, introspection: false, ...(cache === 'off' ? { answerCache: false } : {}) });
const run = async (c, s) => {
  const ch = spawn(process.execPath, ['/tmp/lat/ac.mjs', server.url, c, s], { stdio: ['ignore', 'pipe', 'inherit'] });
  let o = ''; ch.stdout.on('data', (d) => (o += d)); await once(ch, 'exit'); return JSON.parse(o.trim());
};
await run('10', '4');
const pauses = []; const kinds = {};
const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) { pauses.push(e.duration); const k = e.detail?.kind ?? e.kind; kinds[k] = Math.round((kinds[k] ?? 0) + e.duration); } });
obs.observe({ entryTypes: ['gc'] });
const cpu0 = process.cpuUsage();
const r = await run(conns, secs);
const cpu = process.cpuUsage(cpu0);
await new Promise((res) => setTimeout(res, 100));
obs.disconnect();
pauses.sort((a, b) => a - b);
console.log(JSON.stringify({ root: root.split('/').pop(), cache, ...r, cpuUsPerReq: Math.round((cpu.user + cpu.system) / r.total), gcMs: Math.round(pauses.reduce((a, b) => a + b, 0)), gcCount: pauses.length, gcMaxMs: +(pauses.at(-1) ?? 0).toFixed(1), gcP99Ms: +(pauses[Math.floor(pauses.length * 0.99)] ?? 0).toFixed(1), kinds, heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }));
await server.close();
process.exit(0);
