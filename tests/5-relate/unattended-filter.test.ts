// Mentions that are no presence: a message's sender, the person met during another's visit, an
// anniversary. Snippets written for these tests.

import {
  isAttributionSource,
  isHonouredMention,
  isMetDuringVisit,
  isTalkedAboutMention,
  isSenderMention,
} from '../../src/5-relate/unattended-filter.js';
import { articleOf, edgesOf } from '../helpers.js';

const at = (text: string, name: string): [string, number, number] => {
  const start = text.indexOf(name);
  return [text, start, start + name.length];
};

describe('the one a monument or a mourning is for', () => {
  it.each([
    ['Ils ont déposé des fleurs au monument à Gueorgui Joukov.', 'Gueorgui Joukov', true],
    ['Une gerbe a été déposée devant la statue du maréchal Ivan Konev.', 'Ivan Konev', true],
    ['Il a exprimé ses condoléances après le décès d’Igor Spassky.', 'Igor Spassky', true],
    ['The two leaders laid a wreath at the tomb of Ho Chi Minh.', 'Ho Chi Minh', true],
    ['A minute of silence was held in memory of Ivan Petrov.', 'Ivan Petrov', true],
    // traps: the one who lays the wreath, a sentence between, a possessive before the noun
    ['Le président Ivan Petrov a déposé une gerbe au monument.', 'Ivan Petrov', false],
    ['Il a visité le mémorial. Le président Ivan Petrov a ensuite parlé.', 'Ivan Petrov', false],
    ['The monument was opened by President Ivan Petrov.', 'Ivan Petrov', false],
  ])('%s (%s) -> %s', (text, name, expected) => {
    const [sentence, start] = at(text, name);
    expect(isHonouredMention(sentence, start)).toBe(expected);
  });

  it('makes the ones laying the wreath attend, not the one honoured', () => {
    expect(
      edgesOf(
        articleOf(
          'Le président Ivan Petrov et le président Sadyr Japarov ont déposé une gerbe au monument à Gueorgui Joukov à Bichkek le 3 juin 2024.',
        ),
        'ATTENDED',
      ),
    ).toEqual([
      'Ivan Petrov -> Commemoration in Bishkek, 2024-06-03',
      'Sadyr Japarov -> Commemoration in Bishkek, 2024-06-03',
    ]);
  });
});

describe('the one talked about', () => {
  it.each([
    ['Lors de la réunion, il a évoqué le président Ilham Aliev.', 'Ilham Aliev', true],
    ['Lors du sommet, le ministre a longuement critiqué Ivan Petrov.', 'Ivan Petrov', true],
    ['During the talks he mentioned President Ivan Petrov.', 'Ivan Petrov', true],
    // traps: the partner of "évoquer avec", the subject, a sentence between
    ['Il a évoqué avec le président Ilham Aliev la coopération.', 'Ilham Aliev', false],
    ['Le président Ivan Petrov a évoqué la coopération.', 'Ivan Petrov', false],
    ['Il a évoqué la coopération. Le président Ivan Petrov a parlé.', 'Ivan Petrov', false],
  ])('%s (%s) -> %s', (text, name, expected) => {
    const [sentence, start] = at(text, name);
    expect(isTalkedAboutMention(sentence, start)).toBe(expected);
  });

  it('neither attends nor meets the one who attended', () => {
    const graph = articleOf(
      'Lors de sa rencontre avec le président Sadyr Japarov à Bichkek, il a évoqué le président Ilham Aliev.',
    );
    expect(edgesOf(graph, 'ATTENDED')).toEqual(['Sadyr Japarov -> Meeting in Bishkek, 2024-05-24']);
    expect(edgesOf(graph, 'MET_WITH')).toEqual([]);
  });
});

