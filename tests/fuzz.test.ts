// Random bytes and random near-French text through the whole pipeline: no crash, and well-formed
// output (evidence inside the text, on word boundaries, never a bare name for a relation; JSON
// and GEXF that parse back).

import { auditEvidence } from '../src/6-graph/audit-evidence.js';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { decodeText } from '../src/1-read/decode-text.js';
import { makeDocument } from '../src/1-read/read-documents.js';
import { serialiseGraph } from '../src/6-graph/serialise.js';
import type { KnowledgeGraph } from '../src/6-graph/types.js';
import { gexfChunks } from '../src/8-export/write-gexf.js';
import { buildGraphFromDocuments } from '../src/pipeline.js';

const WORDS = [
  'le',
  'la',
  'les',
  'de',
  'du',
  'à',
  'en',
  'et',
  'a',
  'lors',
  'des',
  'négociations',
  'restreintes',
  'pourparlers',
  'conférence',
  'de presse',
  'sommet',
  'réunion',
  'visite',
  'président',
  'Président',
  'ministre',
  'des Affaires étrangères',
  'premier',
  'vice-Premier',
  'ambassadeur',
  'extraordinaire',
  'et plénipotentiaire',
  'Vladimir',
  'Poutine',
  'Alexandre',
  'Loukachenko',
  'Sergueï',
  'Lavrov',
  'Nikolaï',
  'Snopkov',
  'Minsk',
  'Moscou',
  'Kremlin',
  'Biélorussie',
  'Russie',
  'russe',
  'biélorusse',
  'OCS',
  'OTSC',
  'État de l’Union',
  'Izvestia',
  'a déclaré',
  'a rencontré',
  'est arrivé',
  'le 24 mai',
  '2024',
  '14h50',
  'juillet',
  'le 19 décembre',
  'précédente',
  '«',
  '»',
  '"',
  '’',
  ',',
  '.',
  ':',
  ';',
  '(',
  ')',
  '–',
  '-',
  '?',
  '\n',
  '\n\n',
  'A –',
  '1°/',
  'Début',
  'Photo :',
  'TASS',
  'Ж',
  '😀',
  '\u00a0',
  '\u00ad',
  '\u200b',
  'e\u0301',
  '&',
  '<',
  '>',
  '\t',
];

const nearFrench = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 120 })
  .map((words) => words.join(' '));

function wellFormed(graph: KnowledgeGraph, texts: ReadonlyMap<string, string>): void {
  expect(auditEvidence(graph, texts)).toEqual([]);
  const json = JSON.parse(serialiseGraph(graph)) as { nodes: unknown[] };
  expect(json.nodes).toHaveLength(graph.order);
  const gexf = parseGexf(MultiGraph, [...gexfChunks(graph)].join(''));
  expect(gexf.order).toBe(graph.order);
}

it('decodes any bytes without throwing, or refuses them with a diagnostic', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      const { value, diagnostics } = decodeText(bytes, 'fuzz.txt');
      if (value === undefined) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
      else expect(typeof value).toBe('string');
      for (const d of diagnostics) expect(d.message.startsWith('fuzz.txt: ')).toBe(true);
    }),
    { numRuns: 500 },
  );
});

it('builds a well-formed graph from random bytes decoded as documents', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 3000 }), (bytes) => {
      const { value } = decodeText(bytes, 'fuzz.txt');
      if (value === undefined) return;
      const doc = makeDocument(value, 'fuzz.txt');
      wellFormed(buildGraphFromDocuments([doc]), new Map([[doc.id, doc.text]]));
    }),
    { numRuns: 150 },
  );
});

it('builds a well-formed graph from random near-French text', () => {
  fc.assert(
    fc.property(fc.array(nearFrench, { minLength: 1, maxLength: 3 }), (texts) => {
      const docs = texts.map((text, i) =>
        makeDocument(text, `doc${i}.txt`, { publishedAt: '2024-05-24', language: 'fr' }),
      );
      wellFormed(buildGraphFromDocuments(docs), new Map(docs.map((d) => [d.id, d.text])));
    }),
    { numRuns: 200 },
  );
});

it("quotes more than a part's own phrase when its line is only that phrase (a case fuzzing found)", () => {
  const docs = ['. OTSC visite \n a rencontré', 'le'].map((text, i) =>
    makeDocument(text, `doc${i}.txt`, { publishedAt: '2024-05-24', language: 'fr' }),
  );
  wellFormed(buildGraphFromDocuments(docs), new Map(docs.map((d) => [d.id, d.text])));
});
