// The protokol command as a user runs it (the compiled dist/, built by npm install's prepare).

import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CLI = 'dist/cli/main.js';

it('serve logs one line with the address, answers /health, and exits 0 on SIGTERM', async () => {
  const store = mkdtempSync(join(tmpdir(), 'protokol-serve-'));
  // no --host: the default listens on loopback only, where exports need no token
  const child = spawn(process.execPath, [CLI, '--store', store, 'serve', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    while (!output.includes('\n')) {
      const [chunk] = (await once(child.stdout, 'data')) as [string];
      output += chunk;
    }
    const url = output.match(/serving (http:\/\/\S+)/)?.[1];
    expect(url).toBeDefined();
    expect(output).toMatch(
      /sources\/: 3 documents \(3 extracted.*\) -> \d+ entities, \d+ relations/,
    );
    const health = await fetch(new URL('/health', url));
    expect(health.status).toBe(200);
    const exported = await fetch(new URL('/export/graph.json?layout=false', url));
    expect(exported.status).toBe(200);
    await exported.arrayBuffer();
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(store, { recursive: true, force: true });
  }
});

it('query answers an operation offline, with variables', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [
    CLI,
    '--no-store',
    'query',
    'query ($text: String!) { search(text: $text) { name } }',
    '--variables',
    '{"text": "Loukachenko"}',
  ]);
  expect(JSON.parse(stdout)).toEqual({ data: { search: [{ name: 'Alexander Lukashenko' }] } });
});

it('query names a wrong field without a stack trace, and exits 1', async () => {
  const failure = (await promisify(execFile)(process.execPath, [
    CLI,
    '--no-store',
    'query',
    '{ people { nodes { roles { country } } } }',
  ]).catch((error: unknown) => error)) as { code: number; stdout: string };
  expect(failure.code).toBe(1);
  const stdout = failure.stdout;
  const answer = JSON.parse(stdout) as { errors: { message: string; extensions: object }[] };
  expect(answer.errors[0]?.message).toBe('Cannot query field "country" on type "Role".');
  expect(answer.errors[0]?.extensions).not.toHaveProperty('stacktrace');
});

it('query exits 1 and says why on malformed variables', async () => {
  await expect(
    promisify(execFile)(process.execPath, [
      CLI,
      '--no-store',
      'query',
      '{ stats { entities } }',
      '--variables',
      '{',
    ]),
  ).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/--variables: not JSON/) });
});

it('export writes a GEXF file of the sources, atomically', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cli-'));
  try {
    const out = join(dir, 'graph.gexf');
    await promisify(execFile)(process.execPath, [
      CLI,
      '--no-store',
      'export',
      '--format',
      'gexf',
      '--out',
      out,
      '--types',
      'Person,Event',
    ]);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).not.toContain('label="Minsk"');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('serve --cluster 2 answers from several processes and stops them all on SIGTERM', async () => {
  const store = mkdtempSync(join(tmpdir(), 'protokol-cluster-'));
  const child = spawn(
    process.execPath,
    [CLI, '--store', store, 'serve', '--port', '0', '--host', '127.0.0.1', '--cluster', '2'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    // workers start one after the other; the primary says when all of them serve
    while (!output.includes('2 processes serving'))
      output += ((await once(child.stdout, 'data')) as [string])[0];
    const url = output.match(/serving (http:\/\/\S+)/)?.[1] ?? '';
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ search(text: "lukashenko") { name } }' }),
        }).then((r) => r.status),
      ),
    );
    expect(answers.every((status) => status === 200)).toBe(true);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(store, { recursive: true, force: true });
  }
}, 60_000);
