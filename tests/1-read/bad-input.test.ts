// Bad input, one case each: read with a clear message naming the file, or refused with one,
// and the rest of the folder still read.

import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { decodeText, MAX_DOCUMENT_BYTES } from '../../src/1-read/decode-text.js';
import { readDocuments } from '../../src/1-read/read-documents.js';
import { extractDocument } from '../../src/pipeline.js';
import { graphOf } from '../helpers.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const SENTENCE = 'Le président Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.';

function decoded(bytes: Uint8Array) {
  const { value, diagnostics } = decodeText(bytes, 'doc.txt');
  return { value, messages: diagnostics.map((d) => `${d.code} ${d.message}`) };
}

describe('encodings', () => {
  it('detects Windows-1252 / Latin-1 French from the bytes', () => {
    const { value, messages } = decoded(
      Buffer.from(`L\x92État français « été » : ${SENTENCE}`, 'latin1'),
    );
    expect(value).toBe(`L’État français « été » : ${SENTENCE}`);
    expect(messages).toEqual([
      expect.stringMatching(/DECODED_AS_WINDOWS_1252 doc\.txt: not UTF-8/),
    ]);
  });

  it.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')])],
    [
      'utf-16be',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SENTENCE, 'utf16le').swap16()]),
    ],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(SENTENCE)])],
  ])('reads %s', (_, bytes) => {
    expect(decoded(bytes)).toEqual({ value: SENTENCE, messages: [] });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decoded(utf8('Minsk\r\nMoscou\rKiev\n')).value).toBe('Minsk\nMoscou\nKiev\n');
  });

  it.each([
    ['a stray 0xE9', [0x41, 0xe9, 0x42], 'stray byte at byte 27'],
    ['an overlong encoding', [0xc0, 0xaf], 'overlong encoding at byte 26'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 'encoded surrogate at byte 26'],
  ])('reads UTF-8 with %s, naming it and its byte offset', (_, bad, where) => {
    const bytes = Buffer.concat([utf8('Réunion à Minsk, été: '), Buffer.from(bad), utf8(' fin.')]);
    const { value, messages } = decoded(bytes);
    expect(value).toContain('Réunion à Minsk');
    expect(messages).toEqual([
      `INVALID_ENCODING doc.txt: invalid UTF-8 replaced by U+FFFD: ${where}`,
    ]);
  });

  it('names a sequence cut at the end of the file', () => {
    const bytes = Buffer.concat([utf8('Réunion à Minsk '), Buffer.from([0xe2, 0x82])]);
    expect(decoded(bytes).messages[0]).toMatch(/sequence cut at end of file at byte 18/);
  });
});

describe('NUL bytes', () => {
  it.each([
    ['one NUL', utf8('Minsk\0 Moscou'), 'Minsk Moscou', 'removed 1 NUL byte(s) at byte 5'],
    [
      'seven NULs, the first five shown',
      utf8('a\0b\0c\0d\0e\0f\0g\0 Minsk'),
      'abcdefg Minsk',
      'removed 7 NUL byte(s) at byte 1, 3, 5, 7, 9, and 2 more',
    ],
    [
      'NULs after a UTF-8 BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Min\0sk')]),
      'Minsk',
      'removed 1 NUL byte(s) at byte 6',
    ],
    [
      'U+0000 in UTF-16',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Min\0sk', 'utf16le')]),
      'Minsk',
      'removed 1 NUL byte(s) at byte 8',
    ],
    [
      'NULs past the first 8 KiB',
      utf8(`${'Minsk '.repeat(2000)}\0\0\0\0\0\0\0\0\0\0fin`),
      `${'Minsk '.repeat(2000)}fin`,
      'removed 10 NUL byte(s) at byte 12000, 12001, 12002, 12003, 12004, and 5 more',
    ],
  ])(
    'reads a text with %s, removing them with a warning giving their offsets',
    (_, bytes, text, message) => {
      expect(decoded(bytes)).toEqual({
        value: text,
        messages: [`NUL_BYTES_REMOVED doc.txt: ${message}`],
      });
    },
  );

  it.each([
    ['many NUL bytes (UTF-16 without a BOM)', Buffer.from(SENTENCE, 'utf16le')],
    ['control bytes', Buffer.from([0x01, 0x00, 0x02, 0x00])],
    [
      'control bytes without a NUL',
      Buffer.from('\x01\x02\x03\x04\x05 Minsk \x06\x07\x08', 'latin1'),
    ],
    [
      'bytes of no known format',
      Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 256)),
    ],
  ])('refuses %s as binary', (_, bytes) => {
    expect(decoded(bytes)).toEqual({
      value: undefined,
      messages: [expect.stringMatching(/^BINARY_FILE doc\.txt: the file holds binary data/)],
    });
  });
});

describe('text that must still resolve', () => {
  it.each([
    ['NFD accents', 'Le pre\u0301sident Alexandre Loukachenko a rencontre\u0301 Vladimir Poutine.'],
    [
      'no-break spaces',
      'Le président Alexandre\u00a0Loukachenko a rencontré Vladimir\u202fPoutine.',
    ],
    [
      'soft hyphens and zero-width spaces',
      'Le président Alexandre Lou\u00adkachenko a rencontré Vladi\u200bmir Poutine.',
    ],
  ])('resolves names written with %s', (_, text) => {
    const graph = graphOf(`Titre\n${text}`);
    expect(graph.hasNode('person:alexander-lukashenko')).toBe(true);
    expect(graph.hasNode('person:vladimir-putin')).toBe(true);
  });

  it('reads an acronym typed with a Cyrillic look-alike letter', () => {
    const graph = graphOf('Titre\nLes pays de l’O\u0422SC se sont réunis à Minsk.');
    expect(graph.hasNode('org:csto')).toBe(true);
  });

  it('refuses a file over the size limit, naming the limit', () => {
    const { value, messages } = decoded(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61));
    expect(value).toBeUndefined();
    expect(messages[0]).toMatch(new RegExp(`over the limit of ${MAX_DOCUMENT_BYTES} bytes`));
  });

  it('extracts from one line of 20 MB', () => {
    const filler = 'les relations entre les deux pays se développent de manière constante, ';
    const line = `${filler.repeat(Math.ceil(20e6 / filler.length)).slice(0, 20e6)} ${SENTENCE}`;
    const { value } = decoded(utf8(line));
    const extraction = extractDocument({
      id: 'big',
      file: 'big.txt',
      title: 'big',
      language: 'fr',
      text: value ?? '',
    });
    expect([...extraction.entities].map((e) => e.key)).toEqual(
      expect.arrayContaining([
        'person:alexander-lukashenko',
        'person:vladimir-putin',
        'place:minsk',
      ]),
    );
  }, 120_000);
});

