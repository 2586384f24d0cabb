// Cyrillic and Greek look-alikes inside Latin words are read as Latin, and a warning names the
// file and how many were folded; words of one script are left as they are.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments } from '../../src/1-read/read-documents.js';
import { normaliseText, normaliseTextReporting } from '../../src/1-read/normalise-text.js';

describe('look-alike letters', () => {
  it.each([
    ['a Cyrillic а in "Macron"', 'M\u0430cron', 'Macron', 1],
    ['a Cyrillic Т in "OTSC"', 'O\u0422SC', 'OTSC', 1],
    ['Greek Ν and Α in "NATO"', '\u039D\u0391TO', 'NATO', 2],
    ['a Greek ο in "Moscou"', 'M\u03BFscou', 'Moscou', 1],
  ])('folds %s into Latin', (_, word, latin, folded) => {
    const result = normaliseTextReporting(`Le président ${word} est arrivé.`);
    expect(result.text).toBe(`Le président ${latin} est arrivé.`);
    expect(result.folded).toBe(folded);
  });

  it.each([
    ['a Russian word', 'Москва'],
    ['a Russian word typed with a Latin a', 'Москвa'],
    ['a Greek word', 'Αθήνα'],
    ['a Latin word', 'Macron'],
  ])('leaves %s as it is', (_, word) => {
    expect(normaliseTextReporting(`Texte ${word} fin.`)).toEqual({
      text: `Texte ${word} fin.`,
      folded: 0,
    });
  });

  it('normaliseText gives the same text', () => {
    expect(normaliseText('M\u0430cron à Москва')).toBe('Macron à Москва');
  });
});

describe('reading a file with look-alikes', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'protokol-look-alikes-'));
    writeFileSync(
      join(dir, 'mixed.txt'),
      'Visite\nEmmanuel M\u0430cron a rencontré les dirigeants de l’O\u0422SC à Москва.\n',
    );
    writeFileSync(join(dir, 'russian.txt'), 'Визит\nВладимир Путин прибыл в Минск.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('warns, naming the file, how many letters were folded and the first word', async () => {
    const { value, diagnostics } = await readDocuments(dir);
    expect(value.find((d) => d.file === 'mixed.txt')?.text).toContain('Emmanuel Macron');
    expect(diagnostics).toEqual([
      {
        file: 'mixed.txt',
        code: 'LOOK_ALIKES_FOLDED',
        severity: 'warning',
        message:
          'mixed.txt: 2 Cyrillic/Greek look-alike letter(s) inside Latin words read as Latin (first "M\u0430cron" -> "Macron")',
      },
    ]);
  });
});
