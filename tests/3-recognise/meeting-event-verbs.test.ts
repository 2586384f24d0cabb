// Sittings reported by a verb only, on snippets written for these tests: each verb phrase is an
// event of its own, attended by both sides, unless its sentence names the sitting already.

import { articleOf, edgesOf } from '../helpers.js';

/** "person -> event name" of each ATTENDED edge, and the events' formats. */
function read(text: string) {
  const graph = articleOf(text);
  const attended = graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'name'))
    .sort();
  const formats = graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttribute(k, 'format'))
    .sort();
  return { attended, formats };
}

it.each([
  [
    'a French talk with an auxiliary',
    'Le 12 mai 2024 à Bakou, le président Ilham Aliev s’est entretenu avec le président russe Vladimir Poutine.',
    ['Ilham Aliyev', 'Vladimir Putin'],
    ['TALKS'],
  ],
  [
    'English talks',
    'On 12 May 2024 President Vladimir Putin held talks with President Xi Jinping in Beijing.',
    ['Vladimir Putin', 'Xi Jinping'],
    ['TALKS'],
  ],
  [
    'two series on two days, two events',
    'On 12 May 2024 President Vladimir Putin held meetings with President Xi Jinping in Beijing. On 13 May 2024 Vladimir Putin held a series of bilateral meetings: with President Ilham Aliyev.',
    ['Ilham Aliyev', 'Vladimir Putin', 'Vladimir Putin', 'Xi Jinping'],
    ['MEETING', 'MEETING'],
  ],
])('reads %s', (_, text, attended, formats) => {
  expect(read(text)).toEqual({ attended, formats });
});

it('makes one sitting of a verb and the meeting its sentence names', () => {
  const text =
    'Lors de la rencontre au Kremlin le 12 mai 2024, Vladimir Poutine s’est entretenu avec Ilham Aliev.';
  expect(read(text)).toEqual({
    attended: ['Ilham Aliyev', 'Vladimir Putin'],
    formats: ['MEETING'],
  });
});

describe('"met" in English', () => {
  it.each([
    [
      'the simple past with its object',
      'On 3 June 2024 Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Astana.',
      ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
      ['MEETING'],
    ],
    [
      'two sides who met one-on-one',
      'On 3 June 2024 Ilham Aliyev and Shavkat Mirziyoyev met one-on-one in Baku.',
      ['Ilham Aliyev', 'Shavkat Mirziyoyev'],
      ['RESTRICTED_TALKS'],
    ],
  ])('reads %s', (_, text, attended, formats) => {
    expect(read(text)).toEqual({ attended, formats });
  });

  it('reads a press conference in "met the press"', () => {
    const text =
      'On 3 June 2024 Kassym-Jomart Tokayev and Shavkat Mirziyoyev jointly met the press in Astana.';
    expect(read(text)).toEqual({
      attended: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
      formats: ['PRESS_CONFERENCE'],
    });
  });

  it.each([
    [
      'a passive greeting',
      'On 3 June 2024 the delegation was met at the airport in Astana by Alexei Overchuk.',
    ],
    [
      'the press',
      'On 3 June 2024 Kassym-Jomart Tokayev and Shavkat Mirziyoyev jointly met the press in Astana.',
    ],
    ['expectations', 'On 3 June 2024 the results met the expectations of Kassym-Jomart Tokayev.'],
    [
      'separate meetings',
      'On 3 June 2024 Kassym-Jomart Tokayev met separately with Ilham Aliyev and Sadyr Japarov.',
    ],
  ])('makes no meeting of %s', (_, text) => {
    expect(read(text).formats).not.toContain('MEETING');
  });
});

