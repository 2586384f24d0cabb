// An export's files onto disk: one file at `out` (default its own name), or a folder of files
// (neo4j-csv: nodes.csv and relationships.csv in `out`, default neo4j-import/). Returns every path.

import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-write.js';
import { checkedChunks, type HeapCheck } from '../heap-guard.js';
import type { ExportFile } from './export-graph.js';

export const DEFAULT_EXPORT_FOLDER = 'neo4j-import';

export async function writeExportFiles(
  files: readonly ExportFile[],
  out?: string,
  check?: HeapCheck,
): Promise<string[]> {
  const chunksOf = (file: ExportFile) =>
    check ? checkedChunks(file.chunks(), check, 'writing the export') : file.chunks();
  const single = files.length === 1 ? files[0] : undefined;
  if (single) {
    const path = out ?? single.name;
    await writeFileDurably(path, chunksOf(single));
    return [path];
  }
  const folder = out ?? DEFAULT_EXPORT_FOLDER;
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const path = join(folder, file.name);
    await writeFileDurably(path, chunksOf(file));
    paths.push(path);
  }
  return paths;
}
