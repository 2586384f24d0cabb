// The explorer's bundle read from disk at each request, with an ETag: a browser that holds it
// gets 304, and a rebuild shows at the next load without restarting the server.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handleWebRoute } from '../../src/7-serve/web-routes.js';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protokol-web-'));
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void handleWebRoute(req, res, url, undefined, { graphqlPath: '/graphql', webDir: dir });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** A browser's revalidation: fetch() adds "cache-control: no-cache" to a conditional request
 * unless one is given, and no-cache asks for the whole file again. */
const revalidate = (etag: string) => ({ 'if-none-match': etag, 'cache-control': 'max-age=0' });
const bundle = (headers: Record<string, string> = {}) =>
  fetch(`${base}/explore/explore.js`, { headers });

describe('GET /explore/explore.js', () => {
  it('answers 503 with a code while the bundle is not built', async () => {
    const response = await bundle();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
  });

  it('sends the file with an ETag, and 304 to a browser that holds it', async () => {
    writeFileSync(join(dir, 'explore.js'), 'console.log("first build");\n');
    const first = await bundle();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/javascript/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.text()).toContain('first build');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await bundle(revalidate(etag));
    expect(again.status).toBe(304);
  });

  it('sends a rebuilt bundle at the next request, without a restart', async () => {
    const before = await bundle();
    const etag = before.headers.get('etag') ?? '';
    await before.text();
    writeFileSync(join(dir, 'explore.js'), 'console.log("second build, a little longer");\n');
    const after = await bundle(revalidate(etag));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('second build');
  });

  it('serves the source map beside it', async () => {
    writeFileSync(join(dir, 'explore.js.map'), '{"version":3,"sources":[],"mappings":""}');
    const map = await fetch(`${base}/explore/explore.js.map`);
    expect(map.status).toBe(200);
    expect(await map.json()).toMatchObject({ version: 3 });
  });

  it('serves GraphiQL start script from the same build, revalidated by ETag', async () => {
    writeFileSync(join(dir, 'graphiql-start.js'), 'console.log("start");\n');
    const start = await fetch(`${base}/graphiql/assets/start.js`);
    expect(start.status).toBe(200);
    expect(start.headers.get('etag')).toBeTruthy();
    expect(await start.text()).toContain('start');
  });
});
