import { findSpeakerLabel } from '../../src/2-segment/find-speaker-label.js';

const labelOf = (line: string) => {
  const span = findSpeakerLabel(line, 0);
  return span && line.slice(span.start, span.end);
};

describe('speaker labels', () => {
  it.each([
    [
      'a title before the name',
      'Président kazakh Kassym-Jomart Tokaïev : Bienvenue.',
      'Président kazakh Kassym-Jomart Tokaïev',
    ],
    [
      'titles, then the name after a comma',
      'Journaliste, présentatrice de la télévision d’État, Anna Petrova : Bonsoir à tous.',
      'Journaliste, présentatrice de la télévision d’État, Anna Petrova',
    ],
    [
      'an office, then the name after a comma',
      'Président de la Fédération de Russie, Vladimir Poutine : Chers amis.',
      'Président de la Fédération de Russie, Vladimir Poutine',
    ],
  ])('finds %s', (_, line, label) => {
    expect(labelOf(line)).toBe(label);
  });

  it.each([
    ['a clause ending with a name', 'En outre, selon Vladimir Poutine : la coopération progresse.'],
    ['a place and a date', 'Astana, le 4 juillet : le sommet commence.'],
  ])('finds none in %s', (_, line) => {
    expect(labelOf(line)).toBeUndefined();
  });
});
