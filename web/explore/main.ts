// The explorer in the browser: the server's laid-out graph drawn by sigma.js, search through the
// GraphQL API, a side panel for the selected entity, filters by type, relation and time.

import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { ExplorerEntityType, ExplorerGraph } from '../../src/7-serve/web-payload.js';
import { fetchEntity, fetchGraph, searchEntities } from './api.js';
import { LABEL_SIZE, hideEdgesOnMove, labelThreshold, sizeScale } from './drawing.js';
import { MovingPointProgram } from './moving-points.js';
import { buildFilterPanel } from './filter-panel.js';
import { NO_FILTER, isNodeShown, isRelationShown, type ExplorerFilter } from './filters.js';
import { renderPanel } from './panel.js';

interface NodeData {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  /** Not `type`: sigma reads that as the name of the program that draws the node. */
  entityType: ExplorerEntityType;
  start?: string;
  end?: string;
}
interface EdgeData {
  relation: string;
  color: string;
  size: number;
}

const TYPE_COLOURS: Record<string, string> = {};
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const endpoint = document.body.dataset.graphql ?? '/graphql';
const graphUrl = document.body.dataset.graph ?? '/explore/graph.json';
const status = byId<HTMLElement>('status');
const panel = byId<HTMLElement>('panel');

let filter: ExplorerFilter = NO_FILTER;
let selected: string | undefined;
let neighbours = new Set<string>();
let payload: ExplorerGraph;
const graph = new MultiDirectedGraph<NodeData, EdgeData>();

function fillGraph(data: ExplorerGraph): void {
  graph.clear();
  const scale = sizeScale(data.nodes.length);
  data.nodes.forEach((n) => {
    TYPE_COLOURS[n.type] = n.color;
    const { key, type, ...drawn } = n;
    graph.addNode(key, { ...drawn, size: drawn.size * scale, entityType: type });
  });
  for (const [s, t, r] of data.edges) {
    const source = data.nodes[s]?.key as string;
    const target = data.nodes[t]?.key as string;
    graph.addEdge(source, target, {
      relation: data.relationTypes[r] ?? '',
      color: '#c8c8c8',
      size: 1,
    });
  }
}

function nodeShown(key: string): boolean {
  const { entityType, start, end } = graph.getNodeAttributes(key);
  return isNodeShown({ type: entityType, start, end }, filter);
}

/** What the filters hide, found once per change of the filters: the reducers below run for every
 * node and edge at each refresh (10k entities and 30k relations: 50 of 175 ms, before). */
let hidden = new Set<string>();
function applyFilter(): void {
  hidden = new Set(graph.filterNodes((key) => !nodeShown(key)));
}

const renderer = new Sigma(graph, byId('graph'), {
  // Discs as points and edges as 1 px lines: sigma's default programs draw instanced triangles,
  // which WebGL in software draws 3 to 4 times slower (10k entities: 7 frames/s -> 27).
  defaultNodeType: 'point',
  nodeProgramClasses: { point: MovingPointProgram },
  defaultEdgeType: 'line',
  edgeProgramClasses: { line: EdgeLineProgram },
  labelDensity: 0.08,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: LABEL_SIZE,
  zIndex: true,
  nodeReducer(key, data) {
    if (hidden.has(key)) return { ...data, hidden: true };
    if (!selected || key === selected || neighbours.has(key)) {
      return key === selected
        ? { ...data, highlighted: true, forceLabel: true, zIndex: 2 }
        : { ...data, zIndex: 1 };
    }
    return { ...data, color: '#e2e2e2', label: '', zIndex: 0 };
  },
  edgeReducer(edge, data) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (!isRelationShown(data.relation, filter) || hidden.has(source) || hidden.has(target))
      return { ...data, hidden: true };
    if (selected && source !== selected && target !== selected)
      return { ...data, color: '#eeeeee' };
    return selected ? { ...data, color: '#777' } : data;
  },
});

