// /export/ over real HTTP: open on loopback, behind the mutation's token on any other address,
// and at most MAX_CONCURRENT_EXPORTS streaming at once (the others 503 EXPORT_BUSY).

import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeDocument } from '../../src/1-read/read-documents.js';
import { buildGraph, type EntityRecord } from '../../src/6-graph/build-graph.js';
import { isLoopbackHost } from '../../src/7-serve/export-access.js';
import { MAX_CONCURRENT_EXPORTS } from '../../src/7-serve/export-route.js';
import { createGraphView } from '../../src/7-serve/graph-view.js';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { sourcesView } from './fixture.js';

const TOKEN = 'export-token-42';
const EXPORT = '/export/relationships.csv?layout=false';

/** The export of the server listening on `host`, asked on 127.0.0.1 (every address reaches it). */
async function exportFrom(server: ApiServer, path: string, token?: string) {
  const url = new URL(path, `http://127.0.0.1:${server.port}`);
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const text = await response.text();
  return { status: response.status, code: /"code":"([A-Z_]+)"/.exec(text)?.[1], text };
}

async function withServer(
  options: { host: string; token?: string },
  run: (server: ApiServer) => Promise<void>,
): Promise<void> {
  const server = await startApiServer({ port: 0, view: await sourcesView(), ...options });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

it.each([
  ['127.0.0.1', true],
  ['127.1.2.3', true],
  ['::1', true],
  ['[::1]', true],
  ['localhost', true],
  ['0.0.0.0', false],
  ['::', false],
  ['192.168.1.20', false],
  ['example.org', false],
])('tells whether %s is loopback only (%s)', (host, loopback) => {
  expect(isLoopbackHost(host)).toBe(loopback);
});

describe('exports off loopback', () => {
  it('are refused FORBIDDEN when the server has no token', async () => {
    await withServer({ host: '0.0.0.0' }, async (server) => {
      const answer = await exportFrom(server, EXPORT);
      expect(answer.status).toBe(403);
      expect(answer.code).toBe('FORBIDDEN');
      expect(answer.text).toMatch(/PROTOKOL_TOKEN/);
    });
  });

  it('need the bearer token when the server has one', async () => {
    await withServer({ host: '0.0.0.0', token: TOKEN }, async (server) => {
      for (const token of [undefined, 'wrong-token-12']) {
        const refused = await exportFrom(server, EXPORT, token);
        expect([refused.status, refused.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      const allowed = await exportFrom(server, EXPORT, TOKEN);
      expect(allowed.status).toBe(200);
      expect(allowed.text.startsWith(':START_ID,:END_ID,:TYPE')).toBe(true);
    });
  });

  it('are said to need the token on the home page', async () => {
    await withServer({ host: '0.0.0.0', token: TOKEN }, async (server) => {
      const page = await (await fetch(`http://127.0.0.1:${server.port}/`)).text();
      expect(page).toMatch(/exports need the header <code>Authorization: Bearer/);
    });
  });

  it('stay open on loopback, with or without a token configured', async () => {
    for (const token of [undefined, TOKEN]) {
      await withServer({ host: '127.0.0.1', ...(token ? { token } : {}) }, async (server) => {
        expect((await exportFrom(server, EXPORT)).status).toBe(200);
      });
    }
  });
});

/** One document quoted whole by each of `count` entities: a JSON export of tens of megabytes. */
function bulkyView(count: number) {
  const text = `${'Le sommet de Minsk réunit les délégations. '.repeat(120)}\n`;
  const doc = makeDocument(text, 'bulky.txt', { language: 'fr' });
  const entities: EntityRecord[] = Array.from({ length: count }, (_, i) => ({
    key: `person:p${i}`,
    type: 'Person',
    name: `Person ${i}`,
    aliases: [],
    mentions: [{ start: 0, end: doc.text.length - 1, rule: 'test' }],
  }));
  return createGraphView(buildGraph([{ doc, text: doc.text, entities, assertions: [] }]));
}

/** A download whose body is never read: the server's stream waits on a full socket. */
function stalledDownload(port: number): Promise<{ req: ClientRequest; res: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/export/graph.json' });
    req.on('response', (res) => {
      res.pause();
      resolve({ req, res });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('concurrent exports', () => {
  it(`streams ${MAX_CONCURRENT_EXPORTS} at a time, answers 503 EXPORT_BUSY beyond, and frees the slots`, async () => {
    const server = await startApiServer({ port: 0, host: '127.0.0.1', view: bulkyView(8_000) });
    try {
      const stalled = await Promise.all(
        Array.from({ length: MAX_CONCURRENT_EXPORTS }, () => stalledDownload(server.port)),
      );
      expect(stalled.map(({ res }) => res.statusCode)).toEqual(
        Array.from({ length: MAX_CONCURRENT_EXPORTS }, () => 200),
      );
      const busy = await fetch(new URL('/export/graph.json', server.url));
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBeTruthy();
      expect(((await busy.json()) as { code: string }).code).toBe('EXPORT_BUSY');

      for (const { req } of stalled) req.destroy();
      let status = 0;
      for (let attempt = 0; attempt < 100 && status !== 200; attempt += 1) {
        const again = await fetch(new URL(EXPORT, server.url));
        status = again.status;
        await again.text();
        if (status !== 200) await sleep(50);
      }
      expect(status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);
});
