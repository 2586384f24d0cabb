// Who sits at the formats of bilateral talks, where a ceremony told before or after the talks
// belongs, and who attends a ceremony one gives for another; on snippets written for these tests.

import { attendanceFormats, edgesOf, graphOf } from '../helpers.js';

const at = (text: string, format: string) =>
  attendanceFormats(text).filter((a) => a.endsWith(`-> ${format}`));
const partOf = (text: string, publishedAt?: string) =>
  edgesOf(graphOf(`Dépêche\n\n${text}`, publishedAt), 'PART_OF');

describe('the leaders of the talks sit at their formats', () => {
  it.each([
    [
      'Le président Ivan Petrov a mené mardi des négociations avec le président Oleg Smirnov à Minsk. Les négociations ont commencé en tête-à-tête et se sont poursuivies en format élargi.',
    ],
    [
      'Le président Ivan Petrov a mené mardi des entretiens avec le président Oleg Smirnov à Minsk. Les entretiens se sont déroulés en tête-à-tête, puis en format élargi.',
    ],
    [
      'President Ivan Petrov held talks with President Oleg Smirnov in Minsk on Tuesday. The talks began in a one-on-one format and then continued in an expanded format.',
    ],
  ])('both formats: "%s"', (text) => {
    expect(at(text, 'RESTRICTED_TALKS')).toEqual([
      'Ivan Petrov -> RESTRICTED_TALKS',
      'Oleg Smirnov -> RESTRICTED_TALKS',
    ]);
    expect(at(text, 'EXPANDED_TALKS')).toEqual([
      'Ivan Petrov -> EXPANDED_TALKS',
      'Oleg Smirnov -> EXPANDED_TALKS',
    ]);
  });

  it('keeps the leaders at the expanded talks beside the delegates listed there', () => {
    const text =
      'Le président Ivan Petrov a mené mardi des négociations avec le président Oleg Smirnov à Minsk. Les négociations ont commencé en tête-à-tête et se sont poursuivies en format élargi avec la participation des délégations, dont le ministre Anna Volkova.';
    expect(at(text, 'EXPANDED_TALKS')).toEqual(
      expect.arrayContaining(['Ivan Petrov -> EXPANDED_TALKS', 'Oleg Smirnov -> EXPANDED_TALKS']),
    );
  });

  it('trap: a member of the delegation listed after the formats is not at the tête-à-tête', () => {
    const text =
      'President Ivan Petrov held talks with President Oleg Smirnov in Minsk on Tuesday. The leaders first met in a narrow format, followed by extended talks with the participation of the delegations. The Belarusian delegation included Foreign Minister Anna Volkova.';
    expect(at(text, 'RESTRICTED_TALKS')).not.toContain('Anna Volkova -> RESTRICTED_TALKS');
  });

  it('trap: an aide the text seats at the tête-à-tête itself stays there', () => {
    const text =
      'Le président Ivan Petrov a mené mardi des négociations avec le président Oleg Smirnov à Minsk. Les négociations ont commencé en tête-à-tête et se sont poursuivies en format élargi. Du côté russe, le conseiller Anna Volkova a pris part au tête-à-tête.';
    expect(at(text, 'RESTRICTED_TALKS')).toContain('Anna Volkova -> RESTRICTED_TALKS');
  });

  it('trap: a council’s restricted format does not seat the pair who met on its sidelines', () => {
    const text =
      'Le président Ivan Petrov a participé le 8 mai à Moscou à la réunion du Conseil économique eurasiatique suprême. Les dirigeants se sont d’abord réunis en format restreint. En marge de la réunion, Ivan Petrov a rencontré le président Oleg Smirnov.';
    expect(at(text, 'RESTRICTED_TALKS')).not.toContain('Oleg Smirnov -> RESTRICTED_TALKS');
  });
});

describe('a ceremony told before or after the talks is their sibling within the visit', () => {
  it.each([
    [
      'Le Premier ministre Ivan Petrov effectue une visite officielle au Vietnam le 13 octobre. Il s’est entretenu dimanche avec son homologue Oleg Smirnov. Avant les entretiens, Oleg Smirnov a organisé une cérémonie de bienvenue en l’honneur d’Ivan Petrov.',
    ],
    [
      'Prime Minister Ivan Petrov is on an official visit to Vietnam on 13 October. He held talks with his counterpart Oleg Smirnov on Sunday. Oleg Smirnov held a welcome ceremony for Ivan Petrov before the talks.',
    ],
  ])('"%s"', (text) => {
    const edges = partOf(text, '2024-10-13');
    expect(edges).toContainEqual(expect.stringMatching(/^Ceremony.* -> Visit/u));
    expect(edges).not.toContainEqual(expect.stringMatching(/^Ceremony.* -> Talks/u));
  });

  it('trap: a sitting held before another is still within that one', () => {
    const text =
      'Le président Ivan Petrov est arrivé à Bichkek le 6 août pour une visite. Avant la réunion régionale, il a tenu des consultations avec plusieurs ministres.';
    expect(partOf(text, '2021-08-06').filter((e) => e.startsWith('Talks'))).toEqual([
      expect.stringMatching(/^Talks.* -> Meeting/u),
    ]);
  });
});

describe('a ceremony one gives for another', () => {
  it.each([
    [
      'Le 13 octobre, le président Oleg Smirnov a organisé une cérémonie de bienvenue en l’honneur du président Ivan Petrov à Hanoï.',
    ],
    [
      'On 13 October President Oleg Smirnov held a grand welcome ceremony for President Ivan Petrov in Hanoi.',
    ],
  ])('the giver and the guest attend it: "%s"', (text) => {
    expect(at(text, 'CEREMONY')).toEqual(['Ivan Petrov -> CEREMONY', 'Oleg Smirnov -> CEREMONY']);
  });

  it('trap: a ceremony held for no one named seats no one through this rule', () => {
    const text = 'On 13 October the ministry held a ceremony for the press in Hanoi.';
    expect(at(text, 'CEREMONY')).toEqual([]);
  });
});
