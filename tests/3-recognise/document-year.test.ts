import { documentYear, withSameMonthYears } from '../../src/3-recognise/dates/document-year.js';
import { findDates } from '../../src/3-recognise/dates/find-dates.js';
import { formatPartialDate } from '../../src/3-recognise/dates/partial-date.js';

it.each([
  ['2023-06-07', undefined, 2023],
  [undefined, 'https://example.uz/posts/les-presidents-se-sont-entretenus-par-07-10-2020', 2020],
  [undefined, 'https://example.org/fr/2019/actualites/sommet', 2019],
  [undefined, 'https://example.com/world/1674153', undefined],
  [undefined, 'https://example.com/update-first-day-783031.html', undefined],
  [undefined, 'https://example.am/fr/article/20231', undefined],
  [undefined, undefined, undefined],
])('takes the year of publication %s or of the address %s', (publishedAt, url, expected) => {
  expect(documentYear(publishedAt, url)).toBe(expected);
});

it.each([
  ['2023-05-18-sommet-xian.txt', 2023],
  ['h2-2023-sommet-chine-asie-centrale.txt', 2023],
  ['visite officielle 2019.md', 2019],
  ['000_410b3022a7af6331.txt', undefined],
  ['rapport-1674153.txt', undefined],
])(
  'takes the year a file name %s gives when neither date nor address has one',
  (file, expected) => {
    expect(documentYear(undefined, 'https://example.am/fr/article/1083340', file)).toBe(expected);
  },
);

it('prefers the address year to the file name', () => {
  expect(documentYear(undefined, 'https://example.org/2021/sommet', 'sommet-2023.txt')).toBe(2021);
});

const isoDays = (text: string) =>
  findDates(text, 'fr').map((d) => [text.slice(d.start, d.end), formatPartialDate(d.date)]);

it('dates a day by a month with its year elsewhere in the text', () => {
  expect(isoDays('Les exercices prévus en septembre 2023 ont débuté le 13 septembre.')).toEqual([
    ['en septembre 2023', '2023-09'],
    ['13 septembre', '2023-09-13'],
  ]);
});

it('does not date the day of the report by a historical date of the same month', () => {
  expect(isoDays('Le traité signé le 15 mai 1992 a été célébré le 16 mai.')).toContainEqual([
    '16 mai',
    '--05-16',
  ]);
});

it('leaves days of other months without a year', () => {
  const dates = withSameMonthYears([
    { start: 0, date: { year: 2023, month: 9 } },
    { start: 40, date: { month: 10, day: 2 } },
  ]);
  expect(dates[1]?.date.year).toBeUndefined();
});
