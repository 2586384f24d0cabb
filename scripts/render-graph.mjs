#!/usr/bin/env node
// Renders the graph of sources/ as docs/graph.svg (graphology-svg) and docs/graph.png
// (rsvg-convert from Debian's librsvg2-bin): the picture in the README, laid out like the export.

import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { promisify } from 'node:util';
import { MultiDirectedGraph } from 'graphology';
import render from 'graphology-svg';
import { buildGraphFromDirectory } from '../dist/pipeline.js';
import { layoutGraph } from '../dist/8-export/layout.js';
import { TYPE_COLOURS, nodeSize } from '../dist/8-export/presentation.js';

const SVG = 'docs/graph.svg';
const PNG = 'docs/graph.png';
const hex = ({ r, g, b }) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

const LABELLED = 14;

const { graph } = await buildGraphFromDirectory('sources');
const positions = layoutGraph(graph);
const labelled = new Set(
  graph
    .nodes()
    .sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b))
    .slice(0, LABELLED),
);
const picture = new MultiDirectedGraph();
graph.forEachNode((key, a) => {
  const degree = graph.degree(key);
  const { x, y } = positions.get(key);
  picture.addNode(key, {
    x,
    y: -y, // SVG's y axis points down, Gephi's up
    size: nodeSize(degree),
    color: hex(TYPE_COLOURS[a.type]),
    // the entities the sources say most about get a label (events without their date); a space
    // because graphology-svg writes the node key for an empty one
    label: labelled.has(key) ? a.name.replace(/, [-\dT:]+$/, '') : ' ',
  });
});
graph.forEachEdge((_, __, source, target) => picture.addEdge(source, target, { color: '#d0d0d0' }));
await promisify(render)(picture, SVG, { width: 1600, height: 1200, margin: 60 });
execFileSync('rsvg-convert', ['--background-color=white', '-o', PNG, SVG]);
process.stdout.write(`wrote ${SVG} and ${PNG}\n`);
