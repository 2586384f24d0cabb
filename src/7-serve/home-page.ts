// GET /: a small self-contained HTML page (no script, no CDN) saying what the server is, where
// the GraphQL API, the IDEs, the explorer, the exports and the health check are, and what graph is loaded.

import { EXPORT_FILE_FORMATS } from '../8-export/export-graph.js';
import { EXPORT_PREFIX } from './export-route.js';
import type { GraphView } from './graph-view.js';

export interface HomePageOptions {
  /** Where GraphQL answers, and where a browser finds the IDE. */
  readonly graphqlPath: string;
  /** The graph served, or none while it loads. */
  readonly view?: GraphView;
  /** Production turns the embedded IDE off. */
  readonly production?: boolean;
  /** The server listens beyond loopback: exports need the token (export-access.ts). */
  readonly exportsNeedToken?: boolean;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .25rem;border-radius:3px}a{color:#0b5cad}li{margin:.2rem 0}`;

const EXPORTS_NEED_TOKEN =
  '<p>This server listens beyond this machine: exports need the header <code>Authorization: Bearer &lt;PROTOKOL_TOKEN&gt;</code>.</p>\n';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function loadedLine(view: GraphView | undefined): string {
  if (!view)
    return '<p>The graph is still loading; <a href="/health">/health</a> says when it is ready.</p>';
  const built = escapeHtml(view.builtAt.toISOString());
  return `<p>Serving ${view.documents.size} documents: ${view.graph.order} entities and ${view.graph.size} relations, built ${built}.</p>`;
}

export function renderHomePage(options: HomePageOptions): string {
  const api = escapeHtml(options.graphqlPath);
  const ide = options.production
    ? `<p>The IDE is off in production; point the hosted Apollo Sandbox or any GraphQL client at <code>${api}</code>.</p>`
    : `<p><a href="/graphiql"><strong>Open the IDE</strong></a> at <code>/graphiql</code> (GraphiQL, served from this machine: works offline), or the Apollo Sandbox at <a href="${api}"><code>${api}</code></a> (loads from Apollo's CDN).</p>`;
  const explorer = `<p><a href="/explore"><strong>Explore the graph</strong></a> at <code>/explore</code>: search a name, see its roles, events, relations and quotes.</p>`;
  const exports = Object.keys(EXPORT_FILE_FORMATS)
    .map((name) => {
      const path = escapeHtml(`${EXPORT_PREFIX}${name}`);
      return `<li><a href="${path}"><code>${path}</code></a></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>protokol: knowledge graph of Eurasian diplomacy</title><style>${STYLE}</style></head>
<body><h1>protokol</h1>
<p>A knowledge graph of Eurasian diplomacy read from French and English news: people,
organisations, places and events, linked by typed relations, each with the sentences it was read from.</p>
${loadedLine(options.view)}
<h2>API</h2>
<p>GraphQL at <code>${api}</code>: <code>POST</code> a JSON body <code>{"query": "..."}</code>.</p>
${ide}
${explorer}
<h2>Exports</h2>
<p>The whole graph, or a part of it with <code>?around=NAME&amp;depth=N</code>, <code>types=Person,Event</code>,
<code>from=YYYY-MM-DD</code>, <code>to=YYYY-MM-DD</code>, <code>layout=false</code>:</p>
<ul>${exports}</ul>
${options.exportsNeedToken ? EXPORTS_NEED_TOKEN : ''}<p>GEXF opens in Gephi; GraphML in yEd, Cytoscape or NetworkX; the CSV files feed <code>neo4j-admin database import</code>.</p>
<h2>Health</h2>
<p><a href="/health"><code>/health</code></a> answers 200 with the graph's counts once it is loaded.</p>
</body></html>
`;
}
