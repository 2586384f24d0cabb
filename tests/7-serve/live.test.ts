// The live server: ingestDocument behind a token, and --watch swapping graphs under load.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startLiveServer, type LiveServer } from '../../src/7-serve/live-server.js';

const TOKEN = 'test-token-123';
let root: string;
let sources: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-live-'));
  sources = join(root, 'sources');
  mkdirSync(sources);
  copyFileSync('sources/001_9ccdf91c981e6743.txt', join(sources, '001.txt'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function start(options: { token?: string; watch?: boolean } = {}): Promise<LiveServer> {
  return startLiveServer({
    sources,
    store: join(root, '.protokol'),
    port: 0,
    host: '127.0.0.1',
    ...options,
  });
}

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(live: LiveServer, query: string, variables?: unknown, token?: string) {
  const response = await fetch(live.server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

const INGEST = `mutation ($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    file mentioned document { id title publishedAt }
    addedEntities { id name } addedRelations { type source { name } target { name } }
  }
}`;
const DOCUMENT = {
  title: 'Lavrov à Bakou',
  text: 'Lavrov à Bakou\nLe ministre des Affaires étrangères Sergueï Lavrov a rencontré Ilham Aliev à Bakou le 3 juin 2024.',
  publishedAt: '2024-06-03',
};

describe('ingestDocument', () => {
  it('is off without a configured token, and refused without the token', async () => {
    const off = await start();
    try {
      const { body } = await post(off, INGEST, { input: DOCUMENT }, TOKEN);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await off.close();
    }
    const on = await start({ token: TOKEN });
    try {
      for (const token of [undefined, 'wrong-token-12']) {
        const { body } = await post(on, INGEST, { input: DOCUMENT }, token);
        expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
    } finally {
      await on.close();
    }
  });

  it('stores the document under sources/, ingests it and names what it added', async () => {
    const live = await start({ token: TOKEN });
    try {
      const { body } = await post(live, INGEST, { input: DOCUMENT }, TOKEN);
      expect(body.errors).toBeUndefined();
      const result = body.data?.ingestDocument as {
        file: string;
        mentioned: number;
        document: { title: string; publishedAt: string };
        addedEntities: { id: string }[];
        addedRelations: { type: string }[];
      };
      expect(result.document).toMatchObject({ title: 'Lavrov à Bakou', publishedAt: '2024-06-03' });
      expect(readFileSync(join(sources, result.file), 'utf8')).toContain('Ilham Aliev');
      expect(existsSync(join(sources, result.file.replace(/\.txt$/, '.meta.json')))).toBe(true);
      expect(result.addedEntities.map((e) => e.id)).toEqual(
        expect.arrayContaining(['person:sergei-lavrov', 'place:baku']),
      );
      expect(result.addedRelations.length).toBeGreaterThan(0);
      const after = await post(live, '{ search(text: "Lavrov") { id } }');
      expect(after.body.data).toEqual({ search: [{ id: 'person:sergei-lavrov' }] });
    } finally {
      await live.close();
    }
  });

  it('refuses an oversized or empty text with BAD_USER_INPUT', async () => {
    const live = await start({ token: TOKEN });
    try {
      for (const text of ['x'.repeat(500_001), '   ']) {
        const { body } = await post(live, INGEST, { input: { ...DOCUMENT, text } }, TOKEN);
        expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    } finally {
      await live.close();
    }
  });
});

describe('--watch', () => {
  it('re-ingests changed files and swaps the graph while queries keep succeeding', async () => {
    const live = await start({ watch: true });
    const failures: string[] = [];
    let requests = 0;
    let loading = true;
    const load = async () => {
      while (loading) {
        const { status, body } = await post(
          live,
          '{ stats { documents entities } events(first: 100) { nodes { name attendees { person { name } delegation { name } } } } }',
        );
        requests += 1;
        if (status !== 200 || body.errors)
          failures.push(`${status} ${JSON.stringify(body.errors)}`);
      }
    };
    const clients = Array.from({ length: 4 }, load);
    try {
      copyFileSync('sources/000_410b3022a7af6331.txt', join(sources, '000.txt'));
      await sleep(100);
      copyFileSync('sources/002_dbc88e7f93c49182.txt', join(sources, '002.txt'));
      for (let i = 0; i < 200 && live.live.view?.documents.size !== 3; i += 1) await sleep(50);
      expect(live.live.view?.documents.size).toBe(3);
      rmSync(join(sources, '001.txt'));
      for (let i = 0; i < 200 && live.live.view?.documents.size !== 2; i += 1) await sleep(50);
      expect(live.live.view?.documents.size).toBe(2);
    } finally {
      loading = false;
      await Promise.all(clients);
      await live.close();
    }
    expect(requests).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  }, 30_000);
});
