import { articleOf, edgesOf } from '../helpers.js';

const pressAttendees = (text: string) =>
  edgesOf(articleOf(text), 'ATTENDED')
    .filter((e) => e.includes('Press conference'))
    .map((e) => e.split(' -> ')[0]);

describe('joint press conferences', () => {
  it.each([
    [
      'the counterpart a French "conférence de presse commune" does not name',
      'Le président iranien Hassan Nouri est arrivé à Moscou le 17 janvier 2025 pour une visite d’État. Il a été reçu au Kremlin par Vladimir Poutine. « Le traité est historique », a jugé le chef du Kremlin Vladimir Poutine au cours d’une conférence de presse commune.',
      ['Hassan Nouri', 'Vladimir Putin'],
    ],
    [
      'both leaders at an English "joint news conference"',
      'Kazakh President Kassym-Jomart Tokayev held talks with Vladimir Putin in Moscow on 3 May 2024. Tokayev and Putin then spoke to reporters at a joint news conference in the Kremlin.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'no counterpart among three leaders of a summit',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk avec Kassym-Jomart Tokaïev, Sadyr Japarov et Vladimir Poutine. « Nous sommes unis », a affirmé le président Vladimir Poutine au cours d’une conférence de presse commune.',
      ['Vladimir Putin'],
    ],
  ])('takes %s', (_, text, expected) => {
    expect(pressAttendees(text)).toEqual(expected);
  });
});
