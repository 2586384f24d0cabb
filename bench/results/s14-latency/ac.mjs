import { createRequire } from 'node:module';
const autocannon = createRequire('/work/main/node_modules/')('autocannon');
const [url, c, s] = process.argv.slice(2);
const QUERY = process.env.Q ?? '{ events(format: RESTRICTED_TALKS, first: 10) { nodes { name start attendees { person { name } delegation { name } role } } } }';
const r = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }), connections: Number(c), duration: Number(s) });
if (r.non2xx || r.errors) throw new Error(`${r.non2xx} non2xx ${r.errors} errors`);
console.log(JSON.stringify({ connections: Number(c), rps: Math.round(r.requests.average), total: r.requests.total, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, load: (await import('node:os')).loadavg()[0].toFixed(2) }));
