// The leaders of talks that go on in another format with the delegations, on snippets written
// for these tests.

import { attendanceFormats } from '../helpers.js';

const leadersAt = (text: string) =>
  attendanceFormats(text).filter((a) => a.endsWith('EXPANDED_TALKS'));

describe('talks continued with the delegations', () => {
  it.each([
    [
      'Ivan Petrov et Oleg Smirnov se sont entretenus en tête-à-tête au Kremlin le 27 novembre 2024. Les discussions ont continué plus tard en format élargi avec la participation des délégations.',
    ],
    [
      'Ivan Petrov and Oleg Smirnov held one-on-one talks in the Kremlin on 27 November 2024. The talks then continued in an expanded format with the participation of the delegations.',
    ],
  ])('seat the leaders of the talks they continue: "%s"', (text) => {
    expect(leadersAt(text)).toEqual([
      'Ivan Petrov -> EXPANDED_TALKS',
      'Oleg Smirnov -> EXPANDED_TALKS',
    ]);
  });

  it('seats no one when the delegations are not said to join', () => {
    const text =
      'Ivan Petrov et Oleg Smirnov se sont entretenus en tête-à-tête au Kremlin le 27 novembre 2024. Une réunion en format élargi est prévue.';
    expect(leadersAt(text)).toEqual([]);
  });

  it('leaves talks that name their own attendees to them', () => {
    const text =
      'Ivan Petrov et Oleg Smirnov se sont entretenus en tête-à-tête au Kremlin le 27 novembre 2024. Les discussions en format élargi, avec la participation des délégations, ont réuni Anna Volkova.';
    expect(leadersAt(text)).toEqual(['Anna Volkova -> EXPANDED_TALKS']);
  });
});
