import { dayFitsEvent, daysBetween, laterEnd } from '../../src/4-resolve/event-days.js';
import type { EventFormat } from '../../src/types.js';
import { makeDocument } from '../../src/1-read/read-documents.js';
import { buildGraphFromDocuments } from '../../src/pipeline.js';

it.each<[EventFormat, string, string | undefined, string, boolean]>([
  ['SUMMIT', '2024-10-22', undefined, '2024-10-22', true],
  ['SUMMIT', '2024-10-22', undefined, '2024-10-23', true],
  ['SUMMIT', '--10-22', undefined, '--10-24', true],
  ['SUMMIT', '2024-10-22', undefined, '2024-10-21', false],
  ['SUMMIT', '2024-10-22', undefined, '2024-10-29', false],
  ['MEETING', '2024-10-22', undefined, '2024-10-23', false],
  ['MEETING', '2024-10-22', '2024-10-24', '2024-10-23', true],
  ['STATE_VISIT', '2023-03-20', '2023-03-22', '2023-03-21', true],
  ['VISIT', '2023-03-20', undefined, '--03-21', false],
  ['FORUM', '2024-07', undefined, '2024-07-11', true],
])('%s of %s to %s takes a mention of %s: %s', (format, start, end, date, expected) => {
  expect(dayFitsEvent(format, start, end, date)).toBe(expected);
});

it('counts days across a month end and keeps the later last day', () => {
  expect(daysBetween('2024-09-30', '2024-10-02')).toBe(2);
  expect(laterEnd('2024-10-22', undefined, '2024-10-24')).toBe('2024-10-24');
  expect(laterEnd('2024-10-22', '2024-10-24', '2024-10-23')).toBe('2024-10-24');
});

const events = (text: string, language: 'fr' | 'en' = 'fr') => {
  const graph = buildGraphFromDocuments([
    makeDocument(`Dépêche\n\n${text}`, 'snippet.txt', { publishedAt: '2024-10-25', language }),
  ]);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttributes(k))
    .map((a) => ({ format: a.format, start: a.start, end: a.end }));
};

it('makes one summit of the days a report tells one by one', () => {
  const found = events(
    'On October 22, the first day of the BRICS summit, the President held meetings in Kazan. ' +
      'On October 23, BRICS Summit meetings were convened. On October 24, the BRICS summit ended.',
    'en',
  );
  expect(found.filter((e) => e.format === 'SUMMIT')).toEqual([
    { format: 'SUMMIT', start: '2024-10-22', end: '2024-10-24' },
  ]);
});

it('keeps the summits of two organisations on two days apart', () => {
  const found = events(
    'Le sommet de l’OCS s’est tenu le 3 juillet à Astana. ' +
      'Le sommet de l’OTSC s’est tenu le 4 juillet à Minsk.',
  );
  expect(found.filter((e) => e.format === 'SUMMIT')).toHaveLength(2);
});

it('keeps meetings of two days apart', () => {
  const found = events(
    'La réunion des ministres a eu lieu le 3 juillet à Astana. ' +
      'La réunion des ministres a eu lieu le 4 juillet à Astana.',
  );
  expect(found.filter((e) => e.format === 'MEETING')).toHaveLength(2);
});

it.each([
  ['2024-09-03T12:30', '2024-09-03T13:00', false],
  ['2024-09-03T12:30', '2024-09-03', true],
])('a sitting at %s takes a mention of %s: %s', (start, date, expected) => {
  expect(dayFitsEvent('MEETING', start, undefined, date)).toBe(expected);
});

it('takes a mention whose span of days covers the event’s day', () => {
  expect(dayFitsEvent('STATE_VISIT', '2023-03-21', undefined, '2023-03-20', '2023-03-22')).toBe(
    true,
  );
});