describe('English sittings held by two sides, and their place after a long object', () => {
  const heldIn = (text: string) => edgesOf(articleOf(text), 'HELD_IN');
  it.each([
    [
      'a bilateral meeting of two named sides',
      'On 5 May 2024 Sadyr Japarov and Ilham Aliyev held a bilateral meeting in Baku.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['MEETING'],
    ],
    [
      'narrow-format talks of two named sides',
      'On 5 May 2024 Alexander Lukashenko and Kassym-Jomart Tokayev held narrow-format talks in Astana.',
      ['Alexander Lukashenko', 'Kassym-Jomart Tokayev'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'consultations with a counterpart',
      'On 4 June 2024 Foreign Minister Sergei Lavrov held consultations with Kazakh Foreign Minister Murat Nurtleu in Moscow.',
      ['Murat Nurtleu', 'Sergei Lavrov'],
      ['TALKS'],
    ],
    [
      'consultations in French',
      'Le 4 juin 2024, le ministre Sergueï Lavrov a tenu des consultations avec le ministre kazakh Mourat Nourtleou à Moscou.',
      ['Murat Nurtleu', 'Sergei Lavrov'],
      ['TALKS'],
    ],
  ])('reads %s', (_, text, attended, formats) => {
    expect(read(text)).toEqual({ attended, formats });
  });

  it.each([
    [
      'a counterpart with a title',
      'On 4 June 2024 Russian Defense Minister Andrei Belousov met with his Belarusian counterpart Viktor Khrenin in Minsk.',
      ['Meeting in Minsk, 2024-06-04 -> Minsk'],
    ],
    [
      'a place before the object',
      'On 4 June 2024 Kassym-Jomart Tokayev met in Astana with Uzbek President Shavkat Mirziyoyev.',
      ['Meeting in Astana, 2024-06-04 -> Astana'],
    ],
    [
      'a place the sentence opens on (fr)',
      'Le 4 juin 2024 à Astana, Kassym-Jomart Tokaïev s’est entretenu avec son homologue ouzbek Shavkat Mirziyoyev.',
      ['Talks in Astana, 2024-06-04 -> Astana'],
    ],
    [
      'a place the sentence opens on (en)',
      'On 4 June 2024 in Astana, Kassym-Jomart Tokayev held talks with his Uzbek counterpart Shavkat Mirziyoyev.',
      ['Talks in Astana, 2024-06-04 -> Astana'],
    ],
    [
      'a meeting noun, the person met, then the place',
      'Le 4 juin 2024, Kassym-Jomart Tokaïev a eu un entretien avec Shavkat Mirziyoyev à Astana.',
      ['Meeting in Astana, 2024-06-04 -> Astana'],
    ],
    [
      'a place between "s’est entretenu" and "avec"',
      'Le 4 juin 2024, Vladimir Poutine s’est entretenu à Moscou avec Shavkat Mirziyoyev.',
      ['Talks in Moscow, 2024-06-04 -> Moscow'],
    ],
    [
      'a residence the text names no place, then its city',
      'On 4 June 2024 President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev at the Kokterek presidential residence in Astana.',
      ['Meeting in Astana, 2024-06-04 -> Astana'],
    ],
  ])('places the meeting of %s', (_, text, places) => {
    expect(heldIn(text)).toEqual(places);
  });

  it('reads the host and guest of "a reçu au palais Akorda d’Astana" as having met', () => {
    const text =
      'Le 4 juin 2024, Kassym-Jomart Tokaïev a reçu au palais Akorda d’Astana le président ouzbek Shavkat Mirziyoyev.';
    expect(edgesOf(articleOf(text), 'MET_WITH')).toEqual([
      'Kassym-Jomart Tokayev -> Shavkat Mirziyoyev',
    ]);
  });

  it('makes no talks of relations kept up somewhere', () => {
    const text =
      'En 2024, la Russie a entretenu en Asie centrale des relations avec Shavkat Mirziyoyev.';
    expect(read(text).formats).toEqual([]);
  });

  it('takes no place from a sentence that opens on something else', () => {
    const text =
      'On 4 June 2024 the press in Russia reported that Kassym-Jomart Tokayev met Shavkat Mirziyoyev.';
    expect(heldIn(text)).toEqual([]);
  });

  it('keeps consultations before a meeting apart from it', () => {
    const text =
      'Avant la réunion consultative du 6 août 2021, le président Gourbangouly Berdimouhamedov a tenu des consultations bilatérales avec Emomali Rahmon.';
    expect(read(text).formats).toEqual(['MEETING', 'TALKS']);
  });
});

describe('phone calls told by a verb', () => {
  const calls = (text: string) => {
    const graph = articleOf(text);
    return {
      ...read(text),
      met: edgesOf(graph, 'MET_WITH'),
      spoke: edgesOf(graph, 'SPOKE_AT'),
    };
  };
  it.each([
    [
      '"phoned"',
      'On 3 June 2024 Kassym-Jomart Tokayev phoned Shavkat Mirziyoyev to discuss water.',
    ],
    [
      '"spoke on the phone with"',
      'On 3 June 2024 Kassym-Jomart Tokayev spoke on the phone with Shavkat Mirziyoyev.',
    ],
    [
      'the day between "entretenu" and "par téléphone"',
      'Kassym-Jomart Tokaïev s’est entretenu lundi par téléphone avec Shavkat Mirziyoyev.',
    ],
    [
      '"a téléphoné lundi à"',
      'Le 3 juin 2024, Kassym-Jomart Tokaïev a téléphoné à Shavkat Mirziyoyev.',
    ],
    [
      'a call that opens the sentence',
      'In a phone call on 3 June 2024, Kassym-Jomart Tokayev told Shavkat Mirziyoyev that Kazakhstan backs the project.',
    ],
  ])('reads %s', (_, text) => {
    expect(calls(text)).toEqual({
      attended: ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
      formats: ['PHONE_CALL'],
      met: ['Kassym-Jomart Tokayev -> Shavkat Mirziyoyev'],
      spoke: [],
    });
  });

  it('makes no call of a letter', () => {
    const text = 'On 3 June 2024 Kassym-Jomart Tokayev sent a letter to Shavkat Mirziyoyev.';
    expect(calls(text).formats).toEqual([]);
  });
});

describe('a host who received or hosted a person', () => {
  const placed = (text: string) => ({ ...read(text), held: edgesOf(articleOf(text), 'HELD_IN') });
  it.each([
    [
      '"received" and a titled guest',
      'On 3 June 2024 Tajik President Emomali Rahmon received Russian Security Council Secretary Sergei Shoigu in Dushanbe.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
    [
      'a French "a reçu" with the day and place before the guest',
      'Le 3 juin 2024, le président Emomali Rahmon a reçu à Douchanbé le secrétaire du Conseil de sécurité russe Sergueï Choïgou.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
    [
      'a French passive, the host after "par"',
      'Le 3 juin 2024, Sergueï Choïgou a été reçu par le président Emomali Rahmon à Douchanbé.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
    [
      'an audience',
      'Le 3 juin 2024, Sergueï Choïgou a été reçu en audience par Emomali Rahmon à Douchanbé.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
    [
      'an English passive',
      'On 3 June 2024 Sergei Shoigu was received by President Emomali Rahmon in Dushanbe.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
    [
      'a caption in the present',
      'Le 3 juin 2024, le président tadjik Emomali Rahmon reçoit Sergueï Choïgou à Douchanbé.',
      ['Emomali Rahmon', 'Sergei Shoigu'],
    ],
  ])('reads %s', (_, text, attended) => {
    expect(placed(text)).toEqual({
      attended,
      formats: ['MEETING'],
      held: ['Meeting in Dushanbe, 2024-06-03 -> Dushanbe'],
    });
  });

  it('places a reception "au Kremlin" at the Kremlin', () => {
    const text =
      'Le 3 juin 2024, Vladimir Poutine a reçu au Kremlin le président ouzbek Chavkat Mirzioïev.';
    expect(placed(text)).toEqual({
      attended: ['Shavkat Mirziyoyev', 'Vladimir Putin'],
      formats: ['MEETING'],
      held: ['Meeting at Kremlin, 2024-06-03 -> Kremlin'],
    });
  });

  it('keeps the credentials ceremony of "a reçu les lettres de créance"', () => {
    const text =
      'Le 3 juin 2024, Vladimir Poutine a reçu les lettres de créance de l’ambassadeur Sergueï Choïgou.';
    expect(read(text).formats).toEqual(['CEREMONY']);
  });

  it('reads "received a phone call from" as the call', () => {
    const text = 'On 3 June 2024 Emomali Rahmon received a phone call from Sergei Shoigu.';
    expect(read(text).formats).toEqual(['PHONE_CALL']);
  });

  it.each([
    ['a letter', 'On 3 June 2024 Emomali Rahmon received a letter from Sergei Shoigu.'],
    [
      'credentials',
      'On 3 June 2024 Emomali Rahmon received the credentials of ambassador Sergei Shoigu.',
    ],
    ['a phone call (en)', 'On 3 June 2024 Emomali Rahmon received a call from Sergei Shoigu.'],
    ['a call (fr)', 'Le 3 juin 2024, Emomali Rahmon a reçu un appel de Sergueï Choïgou.'],
    [
      'a prize',
      'Le 3 juin 2024, Emomali Rahmon a reçu le prix de la paix des mains de Sergueï Choïgou.',
    ],
    ['a delegation', 'Le 3 juin 2024, Emomali Rahmon a reçu une délégation du Kazakhstan.'],
    ['information', 'Le 3 juin 2024, Emomali Rahmon a reçu des informations de Sergueï Choïgou.'],
    [
      'a thing received, no auxiliary',
      'Le 3 juin 2024, Emomali Rahmon a lu le message reçu de Sergueï Choïgou.',
    ],
    [
      'a welcome at the airport',
      'Le 3 juin 2024, Emomali Rahmon a été reçu à l’aéroport de Moscou par Sergueï Choïgou.',
    ],
    // a meeting of two needs both named: "Il", an official the text does not name
    [
      'a host written as a pronoun',
      'Le 3 juin 2024, Emomali Rahmon est arrivé à Moscou. Il a reçu le ministre Sergueï Choïgou.',
    ],
    [
      'a host the text does not name',
      'Le 3 juin 2024, Emomali Rahmon a été reçu par le Premier ministre kazakh à Astana.',
    ],
    ['a status', 'Le 3 juin 2024, l’Ouzbékistan a reçu le statut d’observateur auprès de l’UEEA.'],
    [
      'a city that hosted a summit',
      'On 3 June 2024 Astana hosted the SCO summit with Sergei Shoigu.',
    ],
  ])('makes no meeting of %s', (_, text) => {
    expect(read(text).formats).not.toContain('MEETING');
  });
});
