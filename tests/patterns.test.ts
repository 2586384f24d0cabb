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

it('ends a word on an elision before the next one ("en présence d’Alexandre")', () => {
  const cue = new RegExp(wholeWords("en présence d[’']|lors d[’']"), 'i');
  expect(cue.test('en présence d’Alexandre Loukachenko')).toBe(true);
  expect(cue.test("lors d'une réunion")).toBe(true);
  expect(cue.test('en présence dAlexandre')).toBe(false);
});
