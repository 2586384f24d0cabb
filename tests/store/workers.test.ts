// A parallel build (worker threads, through the compiled CLI) writes the same graph as a
// sequential one.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

it('builds the same graph with 1 and 2 workers', async () => {
  const root = mkdtempSync(join(tmpdir(), 'protokol-workers-'));
  try {
    const corpus = join(root, 'corpus');
    await run(process.execPath, ['bench/corpus/generate.mjs', corpus, '120', '3']);
    const outputs = [];
    for (const workers of ['1', '2']) {
      const out = join(root, `graph-${workers}.json`);
      await run(process.execPath, [
        'dist/cli/main.js',
        '--store',
        join(root, `store-${workers}`),
        'build',
        corpus,
        '--workers',
        workers,
        '--out',
        out,
      ]);
      outputs.push(readFileSync(out, 'utf8'));
    }
    expect(outputs[0]?.length).toBeGreaterThan(100_000);
    expect(outputs[1]).toBe(outputs[0]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 60_000);
