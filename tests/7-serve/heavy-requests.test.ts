// The target of issue 14 against a started server (the compiled CLI over 400 generated
// documents): while each heavy request runs, /health answers within 200 ms (asserted with a wide
// margin: two shared cores), and the request ends within 2 s or is refused with a code.

import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slowestHealthWhile, startServer } from './started-server.js';

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
  ({ child, base } = await startServer(['--no-store', 'serve', '-s', join(dir, 'sources')]));
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
  const started = performance.now();
  const answered = request().then(async (response) => ({
    status: response.status,
    ms: performance.now() - started,
    text: await response.text(),
  }));
  const slowestHealthMs = await slowestHealthWhile(base, answered);
  const { status, ms, text } = await answered;
  const code = /"code":"([A-Z_]+)"/.exec(text)?.[1];
  return { status, ms, code, slowestHealthMs };
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
