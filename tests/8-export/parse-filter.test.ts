// Subgraph options as typed: calendar days only.

import { ExportInputError, parseFilter } from '../../src/8-export/parse-filter.js';

const resolve = () => undefined;

it.each(['2024-13-45', '2023-02-29', '2024-04-31', '2024-00-10'])('refuses %s as a day', (to) => {
  expect(() => parseFilter({ to }, resolve)).toThrow(ExportInputError);
  expect(() => parseFilter({ from: to }, resolve)).toThrow(ExportInputError);
});

it.each(['2024-02-29', '2024-12-31', '1999-01-01'])('takes %s', (day) => {
  expect(parseFilter({ from: day, to: day }, resolve)).toEqual({ from: day, to: day });
});
