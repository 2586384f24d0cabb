// GET /graphiql: GraphiQL 4's UMD build on React 18's, every file served from node_modules
// (GET /graphiql/assets/<name>), started by web/graphiql/start.ts on the example query.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXAMPLE_QUERY } from './example-query.js';
import type { GraphiqlSettings } from './web-payload.js';

export const GRAPHIQL_PATH = '/graphiql';
export const GRAPHIQL_ASSETS = `${GRAPHIQL_PATH}/assets/`;

export interface StaticAsset {
  readonly file: string;
  readonly contentType: string;
}

const JS = 'text/javascript; charset=utf-8';
const require = createRequire(import.meta.url);
// The packages export neither their UMD files nor their CSS: found beside their package.json.
const inPackage = (pkg: string, file: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

/** name -> file: the page's scripts and styles, in the order the page loads them. */
export function graphiqlAssets(startScript: string): Readonly<Record<string, StaticAsset>> {
  return {
    'graphiql.css': {
      file: inPackage('graphiql', 'graphiql.min.css'),
      contentType: 'text/css; charset=utf-8',
    },
    'react.js': { file: inPackage('react', 'umd/react.production.min.js'), contentType: JS },
    'react-dom.js': {
      file: inPackage('react-dom', 'umd/react-dom.production.min.js'),
      contentType: JS,
    },
    'graphiql.js': { file: inPackage('graphiql', 'graphiql.min.js'), contentType: JS },
    'start.js': { file: startScript, contentType: JS },
  };
}

/** No inline script: the settings travel as JSON data, read by start.js. */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');

export function renderGraphiqlPage(endpoint: string): string {
  const settings: GraphiqlSettings = { endpoint, defaultQuery: EXAMPLE_QUERY };
  // "<" escaped so that no string of the settings can close the script element
  const json = JSON.stringify(settings).replace(/</g, '\\u003c');
  const asset = (name: string) => `${GRAPHIQL_ASSETS}${name}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>protokol GraphiQL</title><link rel="icon" href="data:,"><link rel="stylesheet" href="${asset('graphiql.css')}">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading GraphiQL...</div>
<script type="application/json" id="graphiql-settings">${json}</script>
<script src="${asset('react.js')}"></script><script src="${asset('react-dom.js')}"></script>
<script src="${asset('graphiql.js')}"></script><script src="${asset('start.js')}"></script>
</body></html>
`;
}
