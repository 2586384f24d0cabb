// Writing an export: a single file where asked, neo4j-csv's two files in a folder, every path
// returned (the CLI prints them all); and what the README's commands write is git-ignored.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFiles, EXPORT_FILE_FORMATS } from '../../src/8-export/export-graph.js';
import { DEFAULT_EXPORT_FOLDER, writeExportFiles } from '../../src/8-export/write-export-files.js';
import { graphOf } from '../helpers.js';

const graph = graphOf('Sergueï Lavrov a rencontré Alexandre Loukachenko à Minsk le 3 juillet.');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'protokol-export-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('writes and names both files of neo4j-csv', async () => {
  const out = join(dir, 'neo4j');
  const paths = await writeExportFiles(exportFiles(graph, 'neo4j-csv'), out);
  expect(paths).toEqual([join(out, 'nodes.csv'), join(out, 'relationships.csv')]);
  expect(paths.every((p) => existsSync(p))).toBe(true);
  expect(readFileSync(paths[1] as string, 'utf8')).toMatch(/^:START_ID,:END_ID,:TYPE/);
});

it('writes a single format to the file asked for', async () => {
  const out = join(dir, 'g.json');
  expect(await writeExportFiles(exportFiles(graph, 'json'), out)).toEqual([out]);
  expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('nodes');
});

it("git-ignores what the README's commands write", () => {
  const readme = readFileSync('README.md', 'utf8');
  const outs = [...readme.matchAll(/(?:--out|-o) ([\w./-]+\.\w+)/g)].map((m) => m[1] as string);
  const written = [
    ...new Set([
      ...outs,
      ...Object.keys(EXPORT_FILE_FORMATS).filter((name) => !name.endsWith('.csv')),
      `${DEFAULT_EXPORT_FOLDER}/x.csv`,
    ]),
  ];
  expect(written).toContain('g.json');
  const ignored = written.filter(
    (path) => spawnSync('git', ['check-ignore', '-q', path]).status === 0,
  );
  expect(written.filter((p) => !ignored.includes(p))).toEqual([]);
});
