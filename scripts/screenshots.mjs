#!/usr/bin/env node
// `npm run screenshots`: serves sources/ on a free local port and pictures the two pages in
// Debian's chromium: docs/graphiql.png (the example run) and docs/explorer.png (Lukashenko).

import console from 'node:console';
import process from 'node:process';
import { URL } from 'node:url';
import { buildGraphFromDirectory } from '../dist/pipeline.js';
import { createGraphView } from '../dist/7-serve/graph-view.js';
import { startApiServer } from '../dist/7-serve/http-server.js';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './chromium.mjs';
import { runGraphiqlExample, selectInExplorer } from './web-flows.mjs';

if (!hasChromium()) {
  console.error(`screenshots: no chromium at ${CHROMIUM_PATH}; apt-get install chromium`);
  process.exit(1);
}
const { graph } = await buildGraphFromDirectory('sources');
const server = await startApiServer({ port: 0, host: '127.0.0.1', view: createGraphView(graph) });
const origin = new URL(server.url).origin;
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await runGraphiqlExample(page, origin);
  await page.screenshot({ path: 'docs/graphiql.png' });
  await selectInExplorer(page, origin, 'Loukachenko');
  await page.waitForTimeout(600); // the camera's move to the selected node
  await page.screenshot({ path: 'docs/explorer.png' });
  console.log('screenshots: wrote docs/graphiql.png and docs/explorer.png');
} finally {
  await browser.close();
  await server.close();
}
