import { wholeWords } from '../src/patterns.js';

it('bounds words that begin or end with an accented letter', () => {
  const met = new RegExp(wholeWords('a rencontré|étaient présents'), 'i');
  expect(met.test('Il a rencontré Poutine')).toBe(true);
  expect(met.test('Étaient présents : ...')).toBe(true);
  expect(met.test('Il a rencontrée')).toBe(false);
  expect(met.test('préétaient présents')).toBe(false);
  // \b alone gets both wrong
  expect(/\ba rencontré\b/i.test('Il a rencontré Poutine')).toBe(false);
});
