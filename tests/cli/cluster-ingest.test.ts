// serve --cluster 2 without --watch: a document ingested through one process is served by all.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'dist/cli/main.js';
const TOKEN = 'cluster-test-token';

/** POST on a fresh connection each time, so that the processes take turns answering. */
function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<string>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

it('serves an ingested document from every process', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cluster-'));
  cpSync('sources', join(dir, 'sources'), { recursive: true });
  const child = spawn(
    process.execPath,
    [
      CLI,
      '--no-store',
      'serve',
      '--cluster',
      '2',
      '-s',
      join(dir, 'sources'),
      '-p',
      '0',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PROTOKOL_TOKEN: TOKEN } },
  );
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    while (!output.includes('2 processes serving')) {
      const [chunk] = (await once(child.stdout, 'data')) as [string];
      output += chunk;
    }
    const url = output.match(/serving (http:\/\/\S+)/)?.[1] ?? '';
    const ingested = await post(
      url,
      {
        query: 'mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { file } }',
        variables: {
          input: { title: 'Visite', text: 'Sergueï Lavrov est arrivé à Minsk le 3 juillet 2024.' },
        },
      },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested).toMatch(/"file":/);
    const counts = [];
    for (let i = 0; i < 8; i += 1) {
      const answer = JSON.parse(await post(url, { query: '{ stats { documents } }' })) as {
        data: { stats: { documents: number } };
      };
      counts.push(answer.data.stats.documents);
    }
    expect(counts).toEqual(Array(8).fill(4));
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
