// Starts GraphiQL (the UMD globals React, ReactDOM and GraphiQL) on this server's endpoint,
// opened on the example query; the schema's docs and the history are GraphiQL's own plugins.

import type { GraphiqlSettings } from '../../src/7-serve/web-payload.js';

interface Globals {
  React: { createElement(type: unknown, props: object): unknown };
  ReactDOM: { createRoot(element: Element): { render(node: unknown): void } };
  GraphiQL: { createFetcher(options: { url: string }): unknown };
}

const { React, ReactDOM, GraphiQL } = window as unknown as Globals;
const settings = JSON.parse(
  document.getElementById('graphiql-settings')?.textContent ?? '{}',
) as GraphiqlSettings;
const url = new URL(settings.endpoint, window.location.href).href;

ReactDOM.createRoot(document.getElementById('graphiql') as Element).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url }),
    defaultQuery: settings.defaultQuery,
    defaultEditorToolsVisibility: false,
  }),
);
