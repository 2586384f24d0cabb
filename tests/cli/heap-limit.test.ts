// `protokol build` on a corpus larger than its heap: it stops with exit code 3 and a message
// naming the limit and how far it got, instead of V8's fatal error (exit 134), and the store it
// had is left byte for byte.

import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CLI = 'dist/cli/main.js';
const DOCUMENTS = 900;
const run = promisify(execFile);

const storeBytes = (store: string) =>
  Object.fromEntries(readdirSync(store).map((f) => [f, readFileSync(join(store, f))]));

it('stops near a 64 MB heap with exit code 3, the limit and the document count', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cli-heap-'));
  try {
    const corpus = join(dir, 'corpus');
    const store = join(dir, 'store');
    await run(process.execPath, ['bench/corpus/generate.mjs', corpus, String(DOCUMENTS)]);
    await run(process.execPath, [CLI, '--store', store, 'build', 'sources']);
    const before = storeBytes(store);
    const failed = await run(
      process.execPath,
      ['--max-old-space-size=64', CLI, '--store', store, 'build', '-j', '1', corpus],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(3);
    expect(failed?.stderr).toMatch(
      new RegExp(
        `^protokol: stopped (extracting|building the graph) at document \\d+ of ${DOCUMENTS}:`,
      ),
    );
    expect(failed?.stderr).toMatch(/heap limit of 64 MB/);
    expect(failed?.stderr).toMatch(/--max-old-space-size=128/);
    expect(storeBytes(store)).toEqual(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('says which extraction thread reached its own heap limit (PROTOKOL_THREAD_HEAP_MB)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cli-thread-heap-'));
  try {
    const corpus = join(dir, 'corpus');
    const store = join(dir, 'store');
    await run(process.execPath, ['bench/corpus/generate.mjs', corpus, '80']);
    const failed = await run(
      process.execPath,
      [CLI, '--store', store, 'build', '-j', '2', corpus],
      {
        env: { ...process.env, NODE_OPTIONS: '', PROTOKOL_THREAD_HEAP_MB: '12' },
      },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(3);
    expect(failed?.stderr).toMatch(
      /^protokol: an extraction thread, on documents \d+-\d+ of 80 \(.*\): the thread reached its JavaScript heap limit \(about 12 MB\)/,
    );
    expect(existsSync(store)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('stops before a document too long for the heap, naming it and what it may need', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cli-long-'));
  try {
    const generated = join(dir, 'generated');
    const corpus = join(dir, 'corpus');
    await run(process.execPath, ['bench/corpus/generate.mjs', generated, '200']);
    mkdirSync(corpus);
    const releases = readdirSync(generated).filter((f) => f.endsWith('.txt'));
    // about 1.5 MB of releases in one file
    const text = releases.map((f) => readFileSync(join(generated, f), 'utf8')).join('\n\n');
    writeFileSync(join(corpus, 'long.txt'), text);
    const failed = await run(
      process.execPath,
      ['--max-old-space-size=64', CLI, '--no-store', 'build', corpus],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(3);
    expect(failed?.stderr).toMatch(
      /^protokol: stopped extracting before document 1 of 1 \(long\.txt\), which may need about \d+ MB: the JavaScript heap limit of 64 MB would be passed/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
