// A pair written as a description ("les deux ministres", "the two sides", "both leaders"), the
// witnesses of a signing, and the members listed of a group of attendees ("aux participants,
// parmi lesquels X"), on snippets written for these tests.

import { attendanceFormats } from '../helpers.js';

/** "person -> format" for each ATTENDED edge but those of the talks themselves. */
const attendance = (text: string) =>
  attendanceFormats(text).filter((a) => !/TALKS|MEETING|PHONE_CALL/u.test(a));

/** The attendance of all but the host who receives or welcomes the group. */
const guests = (text: string) =>
  attendanceFormats(text).filter((a) => !a.startsWith('Ararat') && !a.startsWith('Sadyr'));

describe('a pair described after their talks', () => {
  it.each([
    [
      'a French "les deux ministres" at a joint press conference',
      'Le 4 juin 2025, Ararat Mirzoyan a eu des entretiens à Erevan avec Jeyhun Bayramov. Les deux ministres ont ensuite tenu une conférence de presse conjointe.',
      ['Ararat Mirzoyan -> PRESS_CONFERENCE', 'Jeyhun Bayramov -> PRESS_CONFERENCE'],
    ],
    [
      'an English "the two ministers" at a joint press conference',
      'On 4 June 2025, Ararat Mirzoyan held talks with Jeyhun Bayramov in Yerevan. The two ministers then held a joint press conference.',
      ['Ararat Mirzoyan -> PRESS_CONFERENCE', 'Jeyhun Bayramov -> PRESS_CONFERENCE'],
    ],
    [
      '"the two sides signed", the pair of a meeting',
      'On 4 June 2025, Ararat Mirzoyan met with Jeyhun Bayramov in Yerevan. The two sides signed a protocol on border demarcation.',
      ['Ararat Mirzoyan -> SIGNING', 'Jeyhun Bayramov -> SIGNING'],
    ],
    [
      '"les deux ministres ont assisté à la cérémonie", two sentences after the talks',
      'Le 4 juin 2025, Ararat Mirzoyan s’est entretenu à Erevan avec Jeyhun Bayramov. Le ministre arménien a salué un dialogue franc. Les deux ministres ont ensuite assisté à la cérémonie de signature.',
      ['Ararat Mirzoyan -> SIGNING', 'Jeyhun Bayramov -> SIGNING'],
    ],
    [
      '"both leaders" of talks between a president and a minister',
      'On 4 June 2025, President Sadyr Japarov held talks with Jeyhun Bayramov in Bishkek. Both leaders then attended the signing ceremony.',
      ['Jeyhun Bayramov -> SIGNING', 'Sadyr Japarov -> SIGNING'],
    ],
    [
      'the subject and the one met, not a companion named in between',
      'On 4 June 2025, Ararat Mirzoyan, accompanied by Paruyr Hovhannisyan, held talks with Jeyhun Bayramov in Yerevan. The two ministers then held a joint press conference.',
      ['Ararat Mirzoyan -> PRESS_CONFERENCE', 'Jeyhun Bayramov -> PRESS_CONFERENCE'],
    ],
  ])('seats %s', (_, text, expected) => {
    expect(attendance(text)).toEqual(expected);
  });

  it('does not read "the two presidents, Mr. X and Mr. Y" as the pair of the talks', () => {
    const text =
      'On 4 June 2025, Ararat Mirzoyan held talks with Jeyhun Bayramov in Moscow. They reviewed the treaty signed by the two Presidents, Mr. Ilham Aliyev and Mr. Vladimir Putin, in 2022.';
    expect(
      attendance(text).filter((a) => a.startsWith('Ararat') || a.startsWith('Jeyhun')),
    ).toEqual([]);
  });

  it('seats "des deux chefs d’État" at the signings made in their presence', () => {
    expect(
      attendance(
        'Le 4 juin 2025, Sadyr Japarov a eu des entretiens avec Ilham Aliev à Bakou. En présence des deux chefs d’État, plusieurs accords ont été signés.',
      ),
    ).toEqual(['Ilham Aliyev -> SIGNING', 'Sadyr Japarov -> SIGNING']);
  });

  it.each([
    [
      'no talks reported before',
      'Le 4 juin 2025, Ararat Mirzoyan a visité une école à Gumri. Les deux ministres ont ensuite signé un protocole.',
    ],
    [
      'talks that name one of the pair only',
      'Le 4 juin 2025, Ararat Mirzoyan est arrivé à Bakou. Mardi, il a eu des entretiens avec son homologue. Les deux ministres ont ensuite signé un protocole.',
    ],
    [
      'a pair in another section',
      'Le 4 juin 2025, Ararat Mirzoyan a eu des entretiens avec Jeyhun Bayramov.\n1°/Cérémonie de signature – 4 juin 2025 à 15h00 à Erevan\nLes deux ministres ont ensuite signé un protocole.',
    ],
    [
      'sides named as whose interest, not as subjects',
      'Le 4 juin 2025, Ararat Mirzoyan a eu des entretiens avec Jeyhun Bayramov. Un protocole a été signé dans l’intérêt des deux parties.',
    ],
  ])('seats no one at the signing for %s', (_, text) => {
    expect(attendance(text).filter((a) => a.endsWith('SIGNING'))).toEqual([]);
  });

  it('does not seat the pair at a meeting they only discuss', () => {
    expect(
      attendanceFormats(
        'Le 4 juin 2025, Ararat Mirzoyan s’est entretenu au téléphone avec Jeyhun Bayramov. Les deux ministres ont échangé leurs vues sur la préparation de la réunion des ministres de la CEI.',
      ).filter((a) => a.endsWith('MEETING')),
    ).toEqual([]);
  });
});

