// `protokol build` with a store it cannot write: it warns with the path and the reason, writes
// --out all the same and exits 0 (the store is a cache, not the product).

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const CLI = 'dist/cli/main.js';

it('writes --out and exits 0 when the store folder cannot be made (a file stands in its way)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'protokol-cli-store-'));
  try {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, 'a file, not a folder');
    const store = join(blocker, '.protokol');
    const out = join(dir, 'graph.json');
    const { stderr, stdout } = await promisify(execFile)(process.execPath, [
      CLI,
      '--store',
      store,
      'build',
      'sources',
      '--out',
      out,
    ]);
    expect(existsSync(out)).toBe(true);
    expect(stdout).toContain(`-> ${out}`);
    expect(stderr).toMatch(
      /warning: .*not-a-folder\/\.protokol: the store cannot be written \(ENOTDIR/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
