// Only http(s) addresses become document URLs: from sidecars, HTML canonical/og:url and the text;
// others are dropped with a warning, and no graph or export carries them.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isWebAddress, validateDocumentUrl } from '../../src/1-read/document-url.js';
import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { graphJsonChunks } from '../../src/8-export/json-chunks.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';

const BODY = 'Le président Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.';

it.each([
  ['https://www.kremlin.ru/events/president/news/74101', true],
  ['http://example.org/a b', true],
  ['javascript:alert(1)', false],
  ['JavaScript:alert(1)', false],
  ['data:text/html,<script>alert(1)</script>', false],
  ['file:///etc/passwd', false],
  ['/monde/article', false],
  ['https://exa%mple.org/', false],
])('isWebAddress(%j) is %s', (url, expected) => {
  expect(isWebAddress(url)).toBe(expected);
});

it('names the scheme of a refused ingest url', () => {
  expect(validateDocumentUrl('javascript:alert(1)', 'url')).toEqual([
    expect.objectContaining({ file: 'url', code: 'BAD_URL', severity: 'error' }),
  ]);
  expect(validateDocumentUrl('javascript:alert(1)', 'url')[0]?.message).toContain('"javascript:"');
  expect(validateDocumentUrl('https://tass.ru/a', 'url')).toEqual([]);
});

describe('a folder whose documents give non-web addresses', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'protokol-urls-'));
    writeFileSync(join(dir, 'sidecar.txt'), `Titre\n${BODY}\n`);
    writeFileSync(join(dir, 'sidecar.meta.json'), JSON.stringify({ url: 'javascript:alert(1)' }));
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><link rel="canonical" href="data:text/html,x"><meta property="og:url" content="file:///etc/passwd"></head><body><p>${BODY}</p></body></html>`,
    );
    writeFileSync(
      join(dir, 'fallback.html'),
      `<html><head><link rel="canonical" href="https://www.belta.by/a"></head><body><p>${BODY} Fin.</p></body></html>`,
    );
    writeFileSync(join(dir, 'fallback.meta.json'), JSON.stringify({ url: 'file:///tmp/a' }));
    writeFileSync(
      join(dir, 'source-line.txt'),
      `Source: https://exa%mple.org/a\nTitre\n${BODY} Oui.\n`,
    );
    writeFileSync(join(dir, 'good.txt'), `Source: https://www.mid.ru/a\nTitre\n${BODY} Bien.\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('drops each with a warning naming the file, and keeps the http(s) one', async () => {
    const { documents, diagnostics } = await buildGraphFromDirectory(dir);
    expect(Object.fromEntries(documents.map((d) => [d.file, d.url]))).toEqual({
      'sidecar.txt': undefined,
      'page.html': undefined,
      'fallback.html': 'https://www.belta.by/a',
      'source-line.txt': undefined,
      'good.txt': 'https://www.mid.ru/a',
    });
    const warned = diagnostics.filter((d) => d.code === 'BAD_URL').map((d) => d.file);
    expect(warned.sort()).toEqual(['fallback.html', 'page.html', 'sidecar.txt', 'source-line.txt']);
  });

  it('serves and exports no address but http(s) ones', async () => {
    const { graph } = await buildGraphFromDirectory(dir);
    for (const text of [serialiseGraph(graph), [...graphJsonChunks(graph)].join('')]) {
      expect(text).not.toMatch(/javascript:|data:text|file:\/\/|exa%mple/);
    }
    const documents = graph.getAttribute('documents');
    expect(documents.filter((d) => d.url !== undefined && !isWebAddress(d.url))).toEqual([]);
  });
});
