// ingestDocument refuses bad input with BAD_USER_INPUT before anything reaches sources/, so that
// the next build still reads every file.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments } from '../../src/1-read/read-documents.js';
import { startLiveServer, type LiveServer } from '../../src/7-serve/live-server.js';

const TOKEN = 'test-token-123';
const INGEST = `mutation ($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { file document { title url } }
}`;
const DOCUMENT = {
  title: 'Lavrov à Bakou',
  text: 'Lavrov à Bakou\nSergueï Lavrov a rencontré Ilham Aliev à Bakou le 3 juin 2024.',
};

interface Answer {
  data?: { ingestDocument?: { file: string; document: { url: string | null } } } | null;
  errors?: { message: string; extensions?: { code?: string; argumentName?: string } }[];
}

let root: string;
let sources: string;
let live: LiveServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'protokol-ingest-'));
  sources = join(root, 'sources');
  mkdirSync(sources);
  copyFileSync('sources/001_9ccdf91c981e6743.txt', join(sources, '001.txt'));
  live = await startLiveServer({
    sources,
    store: join(root, '.protokol'),
    port: 0,
    host: '127.0.0.1',
    token: TOKEN,
  });
});
afterAll(async () => {
  await live.close();
  rmSync(root, { recursive: true, force: true });
});

async function ingest(input: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(live.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: INGEST, variables: { input: { ...DOCUMENT, ...input } } }),
  });
  return (await response.json()) as Answer;
}

describe('ingestDocument refuses bad text before storing it', () => {
  it.each([
    [
      'a NUL character',
      'Lavrov à Bakou\nSergueï\u0000 Lavrov est arrivé.',
      /NUL character.*at character 22/,
    ],
    ['a lone surrogate', 'Lavrov à Bakou \ud800 fin.', /lone UTF-16 surrogate at character 15/],
    ['binary data', '\u0001\u0002\u0003\u0004 Lavrov \u0005\u0006', /binary data/],
  ])('refuses %s with BAD_USER_INPUT, naming it, and stores nothing', async (_, text, message) => {
    const before = readdirSync(sources).sort();
    const answer = await ingest({ text });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
    });
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(readdirSync(sources).sort()).toEqual(before);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])(
    'refuses the url %s with BAD_USER_INPUT and stores nothing',
    async (url) => {
      const before = readdirSync(sources).sort();
      const answer = await ingest({ url });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'url',
      });
      expect(readdirSync(sources).sort()).toEqual(before);
    },
  );

  it('still builds and ingests after a refused text', async () => {
    await ingest({ text: 'Lavrov\u0000 à Bakou' });
    const answer = await ingest({});
    expect(answer.errors).toBeUndefined();
    const { diagnostics } = await readDocuments(sources);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
