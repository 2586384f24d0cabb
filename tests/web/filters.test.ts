// The explorer's filters: types and relation types switched off, and a range of days over the
// events that have a year ("--12-19" has none and counts as undated).

import { NO_FILTER, eventDays, isNodeShown, isRelationShown } from '../../web/explore/filters.js';

const event = (start?: string, end?: string) => ({
  type: 'Event' as const,
  ...(start ? { start } : {}),
  ...(end ? { end } : {}),
});

describe('explorer filters', () => {
  it('lists the days dated events start on, sorted, without year-less dates', () => {
    const nodes = [
      event('2024-05-24T14:50'),
      event('2024-05-24T16:40'),
      event('1996'),
      event('--12-19'),
      event(),
      { type: 'Person' as const, start: '2020-01-01' },
    ];
    expect(eventDays(nodes)).toEqual(['1996', '2024-05-24']);
  });

  it.each([
    ['2024-05-24T14:50', undefined, '2024-05-24', '2024-05-24', true],
    ['2024-05-24T14:50', undefined, '2024-05-25', undefined, false],
    ['2024-05', undefined, '2024-05-10', '2024-05-20', true],
    ['1996', undefined, '1996-04-02', undefined, true],
    ['2024-05-20', '2024-05-26', '2024-05-24', '2024-05-24', true],
    ['2024-05-20', '2024-05-22', '2024-05-24', undefined, false],
  ])('event from %s to %s within %s..%s: %s', (start, end, from, to, shown) => {
    const filter = { ...NO_FILTER, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    expect(isNodeShown(event(start, end), filter)).toBe(shown);
  });

  it('shows undated and year-less events only while asked to', () => {
    const narrowed = { ...NO_FILTER, from: '2024-01-01' };
    expect(isNodeShown(event('--12-19'), narrowed)).toBe(true);
    expect(isNodeShown(event(), { ...narrowed, showUndated: false })).toBe(false);
    expect(isNodeShown(event('--12-19'), { ...narrowed, showUndated: false })).toBe(false);
  });

  it('hides the types and relation types switched off, and nothing else', () => {
    const filter = {
      ...NO_FILTER,
      hiddenTypes: new Set(['Place']),
      hiddenRelations: new Set(['HELD_IN']),
    };
    expect(isNodeShown({ type: 'Place' }, filter)).toBe(false);
    expect(isNodeShown({ type: 'Person' }, filter)).toBe(true);
    expect(isRelationShown('HELD_IN', filter)).toBe(false);
    expect(isRelationShown('ATTENDED', filter)).toBe(true);
  });
});
