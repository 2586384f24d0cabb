// Every export format checked by real consumers: xmllint against the official GEXF 1.3 RELAX NG
// schema, graphology-gexf's parser, NetworkX (GEXF, GraphML), Python's csv module (Neo4j CSV).
/* eslint-disable no-control-regex -- these patterns are about control characters */

import { EvidenceTableBuilder } from '../../src/6-graph/evidence-table.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { exportFiles, type ExportFormat } from '../../src/8-export/export-graph.js';
import { selectSubgraph } from '../../src/8-export/select-subgraph.js';
import { sourcesView } from '../7-serve/fixture.js';

const RNG = 'tests/fixtures/gexf-1.3/gexf.rng';
const NETWORKX = 'tests/support/networkx_counts.py';
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-networkx
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'protokol-export-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function render(
  graph: KnowledgeGraph,
  format: ExportFormat,
  layout = true,
): Record<string, string> {
  return Object.fromEntries(
    exportFiles(graph, format, { layout }).map((f) => [f.name, [...f.chunks()].join('')]),
  );
}

function saved(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function validates(file: string): void {
  // xmllint exits non-zero, failing the test, when the file is not well-formed or invalid
  execFileSync('xmllint', ['--noout', '--relaxng', RNG, file], { stdio: 'pipe' });
}

function networkx(file: string): { nodes: number; edges: number; labels: string[] } {
  return JSON.parse(execFileSync(PYTHON, [NETWORKX, file], { encoding: 'utf8' })) as {
    nodes: number;
    edges: number;
    labels: string[];
  };
}

/** A graph whose names are hostile to every format. */
function hostileGraph(): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  const documents = [{ id: 'd', file: 'd.txt', title: 'd', language: 'fr' }];
  const quote = 'q "&" <x>';
  const table = new EvidenceTableBuilder(documents, [quote]);
  const piece = table.piece(0, 0, quote.length, 'test');
  const names = [
    'Zoë "Ç" & <Ж> \'quoted\'',
    'Лукашенко; 北京 — ١٢٣',
    'Bell\u0007 and NUL\u0000 and \uFFFE gone, 😀 kept',
  ];
  names.forEach((name, i) =>
    graph.addNode(`person:p${i}`, {
      type: 'Person',
      name,
      aliases: [name, 'a;b'],
      ...table.addRun([piece]),
    }),
  );
  graph.addEdgeWithKey('MET_WITH:person:p0->person:p1', 'person:p0', 'person:p1', {
    type: 'MET_WITH',
    props: { role: 'Rôle "&" <1>' },
    ...table.addRun([piece]),
    confidence: 0.5,
  });
  graph.replaceAttributes({ documents, extractionVersion: 'test', evidence: table.build() });
  return graph;
}

const cleaned = (name: string) =>
  name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

describe('GEXF', () => {
  it('validates against the GEXF 1.3 RELAX NG schema and opens laid out and dynamic', async () => {
    const { graph } = await sourcesView();
    const gexf = render(graph, 'gexf')['graph.gexf'] ?? '';
    validates(saved('sources.gexf', gexf));
    expect(gexf).toContain('mode="dynamic" timeformat="dateTime"');
    expect(gexf).toMatch(
      /<node id="event:[^"]*restricted-talks" [^>]*start="2024-05-24T14:50:00" end="2024-05-24T14:50:59"/,
    );
    expect(gexf).toMatch(/<edge [^>]*label="ATTENDED" [^>]*start="2024-05-24T14:50:00"/);
    const positions = gexf.match(/<viz:position /g) ?? [];
    expect(positions).toHaveLength(graph.order);
  });

  it('round-trips through graphology-gexf with nodes, edges and attributes intact', async () => {
    const { graph } = await sourcesView();
    const parsed = parseGexf(MultiDirectedGraph, render(graph, 'gexf')['graph.gexf'] ?? '');
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    const lavrov = parsed.getNodeAttributes('person:sergei-lavrov');
    expect(lavrov).toMatchObject({ label: 'Sergei Lavrov', type: 'Person', subtype: 'minister' });
    expect(lavrov.degree).toBe(graph.degree('person:sergei-lavrov'));
    const edge = parsed.edges('person:sergei-lavrov', 'place:russia');
    expect(edge.map((e) => parsed.getEdgeAttribute(e, 'role'))).toContain(
      'Minister of Foreign Affairs',
    );
  });

  it('is read by NetworkX with the same node and edge counts', async () => {
    const { graph } = await sourcesView();
    const counts = networkx(saved('networkx.gexf', render(graph, 'gexf')['graph.gexf'] ?? ''));
    expect({ nodes: counts.nodes, edges: counts.edges }).toEqual({
      nodes: graph.order,
      edges: graph.size,
    });
  });

  it('keeps accents, quotes, ampersands and non-Latin names, and drops what XML forbids', () => {
    const graph = hostileGraph();
    const file = saved('hostile.gexf', render(graph, 'gexf')['graph.gexf'] ?? '');
    validates(file);
    expect(networkx(file).labels).toEqual(graph.mapNodes((_, a) => cleaned(a.name)).sort());
    const parsed = parseGexf(MultiDirectedGraph, readFileSync(file, 'utf8'));
    expect(parsed.getNodeAttribute('person:p0', 'label')).toBe('Zoë "Ç" & <Ж> \'quoted\'');
  });

  it('is byte-identical for the same graph', async () => {
    const { graph } = await sourcesView();
    expect(render(graph, 'gexf')['graph.gexf']).toBe(render(graph, 'gexf')['graph.gexf']);
  });
});