describe('a folder with every kind of bad file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'protokol-bad-'));
    writeFileSync(join(dir, 'good.txt'), `Titre\n${SENTENCE}\n`);
    writeFileSync(join(dir, 'copie.txt'), `Titre\n${SENTENCE}\n`);
    writeFileSync(
      join(dir, 'réunion à Minsk – été.txt'),
      'Réunion\nSergueï Lavrov est arrivé à Minsk.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(join(dir, 'nul.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(
      join(dir, 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    writeFileSync(join(dir, 'archive.txt'), gzipSync('Minsk'));
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(
      join(dir, 'folder.txt', 'inside.txt'),
      'Dedans\nLa réunion a eu lieu à Moscou.\n',
    );
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'broken.txt'));
    writeFileSync(join(dir, 'meta.txt'), 'Avec métadonnées\nIl est arrivé à Minsk.\n');
    writeFileSync(join(dir, 'meta.meta.json'), '{ "title": "oops", ');
    writeFileSync(
      join(dir, 'page.html'),
      `<!doctype html><html><head><title>Poutine à Minsk &amp; après</title><script>var x = "Lavrov";</script></head>
       <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
       <article><h1>Poutine à Minsk</h1><p>Le président Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.</p>
       <p>Ils ont parlé de l&rsquo;OTSC.</p></article><footer>© Journal</footer></body></html>`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the good files and names each bad one', async () => {
    const { value: documents, diagnostics } = await readDocuments(dir);
    expect(documents.map((d) => d.file).sort()).toEqual(
      [
        'copie.txt',
        'folder.txt/inside.txt',
        'meta.txt',
        'nul.txt',
        'page.html',
        'réunion à Minsk – été.txt',
      ].sort(),
    );
    const byFile = Object.fromEntries(diagnostics.map((d) => [d.file, `${d.code}: ${d.message}`]));
    expect(byFile).toMatchObject({
      'empty.txt': expect.stringMatching(/^EMPTY_FILE: empty\.txt: the file is empty/),
      'blank.txt': expect.stringMatching(/^EMPTY_FILE: .*only white space/),
      'nul.txt': 'NUL_BYTES_REMOVED: nul.txt: removed 1 NUL byte(s) at byte 1',
      'image.txt': expect.stringMatching(/^BINARY_FILE: image\.txt: the file is a PNG image/),
      'archive.txt': expect.stringMatching(/^BINARY_FILE: .*gzip archive/),
      'broken.txt': expect.stringMatching(
        /^UNREADABLE_FILE: broken\.txt: cannot be read: a broken symbolic link/,
      ),
      'good.txt': expect.stringMatching(
        /^DUPLICATE_DOCUMENT: good\.txt: same content as copie\.txt; one document, two paths/,
      ),
    });
    expect(diagnostics.find((d) => d.code === 'BAD_METADATA')?.message).toMatch(
      /meta\.meta\.json: not valid JSON/,
    );
  });

  it('reads an HTML page as its text, without scripts or navigation', async () => {
    const { value: documents } = await readDocuments(dir);
    const page = documents.find((d) => d.file === 'page.html');
    expect(page?.title).toBe('Poutine à Minsk & après');
    expect(page?.text).toBe(
      'Poutine à Minsk\nLe président Alexandre Loukachenko a reçu Vladimir Poutine à Minsk.\nIls ont parlé de l’OTSC.',
    );
  });

  it('skips unreadable files when not root', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Texte');
    chmodSync(locked, 0o000);
    try {
      const { diagnostics } = await readDocuments(dir);
      expect(diagnostics.find((d) => d.file === 'locked.txt')?.message).toMatch(
        /permission denied/,
      );
    } finally {
      chmodSync(locked, 0o644);
      rmSync(locked);
    }
  });

  it('builds past bad files, and the CLI says what it skipped with exit code 2 (1 with --strict)', async () => {
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [
        'dist/cli/main.js',
        '--no-store',
        'build',
        dir,
        ...args,
      ]).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const built = await run([]);
    expect(built.code).toBe(2);
    expect(built.stdout).toMatch(/6 documents, 5 skipped \(/);
    expect(built.stderr).toMatch(/error: image\.txt: the file is a PNG image/);
    const strict = await run(['--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: 5 file\(s\) .* could not be read .*nothing written/);
  });

  it('reads 10,000 tiny files', async () => {
    const many = mkdtempSync(join(tmpdir(), 'protokol-many-'));
    try {
      for (let i = 0; i < 10_000; i += 1)
        writeFileSync(join(many, `n${i}.txt`), `Note ${i}\nRéunion numéro ${i} à Minsk.\n`);
      const { value, diagnostics } = await readDocuments(many);
      expect(value).toHaveLength(10_000);
      expect(diagnostics).toEqual([]);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 60_000);
});
