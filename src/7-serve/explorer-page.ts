// GET /explore: the graph explorer's page. Its script is the esbuild bundle of web/explore
// (dist/web/explore.js), served beside it; the page loads nothing from any other origin.

export const EXPLORE_PATH = '/explore';
export const EXPLORE_SCRIPT_PATH = `${EXPLORE_PATH}/explore.js`;
export const EXPLORE_GRAPH_PATH = `${EXPLORE_PATH}/graph.json`;

export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');

const STYLE = `*{box-sizing:border-box}html,body{margin:0;height:100%;font:14px/1.4 system-ui,sans-serif;color:#222}
body{display:grid;grid-template:"top top top" auto "filters graph panel" 1fr/14rem 1fr 24rem;height:100vh}
header{grid-area:top;display:flex;gap:1rem;align-items:center;padding:.4rem .8rem;border-bottom:1px solid #ddd;background:#fafafa}
header h1{font-size:1rem;margin:0}header a{color:#0b5cad}
#search-box{position:relative;flex:0 1 24rem}#search{width:100%;padding:.3rem .5rem;font:inherit}
#results{position:absolute;z-index:2;left:0;right:0;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #ccc;max-height:60vh;overflow:auto}
#results:empty{display:none}#results button{all:unset;display:block;width:100%;padding:.3rem .5rem;cursor:pointer}
#results button:hover,#results button:focus{background:#e8f0fb}#results small{color:#666}
#status{color:#555;margin-left:auto}
#filters{grid-area:filters;padding:.6rem .8rem;border-right:1px solid #ddd;overflow:auto}
#filters h2,#panel h2,#panel h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.03em;color:#555;margin:.8rem 0 .3rem}
#filters label{display:block}.swatch{display:inline-block;width:.7rem;height:.7rem;border-radius:50%;margin-right:.3rem}
#filters input[type=range]{width:100%}
#graph{grid-area:graph;position:relative;min-height:0}
#panel{grid-area:panel;padding:.6rem .8rem;border-left:1px solid #ddd;overflow:auto}
#panel h2.name{font-size:1.1rem;text-transform:none;letter-spacing:0;color:#222}
#panel ul{padding-left:1.1rem;margin:.2rem 0}#panel li{margin:.15rem 0}
blockquote{margin:.3rem 0;padding:.2rem .5rem;border-left:3px solid #ccc;background:#f7f7f7}
blockquote cite{display:block;font-size:.8rem;color:#555;font-style:normal}
button.link{all:unset;color:#0b5cad;cursor:pointer;text-decoration:underline}`;

export function renderExplorerPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>protokol explorer</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body data-graphql="${graphqlPath.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}" data-graph="${EXPLORE_GRAPH_PATH}">
<header><h1>protokol explorer</h1>
<div id="search-box"><input id="search" type="search" placeholder="Search a name: Loukachenko, OCS, Biélorussie..." aria-label="Search entities" autocomplete="off">
<ul id="results" aria-label="Search results"></ul></div>
<a href="/">home</a><a href="/graphiql">IDE</a><span id="status" role="status">Loading the graph...</span></header>
<aside id="filters" aria-label="Filters"><h2>Types</h2><div id="type-filters"></div>
<h2>Relations</h2><div id="relation-filters"></div>
<h2>Events from</h2><input id="time-from" type="range" aria-label="Events from"><div id="time-from-label"></div>
<h2>Events to</h2><input id="time-to" type="range" aria-label="Events to"><div id="time-to-label"></div>
<label><input id="undated" type="checkbox" checked> undated events</label></aside>
<main id="graph" aria-label="Graph"></main>
<aside id="panel" aria-label="Selected entity"><p>Search a name or click a node to see its roles, events, relations and the quotes they were read from.</p></aside>
<script src="${EXPLORE_SCRIPT_PATH}"></script>
</body></html>
`;
}
