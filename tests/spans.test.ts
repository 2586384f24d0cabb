import { spanAt } from '../src/spans.js';

it('finds the span holding an offset among sorted spans, gaps included', () => {
  const spans = [
    { start: 0, end: 5, kind: 'a' },
    { start: 5, end: 9, kind: 'b' },
    { start: 12, end: 20, kind: 'c' },
  ];
  const scanned = (offset: number) => spans.find((s) => offset >= s.start && offset < s.end);
  for (let offset = -2; offset < 23; offset += 1)
    expect(spanAt(spans, offset)).toBe(scanned(offset));
  expect(spanAt([], 3)).toBeUndefined();
});
