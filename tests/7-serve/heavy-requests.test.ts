// The target of issue 14 against a started server (the compiled CLI over 400 generated
// documents): while each heavy request runs, /health answers within 200 ms (asserted with a wide
// margin: two shared cores), and the request ends within 2 s or is refused with a code.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'dist/cli/main.js';
/** The target is 200 ms and 2 s; the margins absorb a machine loaded by other jobs and test files
 * (before the change /health waited 5.8 to 25 s). */
const HEALTH_MS = 2_000;
const REQUEST_MS = 8_000;

let dir: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protokol-heavy-'));
  execFileSync(process.execPath, ['bench/corpus/generate.mjs', join(dir, 'sources'), '400']);
  child = spawn(
    process.execPath,
    [CLI, '--no-store', 'serve', '-s', join(dir, 'sources'), '-p', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.setEncoding('utf8');
  while (!/serving (http:\/\/\S+)\/graphql/.test(output)) {
    const [chunk] = (await once(child.stdout ?? child, 'data')) as [string];
    output += chunk;
  }
  base = output.match(/serving (http:\/\/\S+)\/graphql/)?.[1] ?? '';
}, 180_000);

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

interface Outcome {
  readonly status: number;
  /** Until the answer starts: an export then streams while /health keeps answering. */
  readonly ms: number;
  readonly code: string | undefined;
  readonly slowestHealthMs: number;
}

/** Runs the request while /health is asked every 25 ms; how long each took. */
async function whileHealthIsAsked(request: () => Promise<Response>): Promise<Outcome> {
  let running = true;
  let slowestHealthMs = 0;
  const health = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${base}/health`)).text();
      slowestHealthMs = Math.max(slowestHealthMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  const started = performance.now();
  const response = await request();
  const ms = performance.now() - started;
  const text = await response.text();
  running = false;
  await health;
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
  return { status: response.status, ms, code, slowestHealthMs };
}

const graphql = (query: string) => () =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

const HEAVY: readonly (readonly [string, () => Promise<Response>])[] = [
  [
    'a search for one word of 80,000 letters',
    graphql(`{ search(text: "${'x'.repeat(80_000)}") { name } }`),
  ],
  [
    'nested lists without first',
    graphql(
      '{ entity(id: "Moscow") { ... on Place { events { attendees { person { attended { event { attendees { person { name } } } } } } } } } }',
    ),
  ],
  [
    'nested lists the estimate lets through',
    graphql(
      '{ entity(id: "Moscow") { ... on Place { events { attendees { person { attended { event { name documents { title } } } } } } } } }',
    ),
  ],
  ['every document', graphql('{ documents { title url file } }')],
  ['the GEXF of the people, laid out', () => fetch(`${base}/export/graph.gexf?types=Person`)],
  ['the whole graph as JSON', () => fetch(`${base}/export/graph.json`)],
  ["the explorer's first layout of the whole graph", () => fetch(`${base}/explore/graph.json`)],
];

it.each(HEAVY)(
  'keeps /health answering during %s, which ends in time or is refused with a code',
  async (_, request) => {
    const outcome = await whileHealthIsAsked(request);
    expect(outcome.slowestHealthMs).toBeLessThan(HEALTH_MS);
    if (outcome.status !== 200 || outcome.code) expect(outcome.code).toBeDefined();
    else expect(outcome.ms).toBeLessThan(REQUEST_MS);
  },
  90_000,
);