describe('the witnesses of a signing', () => {
  it('seats the leaders who witnessed the signing', () => {
    expect(
      attendance(
        'On 4 June 2025, Sadyr Japarov held talks with Ilham Aliyev in Baku. Japarov and Aliyev witnessed the signing of seven cooperation documents.',
      ),
    ).toEqual(['Ilham Aliyev -> SIGNING', 'Sadyr Japarov -> SIGNING']);
  });

  it('seats no one who witnessed something other than a signing', () => {
    expect(
      attendance(
        'On 4 June 2025, Ilham Aliyev said Azerbaijan had witnessed strong growth since the signing of the 1997 treaty.',
      ),
    ).toEqual([]);
  });
});

describe('the members listed of a group of attendees', () => {
  it.each([
    [
      'the participants "parmi lesquels" X and Y',
      'Le 4 juin 2025, le ministre Ararat Mirzoyan a souhaité la bienvenue aux participants de la réunion, parmi lesquels Jeyhun Bayramov et Murat Nurtleu.',
      ['Jeyhun Bayramov -> MEETING', 'Murat Nurtleu -> MEETING'],
    ],
    [
      'the delegates "including" X',
      'On 4 June 2025, Ararat Mirzoyan welcomed the delegates to the forum, including Jeyhun Bayramov.',
      ['Jeyhun Bayramov -> FORUM'],
    ],
    [
      'envoys listed in the next sentence, "Parmi eux figuraient"',
      'Le 4 juin 2025, le président Sadyr Japarov a reçu mardi au palais les lettres de créance de douze nouveaux ambassadeurs. Parmi eux figuraient Alexeï Borodavkine et Nourlan Ermekbaïev.',
      ['Alexei Borodavkin -> CEREMONY', 'Nurlan Ermekbayev -> CEREMONY'],
    ],
  ])('seats %s', (_, text, expected) => {
    expect(guests(text)).toEqual(expected);
  });

  it.each([
    [
      'a list after a noun of no attendees',
      'Le 4 juin 2025, Ararat Mirzoyan a évoqué le forum et plusieurs pays voisins, dont la Géorgie de Irakli Kobakhidze.',
    ],
    [
      'a denied presence',
      'Le 4 juin 2025, les invités du forum, parmi lesquels Jeyhun Bayramov, n’ont pas participé à la séance.',
    ],
  ])('seats no one for %s', (_, text) => {
    expect(guests(text)).toEqual([]);
  });
});