function setStatus(): void {
  const shown = graph.order - hidden.size;
  const { nodes, edges } = payload.total;
  const part = payload.around ? ` around ${graph.getNodeAttribute(payload.around, 'label')}` : '';
  const cap = payload.neighbourhood
    ? ` The ${payload.neighbourhood.shown} most connected of ${payload.neighbourhood.found} neighbours.`
    : '';
  const graphSize = `graph: ${nodes} entities, ${edges} relations`;
  status.textContent = payload.tooLarge
    ? `${shown} of ${graph.order} entities shown, the most connected (${graphSize}, more than ${payload.maxNodes} to draw): search a name to see its neighbourhood.`
    : `${shown} of ${graph.order} entities shown${part} (${graphSize}).${cap}`;
}

function refresh(): void {
  applyFilter();
  renderer.refresh();
  setStatus();
}

/** A change of the left column's filters: applied, then drawn. */
function changeFilter(update: (current: ExplorerFilter) => ExplorerFilter): void {
  filter = update(filter);
  refresh();
}

async function load(around?: string): Promise<void> {
  payload = await fetchGraph(graphUrl, around, {
    // "/explore/graph.json: the layout of 4779 entities ... is running" -> "Laying out... (the layout...)"
    onPending: (message) =>
      (status.textContent = `Laying out the graph... (${message.replace(/^\S+: /, '')})`),
  });
  fillGraph(payload);
  filter = NO_FILTER;
  applyFilter();
  buildFilterPanel(payload, TYPE_COLOURS, changeFilter);
  renderer.setSetting('hideEdgesOnMove', hideEdgesOnMove(graph.size));
  renderer.setSetting('labelRenderedSizeThreshold', labelThreshold(graph.order));
  renderer.refresh();
  setStatus();
}

/** `searched`: from the search box; over the overview of a large graph it draws the
 * neighbourhood, which the overview mostly lacks. */
async function select(key: string | undefined, searched = false): Promise<void> {
  selected = key;
  neighbours = new Set(key && graph.hasNode(key) ? graph.neighbors(key) : []);
  if (!key) return void renderer.refresh();
  const partial = payload.tooLarge || payload.around !== undefined;
  if ((searched && payload.tooLarge) || (!graph.hasNode(key) && partial)) {
    await load(key);
    neighbours = new Set(graph.hasNode(key) ? graph.neighbors(key) : []);
  }
  renderer.refresh();
  const display = renderer.getNodeDisplayData(key);
  if (display)
    void renderer
      .getCamera()
      .animate({ x: display.x, y: display.y, ratio: 0.4 }, { duration: 400 });
  panel.textContent = 'Loading...';
  const entity = await fetchEntity(endpoint, key);
  if (entity) renderPanel(panel, entity, (id) => void select(id));
  else panel.textContent = `Nothing known as ${key}.`;
}

renderer.on('clickNode', ({ node }) => void select(node));
renderer.on('clickStage', () => void select(undefined));

function bindSearch(): void {
  const input = byId<HTMLInputElement>('search');
  const results = byId<HTMLUListElement>('results');
  let asked = 0;
  const show = async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (!text) return results.replaceChildren();
    const found = await searchEntities(endpoint, text);
    if (ticket !== asked) return; // an answer to an older query
    results.replaceChildren(
      ...found.map((hit) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.append(hit.name, ' ');
        const type = document.createElement('small');
        type.textContent = hit.type;
        button.append(type);
        button.addEventListener('click', () => {
          results.replaceChildren();
          input.value = hit.name;
          void select(hit.id, true);
        });
        li.append(button);
        return li;
      }),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void show().catch(showError), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter')
      (results.querySelector('button') as HTMLButtonElement | null)?.click();
  });
}

function showError(error: unknown): void {
  status.textContent = `Error: ${error instanceof Error ? error.message : String(error)}`;
}

bindSearch();
load().catch(showError);