describe('the source a sentence is attributed to', () => {
  it.each([
    [
      'Putin will attend the summit, Kremlin spokesman Ivan Petrov told reporters on Monday.',
      'Ivan Petrov',
      true,
    ],
    ['Putin will attend the summit, Ivan Petrov told TASS.', 'Ivan Petrov', true],
    ['Putin will attend the summit, said Kremlin spokesman Ivan Petrov.', 'Ivan Petrov', true],
    [
      'Poutine participera au sommet, a déclaré Ivan Petrov, porte-parole du Kremlin.',
      'Ivan Petrov',
      true,
    ],
    [
      'Poutine participera au sommet, a indiqué lundi le porte-parole Ivan Petrov.',
      'Ivan Petrov',
      true,
    ],
    ['Selon Ivan Petrov, Poutine participera au sommet.', 'Ivan Petrov', true],
    ['According to Ivan Petrov, Putin will attend the summit.', 'Ivan Petrov', true],
    // traps: one who speaks at the event, a quotation's speaker, the one a "que" clause is about
    ['At the summit in Minsk, Ivan Petrov said cooperation was growing.', 'Ivan Petrov', false],
    ['« Nous sommes prêts », a déclaré Ivan Petrov lors du sommet.', 'Ivan Petrov', false],
    [
      'Le Kremlin a déclaré que le président Ivan Petrov participera au sommet.',
      'Ivan Petrov',
      false,
    ],
    ['According to the Kremlin, Ivan Petrov will attend the summit.', 'Ivan Petrov', false],
    ['Ivan Petrov said he would attend the summit.', 'Ivan Petrov', false],
  ])('%s (%s) -> %s', (text, name, expected) => {
    expect(isAttributionSource(...at(text, name))).toBe(expected);
  });

  it('leaves the attendee the sentence reports', () => {
    const graph = articleOf(
      'Vladimir Putin will attend the CSTO summit in Minsk, Kremlin spokesman Dmitry Peskov told reporters.',
    );
    expect(edgesOf(graph, 'ATTENDED')).toEqual([
      expect.stringMatching(
        /^Vladimir Putin -> Summit of Collective Security Treaty Organization in Minsk/u,
      ),
    ]);
  });
});

describe('the sender of a message', () => {
  it.each([
    [
      'Le ministre a lu le message du président russe Vladimir Poutine aux délégués.',
      'Vladimir Poutine',
      true,
    ],
    ['Il a transmis une lettre de M. Tokaïev à son hôte.', 'Tokaïev', true],
    ['Un message de salutations de Xi Jinping a été remis.', 'Xi Jinping', true],
    ['The minister read out a message from President Ilham Aliyev.', 'Ilham Aliyev', true],
    ["Vladimir Putin's message to the delegates was read out.", 'Vladimir Putin', true],
    ['Vladimir Putin’s message to the delegates was read out.', 'Vladimir Putin', true],
    // traps: the bearer of the message, a letter of credence, a sentence end in between
    ['Le président Sadyr Japarov a lu un message aux délégués.', 'Sadyr Japarov', false],
    ['Il a remis ses lettres de créance du pays de Ivan Petrov.', 'Ivan Petrov', false],
    ['Il a lu un message. Ensuite le président Ivan Petrov est arrivé.', 'Ivan Petrov', false],
  ])('%s (%s) -> %s', (text, name, expected) => {
    expect(isSenderMention(...at(text, name))).toBe(expected);
  });
});

describe('the person met during a visit', () => {
  it.each([
    [
      'Ivan Petrov a rencontré le président Sadyr Japarov lors de sa visite à Bichkek.',
      'Sadyr Japarov',
      true,
    ],
    ['Petrov is to meet King Abdullah during his visit to Amman.', 'King Abdullah', true],
    // traps: the visitor himself, a met person named after the visit
    [
      'Ivan Petrov a rencontré le président Sadyr Japarov lors de sa visite à Bichkek.',
      'Ivan Petrov',
      false,
    ],
    ['Lors de sa visite à Bichkek, Ivan Petrov a rencontré Sadyr Japarov.', 'Sadyr Japarov', false],
  ])('%s (%s) -> %s', (text, name, expected) => {
    expect(isMetDuringVisit(text, text.indexOf(name))).toBe(expected);
  });
});

describe('ATTENDED left out', () => {
  const attendees = (text: string) => edgesOf(articleOf(text), 'ATTENDED');

  it('gives no attendance of a birthday to the one who sends wishes', () => {
    const edges = attendees(
      'Le président kazakh Kassym-Jomart Tokaïev a félicité Vladimir Poutine pour son anniversaire lors de leur entretien téléphonique du 7 octobre 2024.',
    );
    expect(edges.filter((e) => /anniversa|birthday/iu.test(e))).toEqual([]);
  });

  it('leaves the sender of a message read at a forum out of its attendees', () => {
    const edges = attendees(
      'Le forum des régions s’est ouvert le 3 juin 2024 à Minsk. Lors du forum, le Premier ministre Roman Golovtchenko a lu le message du président russe Vladimir Poutine.',
    );
    expect(edges.some((e) => e.startsWith('Vladimir Putin'))).toBe(false);
  });
});
