// An undated parent event runs from its first dated part to its last.

import { parentEventSpans, type Dated } from '../../src/6-graph/parent-event-spans.js';

const spans = (events: Record<string, Dated>, partOf: [string, string][]) =>
  Object.fromEntries(parentEventSpans(new Map(Object.entries(events)), partOf));

it.each([
  [
    'a visit over two days of parts',
    { visit: {}, arrival: { start: '2025-03-03T23:30' }, talks: { start: '2025-03-04T10:00' } },
    [
      ['arrival', 'visit'],
      ['talks', 'visit'],
    ],
    { visit: { start: '2025-03-03', end: '2025-03-04' } },
  ],
  [
    'parts on one day',
    { visit: {}, talks: { start: '2025-03-04T10:00' }, dinner: { start: '2025-03-04' } },
    [
      ['talks', 'visit'],
      ['dinner', 'visit'],
    ],
    { visit: { start: '2025-03-04' } },
  ],
  [
    'a part that lasts several days',
    { summit: {}, forum: { start: '2025-06-01', end: '2025-06-03' } },
    [['forum', 'summit']],
    { summit: { start: '2025-06-01', end: '2025-06-03' } },
  ],
  [
    'two levels: talks in a visit in a tour',
    { tour: {}, visit: {}, talks: { start: '2025-03-04' } },
    [
      ['visit', 'tour'],
      ['talks', 'visit'],
    ],
    { tour: { start: '2025-03-04' }, visit: { start: '2025-03-04' } },
  ],
  [
    'a parent the text dates keeps its date',
    { visit: { start: '2025-03' }, talks: { start: '2025-03-04' } },
    [['talks', 'visit']],
    {},
  ],
  [
    'parts known by their year only give nothing',
    { visit: {}, talks: { start: '2025' } },
    [['talks', 'visit']],
    {},
  ],
] as [string, Record<string, Dated>, [string, string][], object][])(
  '%s',
  (_, events, partOf, expected) => {
    expect(spans(events, partOf)).toEqual(expected);
  },
);
