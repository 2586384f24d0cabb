// usage: node load.mjs ROOT STORE SOURCES [connections...]; serves ROOT/dist as scale.mjs does
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
const require = createRequire('/work/main/node_modules/');
const autocannon = require('autocannon');
const [root, store, sources, ...conns] = process.argv.slice(2);
const SECONDS = Number(process.env.SECONDS_ ?? 8);
const QUERY = '{ events(format: RESTRICTED_TALKS, first: 10) { nodes { name start attendees { person { name } delegation { name } role } } } }';
const extra = (process.env.SERVE_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...extra, `${root}/dist/cli/main.js`, '--store', store, 'serve', '--sources', sources, '--port', '0', '--host', '127.0.0.1', '--cluster', process.env.CLUSTER ?? 'auto'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--max-old-space-size=12288' } });
let out = '';
child.stdout.setEncoding('utf8');
while (!/processes serving|serving http/.test(out)) out += (await once(child.stdout, 'data'))[0];
const url = /serving (\S+)/.exec(out)[1];
child.stdout.on('data', (d) => process.stderr.write(d));
async function load(connections, query = QUERY) {
  const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), connections, duration: SECONDS });
  if (r.non2xx || r.errors) throw new Error(`${r.non2xx} non2xx ${r.errors} errors`);
  return r;
}
try {
  await load(10);
  for (const c of conns.map(Number)) {
    const r = await load(c);
    console.log(JSON.stringify({ root, connections: c, rps: Math.round(r.requests.average), p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, load: (await import('node:os')).loadavg()[0].toFixed(2) }));
  }
} finally { child.kill('SIGTERM'); await once(child, 'exit'); }
