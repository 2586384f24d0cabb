// One entry point for every export format: which files a format makes, and their contents as
// streams of text chunks, laid out unless asked not to.

import type { KnowledgeGraph } from '../6-graph/types.js';
import { layoutGraph, type Positions } from './layout.js';
import { graphJsonChunks } from './json-chunks.js';
import { gexfChunks } from './write-gexf.js';
import { graphmlChunks } from './write-graphml.js';
import { neo4jNodesCsv, neo4jRelationshipsCsv } from './write-neo4j-csv.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'neo4j-csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file each format makes, by name (what the server serves under /export/). */
export const EXPORT_FILE_FORMATS: Readonly<Record<string, ExportFormat>> = {
  'graph.gexf': 'gexf',
  'graph.graphml': 'graphml',
  'graph.json': 'json',
  'nodes.csv': 'neo4j-csv',
  'relationships.csv': 'neo4j-csv',
};

export interface ExportFile {
  /** graph.gexf, graph.graphml, graph.json, nodes.csv, relationships.csv */
  readonly name: string;
  readonly contentType: string;
  readonly chunks: () => Iterable<string>;
}

export interface ExportOptions {
  /** Positions to write; computed with ForceAtlas2 when absent and `layout` is not false. */
  readonly positions?: Positions;
  readonly layout?: boolean;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function exportFiles(
  graph: KnowledgeGraph,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile[] {
  const positions = () =>
    options.positions ?? (options.layout === false ? undefined : layoutGraph(graph));
  switch (format) {
    case 'gexf':
      return [
        {
          name: 'graph.gexf',
          contentType: 'application/gexf+xml; charset=utf-8',
          chunks: () => gexfChunks(graph, { positions: positions() }),
        },
      ];
    case 'graphml':
      return [
        {
          name: 'graph.graphml',
          contentType: 'application/graphml+xml; charset=utf-8',
          chunks: () => graphmlChunks(graph, { positions: positions() }),
        },
      ];
    case 'json':
      return [
        {
          name: 'graph.json',
          contentType: 'application/json; charset=utf-8',
          chunks: () => graphJsonChunks(graph),
        },
      ];
    case 'neo4j-csv':
      return [
        {
          name: 'nodes.csv',
          contentType: 'text/csv; charset=utf-8',
          chunks: () => neo4jNodesCsv(graph),
        },
        {
          name: 'relationships.csv',
          contentType: 'text/csv; charset=utf-8',
          chunks: () => neo4jRelationshipsCsv(graph),
        },
      ];
  }
}
