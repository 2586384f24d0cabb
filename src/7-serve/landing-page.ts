// The Sandbox landing page at GET /graphql, with a way out for those offline: its "cannot be
// loaded" fallback links to the local IDE and the explorer, and the Sandbox opens on the example.

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { EXAMPLE_QUERY } from './example-query.js';
import { EXPLORE_PATH } from './explorer-page.js';
import { GRAPHIQL_PATH } from './graphiql-page.js';

export const OFFLINE_LINKS = `<p>Offline? protokol serves its own IDE at <a href="${GRAPHIQL_PATH}">${GRAPHIQL_PATH}</a> and a graph explorer at <a href="${EXPLORE_PATH}">${EXPLORE_PATH}</a>; both load nothing from the Internet.</p>`;

const SANDBOX_DOCUMENT = `# Offline? The same IDE without a CDN: ${GRAPHIQL_PATH}; the graph explorer: ${EXPLORE_PATH}\n${EXAMPLE_QUERY}`;

/** Apollo's page with OFFLINE_LINKS after the first paragraph of its fallback. */
export function sandboxLandingPage<T extends BaseContext>(): ApolloServerPlugin<T> {
  const inner = ApolloServerPluginLandingPageLocalDefault({
    embed: true,
    includeCookies: false,
    document: SANDBOX_DOCUMENT,
  }) as ApolloServerPlugin<T>;
  return {
    async serverWillStart(context) {
      const listener = await inner.serverWillStart?.(context);
      const render = listener?.renderLandingPage;
      if (!listener || !render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render.call(listener);
          const html = typeof page.html === 'string' ? page.html : await page.html();
          return {
            html: html.replace(/(<div class="fallback">[\s\S]*?<\/p>)/, `$1\n${OFFLINE_LINKS}`),
          };
        },
      };
    },
  };
}
