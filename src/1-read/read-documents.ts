// A folder of sources -> Documents. The only stage that touches the file system.
// Unreadable files become diagnostics naming the file; the others still load.

import { lstat, readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import type { HeapCheck } from '../heap-guard.js';
import type { Diagnostic, SourceDocument, WithDiagnostics } from '../types.js';
import { decodeText } from './decode-text.js';
import { dropNonWebUrl } from './document-url.js';
import { htmlToText } from './html-to-text.js';
import { readDocumentText } from './make-document.js';
import { parseSidecar, type SidecarMetadata } from './read-metadata.js';

export { makeDocument } from './make-document.js';

export const SOURCE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.text', '.html', '.htm'];
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const SIDECAR_SUFFIX = '.meta.json';
/** Files read at once: enough to keep the disk busy, few enough for a folder of 100k files. */
const READ_AHEAD = 32;

export async function readDocuments(
  dir: string,
  check?: HeapCheck,
): Promise<WithDiagnostics<SourceDocument[]>> {
  const files = (await listFiles(dir)).sort();
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, { file: string; duplicates: string[] }>();
  const paths = files.filter((f) => SOURCE_EXTENSIONS.includes(extname(f).toLowerCase()));
  // reads overlap (the disk waits, not the CPU); documents are then taken in file order
  const reads: Promise<WithDiagnostics<SourceDocument | undefined>>[] = [];
  for (let i = 0; i < paths.length; i += 1) {
    const path = paths[i] as string;
    reads.push(
      (i >= READ_AHEAD ? (reads[i - READ_AHEAD] as Promise<unknown>) : Promise.resolve()).then(() =>
        readDocumentFile(path, relative(dir, path)),
      ),
    );
  }
  try {
    await takeInOrder();
  } catch (error) {
    // reads under way end unheard
    for (const read of reads) read.catch(() => undefined);
    throw error;
  }
  return { value: documents, diagnostics };

  async function takeInOrder(): Promise<void> {
    for (const [i, path] of paths.entries()) {
      const file = relative(dir, path);
      const loaded = await (reads[i] as Promise<WithDiagnostics<SourceDocument | undefined>>);
      check?.('reading', i + 1, paths.length);
      diagnostics.push(...loaded.diagnostics);
      if (!loaded.value) continue;
      const twin = seen.get(loaded.value.id);
      if (twin) {
        diagnostics.push({
          file,
          code: 'DUPLICATE_DOCUMENT',
          severity: 'warning',
          message: `${file}: same content as ${twin.file}; one document, two paths`,
        });
        twin.duplicates.push(file);
        continue;
      }
      const entry = { file, duplicates: [] as string[] };
      seen.set(loaded.value.id, entry);
      documents.push({ ...loaded.value, duplicates: entry.duplicates });
    }
  }
}

export async function readDocumentFile(
  path: string,
  file = basename(path),
): Promise<WithDiagnostics<SourceDocument | undefined>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = await unreadableReason(path, error as NodeJS.ErrnoException);
    return {
      value: undefined,
      diagnostics: [
        {
          file,
          code: 'UNREADABLE_FILE',
          severity: 'error',
          message: `${file}: cannot be read: ${reason}`,
        },
      ],
    };
  }
  const decoded = decodeText(bytes, file);
  if (decoded.value === undefined) return { value: undefined, diagnostics: decoded.diagnostics };
  const sidecar = await readSidecar(path, file);
  if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) {
    const document = readDocumentText(decoded.value, file, sidecar.value);
    return {
      value: document.value,
      diagnostics: [...decoded.diagnostics, ...sidecar.diagnostics, ...document.diagnostics],
    };
  }
  const page = htmlToText(decoded.value);
  if (page.text.trim() === '') {
    return {
      value: undefined,
      diagnostics: [
        ...decoded.diagnostics,
        {
          file,
          code: 'EMPTY_FILE',
          severity: 'error',
          message: `${file}: the HTML page has no text outside scripts and navigation`,
        },
      ],
    };
  }
  // a bad canonical address must not hide a good sidecar one, nor the other way round
  const pageMetadata = dropNonWebUrl(page.metadata, file, 'the page (canonical or og:url)');
  const document = readDocumentText(page.text, file, {
    ...pageMetadata.value,
    ...sidecar.value,
  });
  return {
    value: document.value,
    diagnostics: [
      ...decoded.diagnostics,
      ...sidecar.diagnostics,
      ...pageMetadata.diagnostics,
      ...document.diagnostics,
    ],
  };
}

async function readSidecar(path: string, file: string): Promise<WithDiagnostics<SidecarMetadata>> {
  const sidecarPath = path.slice(0, -extname(path).length) + SIDECAR_SUFFIX;
  let json: string;
  try {
    json = await readFile(sidecarPath, 'utf8');
  } catch {
    return { value: {}, diagnostics: [] };
  }
  const name = basename(sidecarPath) === file ? sidecarPath : relative('.', sidecarPath);
  const parsed = parseSidecar(json, name);
  const checked = dropNonWebUrl(parsed.value, file, basename(sidecarPath));
  return { value: checked.value, diagnostics: [...parsed.diagnostics, ...checked.diagnostics] };
}

/** Every file under the folder (paths joined to it), outside dot-files and dot-folders. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) =>
        entry.isDirectory()
          ? listFiles(join(dir, entry.name))
          : Promise.resolve([join(dir, entry.name)]),
      ),
  );
  return nested.flat();
}

async function unreadableReason(path: string, error: NodeJS.ErrnoException): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  if (error.code === 'ENOENT' && link?.isSymbolicLink()) return 'a broken symbolic link';
  if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
  if (error.code === 'EISDIR') return 'a folder';
  return error.code ?? error.message;
}
