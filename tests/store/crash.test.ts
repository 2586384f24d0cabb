// kill -9 in the middle of a snapshot write leaves the previous snapshot loadable.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadSnapshot } from '../../src/store/snapshot.js';

it('keeps the last complete snapshot when the writer is killed mid-write', async () => {
  const store = mkdtempSync(join(tmpdir(), 'protokol-crash-'));
  mkdirSync(store, { recursive: true });
  const child = spawn(process.execPath, ['tests/support/snapshot-writer.mjs', store], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    while (!output.includes('saved 1\n')) await sleep(10);
    // wait until the next write is under way, then kill without warning
    while (!readdirSync(store).some((f) => f.endsWith('.tmp'))) await sleep(1);
    child.kill('SIGKILL');
    await once(child, 'exit');
    const saved = Number(/saved (\d+)\n(?!.*saved)/s.exec(output)?.[1]);
    const loaded = await loadSnapshot(store);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.value?.documents).toHaveLength(40);
    // the kill lands during write saved+1; had its rename just finished, that one is complete too
    const generation = (n: number) => new Date(n * 1000).toISOString();
    expect([generation(saved), generation(saved + 1)]).toContain(loaded.value?.builtAt);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(store, { recursive: true, force: true });
  }
}, 30_000);
