// Bundles the browser code with esbuild, for `npm run build` (so `npm start` and CI serve it):
// web/explore/main.ts with sigma and graphology -> dist/web/explore.js, web/graphiql/start.ts -> dist/web/graphiql-start.js.

import { build } from 'esbuild';

await build({
  entryPoints: { explore: 'web/explore/main.ts', 'graphiql-start': 'web/graphiql/start.ts' },
  outdir: 'dist/web',
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
