import { segmentDocument } from '../../src/2-segment/segment-document.js';

const TEXT = [
  'Visite à Kazan – 12.03.25 –',
  '1°/Arrivée du président à Kazan – 12 mars 2025 à 10h00 à Kazan',
  '2°/Entretiens bilatéraux – 12 mars 2025 à 15h00 à Kazan',
  '1°/Arrivée du président à Kazan – 12 mars 2025 à 10h00 à Kazan',
  '1/4',
  'Le président est arrivé à Kazan dans la matinée.',
  '2°/Entretiens bilatéraux – 12 mars 2025 à 15h00 à Kazan',
  'A – Début des entretiens restreints – 12 mars 2025 à 15h00 à Kazan',
  'Les entretiens ont eu lieu en présence',
  'du ministre des Finances Ivan Petrov,',
  'de l’ambassadeur Oleg Smirnov.',
  'Président kazakh Kassym-Jomart Tokaïev : Bienvenue.',
  'Nous sommes heureux.',
  '3 De gauche à droite : le ministre Ivan Petrov. Photo : Anna Ivanova, TASS',
  'https://example.org/news/1',
  'Facebook',
].join('\n');

const structure = segmentDocument({ text: TEXT });
const kinds = structure.segments.map((s) => s.kind);

it('makes one section per heading, even when a table of contents repeats it', () => {
  const headed = structure.sections.filter((s) => s.heading);
  expect(headed.map((s) => s.heading?.marker)).toEqual(['1', '2', 'A']);
  expect(headed[2]?.parent).toBe(headed[1]?.index);
});

it('reads the date and the place of a heading', () => {
  const heading = structure.sections[1]?.heading;
  expect(heading && TEXT.slice(heading.when?.start, heading.when?.end)).toBe(
    '12 mars 2025 à 10h00',
  );
  expect(heading && TEXT.slice(heading.where?.start, heading.where?.end)).toBe('Kazan');
});

it.each([
  ['counter', '1/4'],
  ['attendee-list', 'du ministre des Finances Ivan Petrov,'],
  ['attendee-list', 'de l’ambassadeur Oleg Smirnov.'],
  ['speaker-turn', 'Président kazakh Kassym-Jomart Tokaïev : Bienvenue.'],
  ['caption', '3 De gauche à droite : le ministre Ivan Petrov. Photo : Anna Ivanova, TASS'],
  ['source-url', 'https://example.org/news/1'],
  ['boilerplate', 'Facebook'],
  ['title', 'Visite à Kazan – 12.03.25 –'],
])('classifies a %s line', (kind, line) => {
  expect(structure.segments.find((s) => s.text === line)?.kind).toBe(kind);
});

it('continues a speaker turn on the following paragraph and marks the lead', () => {
  const turn = structure.segments.findIndex((s) => s.kind === 'speaker-turn');
  expect(structure.segments.find((s) => s.text === 'Nous sommes heureux.')?.turn).toBe(turn);
  expect(structure.segments.find((s) => s.text.startsWith('Le président est arrivé'))?.lead).toBe(
    true,
  );
  expect(kinds).not.toContain(undefined);
});

it.each([
  ['3°/Entretien avec le maire – 14 avril à 11h30 à Tartu', '14 avril à 11h30', 'Tartu'],
  ['4°/Rencontre avec le gouverneur – 05.06.26 à 09h15 à Narva', '05.06.26 à 09h15', 'Narva'],
  ['5°/Dîner officiel – 14 avril 2026 à 20h00 à Tartu', '14 avril 2026 à 20h00', 'Tartu'],
])('reads a heading whose day has no year or is written in figures: %s', (line, when, where) => {
  const text = `${line}\nLe texte suit.`;
  const heading = segmentDocument({ text }).sections.find((s) => s.heading)?.heading;
  expect(heading && text.slice(heading.when?.start, heading.when?.end)).toBe(when);
  expect(heading && text.slice(heading.where?.start, heading.where?.end)).toBe(where);
});

it('takes no heading from a numbered line whose day has neither year nor hour', () => {
  const text = '6°/Bilan de la semaine – 14 avril à Tartu\nLe texte suit.';
  expect(segmentDocument({ text }).sections.some((s) => s.heading)).toBe(false);
});

describe('a dispatch without a headline', () => {
  const firstKind = (text: string) => segmentDocument({ text }).segments[0]?.kind;

  it.each([
    ['Putin held talks with Tokayev in Astana on Wednesday. They discussed trade.'],
    [
      `Le président russe a rencontré son homologue kazakh à Astana ${'pour parler du commerce, '.repeat(8)}mercredi`,
    ],
  ])('opens on a paragraph: "%s"', (text) => {
    expect(firstKind(`${text}\nSecond paragraph.`)).toBe('paragraph');
  });

  it.each([
    ['Putin and Tokayev discuss trade in Astana'],
    ['Poutine et Tokaïev discutent du commerce à Astana.'],
    ['Visite à Kazan – 12.03.25 –'],
  ])('keeps a headline a title: "%s"', (text) => {
    expect(firstKind(`${text}\nThe body.`)).toBe('title');
  });
});