describe('other formats', () => {
  it('writes GraphML that NetworkX reads, hostile names included', () => {
    const graph = hostileGraph();
    const file = saved('hostile.graphml', render(graph, 'graphml')['graph.graphml'] ?? '');
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'print(json.dumps(sorted(d["label"] for _, d in g.nodes(data=True)), ensure_ascii=False))',
    ].join('\n');
    const labels = JSON.parse(execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' }));
    expect(labels).toEqual(graph.mapNodes((_, a) => cleaned(a.name)).sort());
  });

  it('writes Neo4j import CSV with the admin-import headers, parsed back by a CSV reader', async () => {
    const graph = hostileGraph();
    const files = render(graph, 'neo4j-csv');
    expect(files['nodes.csv']?.split('\n')[0]).toMatch(/^id:ID,:LABEL,name,aliases:string\[\],/);
    expect(files['relationships.csv']?.split('\n')[0]).toMatch(/^:START_ID,:END_ID,:TYPE,/);
    const script = [
      'import csv, json, sys',
      'rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))',
      'print(json.dumps([[r["id:ID"], r["name"], r["aliases:string[]"]] for r in rows], ensure_ascii=False))',
    ].join('\n');
    const rows = JSON.parse(
      execFileSync(PYTHON, ['-c', script, saved('nodes.csv', files['nodes.csv'] ?? '')], {
        encoding: 'utf8',
      }),
    ) as string[][];
    expect(rows.map((r) => r[1])).toEqual(
      graph.mapNodes((_, a) => a.name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')),
    );
    expect(rows[0]?.[2]?.split(';')).toEqual(['Zoë "Ç" & <Ж> \'quoted\'', 'a,b']);
    const { graph: sources } = await sourcesView();
    const relationships = render(sources, 'neo4j-csv')['relationships.csv'] ?? '';
    expect(relationships.trim().split('\n')).toHaveLength(sources.size + 1);
  });

  it('writes graphology JSON that imports back to the same graph, names intact', async () => {
    const hostile = hostileGraph();
    const parsed = MultiDirectedGraph.from(JSON.parse(render(hostile, 'json')['graph.json'] ?? ''));
    expect(parsed.mapNodes((_, a) => a.name as string)).toEqual(hostile.mapNodes((_, a) => a.name));
    const { graph } = await sourcesView();
    const back = MultiDirectedGraph.from(JSON.parse(render(graph, 'json')['graph.json'] ?? ''));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
  });
});

describe('subgraphs', () => {
  it('keeps what lies around an entity', async () => {
    const { graph } = await sourcesView();
    const around = selectSubgraph(graph, { around: 'person:sergei-lavrov', depth: 1 });
    expect(around.hasNode('person:sergei-lavrov')).toBe(true);
    for (const node of around.nodes()) {
      expect(
        node === 'person:sergei-lavrov' || graph.areNeighbors(node, 'person:sergei-lavrov'),
      ).toBe(true);
    }
  });

  it('keeps types and periods', async () => {
    const { graph } = await sourcesView();
    const people = selectSubgraph(graph, { types: ['Person', 'Event'] });
    expect(new Set(people.mapNodes((_, a) => a.type))).toEqual(new Set(['Person', 'Event']));
    const day = selectSubgraph(graph, { from: '2024-05-24', to: '2024-05-24' });
    const events = day.filterNodes((_, a) => a.type === 'Event');
    // an event of the period overlaps the day: the two-day visit is in it, the 23rd's arrival not
    const overlaps = (e: string) => {
      const start = day.getNodeAttribute(e, 'start')?.slice(0, 10) ?? '';
      const end = day.getNodeAttribute(e, 'end')?.slice(0, 10) ?? start;
      return start <= '2024-05-24' && end >= '2024-05-24';
    };
    expect(events.filter((e) => !overlaps(e))).toEqual([]);
    expect(events).toContain('event:belarus-visit');
    expect(events).not.toContain('event:2024-05-23t23-30-minsk-arrival');
    expect(events.length).toBeGreaterThanOrEqual(5);
  });
});
