import { packDocument, unpackDocument } from '../../src/store/packed-document.js';
import type { StoredDocument } from '../../src/store/snapshot.js';

const stored: StoredDocument = {
  id: 'd1',
  files: ['a.txt', 'copy.txt'],
  size: 120,
  cacheKey: 'k1',
  extraction: {
    doc: { id: 'd1', file: 'a.txt', title: 'T', language: 'fr', publishedAt: '2024-05-24' },
    entities: [
      {
        key: 'person:x',
        type: 'Person',
        name: 'X',
        aliases: ['X', 'M. X'],
        mentions: [
          { start: 0, end: 1, rule: 'given-name' },
          { start: 10, end: 14, rule: 'surname-repeat' },
          { start: 20, end: 21, rule: 'given-name' },
        ],
        subtype: 'minister',
      },
      { key: 'event:e', type: 'Event', name: 'E', aliases: [], mentions: [], start: '2024-05-24' },
    ],
    assertions: [
      {
        type: 'ATTENDED',
        source: 'person:x',
        target: 'event:e',
        props: { delegation: 'place:belarus' },
        evidence: { doc: 'd1', start: 0, end: 30, rule: 'attendee-list' },
        confidence: 0.9,
      },
      {
        type: 'HELD_IN',
        source: 'event:e',
        target: 'place:minsk',
        props: {},
        evidence: { doc: 'd0', start: 3, end: 8, rule: 'given-name' },
        confidence: 1,
      },
    ],
  },
};

it('packs a stored document into one line and reads it back unchanged', () => {
  const line = JSON.stringify(packDocument(stored));
  expect(unpackDocument(JSON.parse(line))).toEqual(stored);
  // each rule name is written once
  expect(line.match(/given-name/g)).toHaveLength(1);
  expect(line.length).toBeLessThan(JSON.stringify(stored).length * 0.8);
});

it('says what is wrong with a damaged line', () => {
  const packed = JSON.parse(JSON.stringify(packDocument(stored)));
  packed.entities[0].mentions.push(99, 100, 7);
  expect(() => unpackDocument(packed)).toThrow('document d1: no rule 7');
  expect(() => unpackDocument(null)).toThrow(/lacks its id/);
});
