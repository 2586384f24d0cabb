// Titles are cleaned as text is cleaned, wherever they come from, and a warning says so.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanTitle } from '../../src/1-read/clean-title.js';
import { readDocuments } from '../../src/1-read/read-documents.js';

const BODY = 'Le président Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.';

describe('cleanTitle', () => {
  it.each([
    ['a bell and a NUL', 'Poutine\u0007 à\u0000Minsk', 'Poutine à Minsk', '2 control character(s)'],
    ['U+FFFE and U+FFFF', '\uFFFEPoutine à Minsk\uFFFF', 'Poutine à Minsk', '2 noncharacter(s)'],
    ['U+FFFD', 'Poutine \uFFFD Minsk', 'Poutine Minsk', '1 replacement character(s) U+FFFD'],
    ['a C1 control', 'Poutine\u0085à Minsk', 'Poutine à Minsk', '1 control character(s)'],
  ])('removes %s, with a warning', (_, title, clean, removed) => {
    const { value, diagnostics } = cleanTitle(title, 'doc.txt');
    expect(value).toBe(clean);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'doc.txt', code: 'TITLE_CLEANED', severity: 'warning' }),
    ]);
    expect(diagnostics[0]?.message).toContain(removed);
  });

  it('composes accents and spaces as in the text, without a warning', () => {
    expect(cleanTitle('Re\u0301union\u00a0à Minsk', 'doc.txt')).toEqual({
      value: 'Réunion à Minsk',
      diagnostics: [],
    });
  });
});

describe('titles of documents read from a folder', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'protokol-titles-'));
    writeFileSync(join(dir, 'sidecar.txt'), `Titre\n${BODY}\n`);
    writeFileSync(
      join(dir, 'sidecar.meta.json'),
      JSON.stringify({ title: 'Poutine\u0007 à Minsk\uFFFF' }),
    );
    writeFileSync(
      join(dir, 'page.html'),
      `<html><head><title>Poutine &#xFFFE;à Minsk &#65533;</title></head><body><p>${BODY}</p></body></html>`,
    );
    writeFileSync(
      join(dir, 'first-line.txt'),
      Buffer.from(`Poutine \xe0 Minsk \xff\n${BODY}`, 'latin1'),
    );
    writeFileSync(
      join(dir, 'invalid.txt'),
      Buffer.concat([
        Buffer.from('Réunion à Minsk '),
        Buffer.from([0xc3]),
        Buffer.from(`\n${BODY}`),
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('cleans sidecar, HTML and first-line titles, warning for each one cleaned', async () => {
    const { value, diagnostics } = await readDocuments(dir);
    expect(Object.fromEntries(value.map((d) => [d.file, d.title]))).toEqual({
      'sidecar.txt': 'Poutine à Minsk',
      'page.html': 'Poutine à Minsk',
      'first-line.txt': 'Poutine à Minsk ÿ',
      'invalid.txt': 'Réunion à Minsk',
    });
    expect(
      diagnostics
        .filter((d) => d.code === 'TITLE_CLEANED')
        .map((d) => d.file)
        .sort(),
    ).toEqual(['invalid.txt', 'page.html', 'sidecar.txt']);
  });
});
