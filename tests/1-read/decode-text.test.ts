import { decodeText } from '../../src/1-read/decode-text.js';
import { readDocuments } from '../../src/1-read/read-documents.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const utf8 = (s: string) => new TextEncoder().encode(s);

it.each([
  ['an empty file', new Uint8Array(), 'EMPTY_FILE'],
  ['white space only', utf8(' \n\t'), 'EMPTY_FILE'],
  ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'BINARY_FILE'],
])('refuses %s with a diagnostic naming the file', (_, bytes, code) => {
  const { value, diagnostics } = decodeText(bytes, 'bad.txt');
  expect(value).toBeUndefined();
  expect(diagnostics[0]).toMatchObject({ file: 'bad.txt', code, severity: 'error' });
});

it('strips a UTF-8 BOM and turns CRLF into LF', () => {
  const { value } = decodeText(
    new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Minsk\r\nMoscou\r\n')]),
    'a.txt',
  );
  expect(value).toBe('Minsk\nMoscou\n');
});

it('decodes Windows-1252 text, with a warning', () => {
  const { value, diagnostics } = decodeText(
    new Uint8Array([0x4c, 0x27, 0xc9, 0x74, 0x61, 0x74]),
    'cp1252.txt',
  );
  expect(value).toBe("L'État");
  expect(diagnostics[0]).toMatchObject({ code: 'DECODED_AS_WINDOWS_1252', severity: 'warning' });
});

it('still reads the good documents of a folder that holds bad ones', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'protokol-'));
  await writeFile(join(dir, 'good.txt'), 'Le président russe Vladimir Poutine est arrivé à Minsk.');
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), new Uint8Array([1, 0, 2, 0]));
  await writeFile(
    join(dir, 'good.meta.json'),
    JSON.stringify({ title: 'Arrivée', publishedAt: '2024-05-23', url: 'https://example.org/a' }),
  );
  const { value: docs, diagnostics } = await readDocuments(dir);
  expect(docs.map((d) => d.file)).toEqual(['good.txt']);
  expect(docs[0]).toMatchObject({
    title: 'Arrivée',
    publishedAt: '2024-05-23',
    url: 'https://example.org/a',
    language: 'fr',
  });
  expect(diagnostics.map((d) => [d.file, d.code]).sort()).toEqual([
    ['binary.txt', 'BINARY_FILE'],
    ['empty.txt', 'EMPTY_FILE'],
  ]);
});
