// The IDE and the explorer in a real browser (Debian's chromium through playwright-core): the
// preloaded query runs and its attendees show in the result pane; "Loukachenko" is found,
// selected and quoted in the side panel, past the explorer's limit too (the most connected, then
// his neighbourhood); no request leaves this machine.

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { runGraphiqlExample, selectInExplorer } from '../../scripts/web-flows.mjs';
import { startApiServer, type ApiServer } from '../../src/7-serve/http-server.js';
import { sourcesView } from '../7-serve/fixture.js';

// CI installs chromium (.ci/run): there a missing browser fails the run instead of skipping it.
const canRun = hasChromium() || process.env.CI === 'true';
if (!canRun)
  console.warn(`tests/browser skipped: no chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
const describeInBrowser = canRun ? describe : describe.skip;

describeInBrowser('in chromium', () => {
  let server: ApiServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let origin: string;
  let smallOrigin: string | undefined;
  const requested: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-web.mjs']);
    server = await startApiServer({ port: 0, host: '127.0.0.1', view: await sourcesView() });
    origin = new URL(server.url).origin;
    browser = await launchChromium();
    browser.context.on('request', (request) => requested.push(request.url()));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the IDE example and shows its attendees in the result pane', async () => {
    const page = await browser.context.newPage();
    const result = JSON.parse(await runGraphiqlExample(page, origin)) as {
      data: { events: { nodes: { attendees: { person: { name: string } }[] }[] } };
    };
    const names = result.data.events.nodes.flatMap((n) => n.attendees.map((a) => a.person.name));
    expect(names).toContain('Alexander Lukashenko');
    await page.close();
  }, 60_000);

  it('offers the schema documentation and the history in the IDE', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/graphiql`);
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query').first().waitFor();
    await page.getByRole('button', { name: 'Show History' }).click();
    // the first test ran the example: the history lists it
    await page.locator('.graphiql-history-item').first().waitFor();
    await page.close();
  }, 60_000);

  it('finds "Loukachenko" in the explorer and quotes the evidence in the panel', async () => {
    const page = await browser.context.newPage();
    const { result, name, quote } = await selectInExplorer(page, origin, 'Loukachenko');
    expect(result).toMatch(/^Alexander Lukashenko/);
    expect(name).toBe('Alexander Lukashenko');
    const texts = readdirSync('sources').map((f) => readFileSync(join('sources', f), 'utf8'));
    // a real quote: a piece of one of the documents, naming him
    expect(quote).toMatch(/Loukachenko|Lukashenko/);
    const words = quote.split(/\s+/).slice(0, 6).join(' ');
    expect(texts.some((t) => t.includes(words))).toBe(true);
    await page.close();
  }, 60_000);

  it('says "Laying out" while the server lays the graph out, then draws it', async () => {
    const page = await browser.context.newPage();
    let asked = 0;
    // the first answer is the server's while its worker lays out a large graph
    await page.route('**/explore/graph.json', (route) =>
      asked++ === 0
        ? route.fulfill({
            status: 503,
            headers: { 'retry-after': '1', 'content-type': 'application/json' },
            body: JSON.stringify({
              errors: [
                {
                  message: '/explore/graph.json: the layout of 9 entities is running',
                  extensions: { code: 'LAYOUT_PENDING' },
                },
              ],
            }),
          })
        : route.continue(),
    );
    await page.goto(`${origin}/explore`);
    await page.locator('#status').filter({ hasText: 'Laying out the graph' }).waitFor();
    await page.locator('#status').filter({ hasText: 'entities shown' }).waitFor();
    expect(asked).toBe(2);
    await page.close();
  }, 60_000);

  it('draws the most connected past its limit, and the neighbourhood of what was searched', async () => {
    const small = await startApiServer({
      port: 0,
      host: '127.0.0.1',
      view: await sourcesView(),
      explorerMaxNodes: 20,
    });
    smallOrigin = new URL(small.url).origin;
    const page = await browser.context.newPage();
    try {
      await page.goto(`${smallOrigin}/explore`);
      const status = page.locator('#status');
      await status.filter({ hasText: '20 of 20 entities shown, the most connected' }).waitFor();
      const { name, quote } = await selectInExplorer(page, smallOrigin, 'Loukachenko');
      expect(name).toBe('Alexander Lukashenko');
      expect(quote).toMatch(/Loukachenko|Lukashenko/);
      await status.filter({ hasText: 'around Alexander Lukashenko' }).waitFor();
    } finally {
      await page.close();
      await small.close();
    }
  }, 60_000);

  it('sent no request outside this server', () => {
    expect(requested.length).toBeGreaterThan(5);
    const outside = requested.filter(
      (url) => !/^(blob:|data:)/.test(url) && ![origin, smallOrigin].includes(new URL(url).origin),
    );
    expect(outside).toEqual([]);
  });
});
