import { articleOf, edgesOf } from '../helpers.js';

// Phrasings of taking part that news of any outlet uses: chairing, opening, going to, speaking.
/** Who attends something, once each (an arrival and the meeting it leads to are two events). */
const attendedIn = (text: string) => [
  ...new Set(edgesOf(articleOf(text), 'ATTENDED').map((e) => e.split(' -> ')[0])),
];
const speakersIn = (text: string) =>
  edgesOf(articleOf(text), 'SPOKE_AT').map((e) => e.split(' -> ')[0]);

describe('participation phrasings', () => {
  it.each([
    [
      'an English active "chaired"',
      'Kazakh President Kassym-Jomart Tokayev chaired the SCO summit in Astana on July 4, 2024.',
      ['Kassym-Jomart Tokayev'],
    ],
    [
      'an arrival "pour coprésider" a meeting with a counterpart',
      'Le Premier ministre kazakh Olzhas Bektenov est arrivé mercredi 3 mai 2024 à Minsk pour coprésider avec son homologue biélorusse Roman Golovtchenko la réunion du conseil intergouvernemental.',
      ['Olzhas Bektenov', 'Roman Golovchenko'],
    ],
    [
      'the French imperfect "assistaient à"',
      'Le forum s’est tenu à Minsk le 3 mai 2024. Le ministre biélorusse Ivan Petrov et le vice-ministre Oleg Smirnov assistaient à la séance.',
      ['Ivan Petrov', 'Oleg Smirnov'],
    ],
    [
      'two leaders who "co-chaired" a meeting',
      'Xi Jinping and Vladimir Putin co-chaired the meeting in Beijing on 16 May 2024.',
      ['Vladimir Putin', 'Xi Jinping'],
    ],
    [
      'a French "a coprésidé ... avec"',
      'Le président russe Vladimir Poutine a coprésidé avec le président chinois Xi Jinping la réunion du 16 mai 2024 à Pékin.',
      ['Vladimir Putin', 'Xi Jinping'],
    ],
    [
      '"a ouvert la séance plénière"',
      'Le sommet de l’OCS a eu lieu à Astana le 4 juillet 2024. Le président kazakh Kassym-Jomart Tokaïev a ouvert la séance plénière.',
      ['Kassym-Jomart Tokayev'],
    ],
    [
      '"s’est rendu au sommet" with the one "aux côtés" of him',
      'Le président russe Vladimir Poutine s’est rendu au sommet des BRICS à Kazan le 22 octobre 2024, aux côtés du ministre des Affaires étrangères Sergueï Lavrov.',
      ['Sergei Lavrov', 'Vladimir Putin'],
    ],
    [
      '"afin de prendre part" after an arrival',
      'Le ministre serbe de la Défense Ivan Petrov est arrivé mardi à Minsk afin de prendre part à la conférence sur la sécurité du 12 mai 2024.',
      ['Ivan Petrov'],
    ],
    [
      '"Etaient également présents", a capital without its accent',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Etaient également présents le président kazakh Kassym-Jomart Tokaïev et le président russe Vladimir Poutine.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'an English inverted "Also present were"',
      'The CSTO summit was held in Minsk on 4 May 2024. Also present were President of Kazakhstan Kassym-Jomart Tokayev and President of Russia Vladimir Putin.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'an English "were also present"',
      'The CSTO summit was held in Minsk on 4 May 2024. President of Kazakhstan Kassym-Jomart Tokayev and President of Russia Vladimir Putin were also present.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      '"Among those present were"',
      'The CSTO summit was held in Minsk on 4 May 2024. Among those present were President of Kazakhstan Kassym-Jomart Tokayev and President of Russia Vladimir Putin.',
      ['Kassym-Jomart Tokayev', 'Vladimir Putin'],
    ],
    [
      'an English progressive "is attending"',
      'UN envoy Maria Lind is attending the talks in Geneva on 3 March 2024.',
      ['Maria Lind'],
    ],
  ])('reads %s', (_, text, people) => {
    expect(attendedIn(text)).toEqual(people);
  });

  it.each([
    [
      '"opened" an embassy, no meeting',
      'Kazakh President Kassym-Jomart Tokayev opened a new embassy in Astana on July 4, 2024, after the SCO summit.',
    ],
    [
      '"s’est rendu" to a city the week after the summit',
      'Le sommet de l’OCS a eu lieu à Astana le 4 juillet 2024. Le président russe Vladimir Poutine s’est rendu à Pékin la semaine suivante.',
    ],
    [
      '"At present", no presence',
      'The CSTO summit was held in Minsk on 4 May 2024. At present, President of Kazakhstan Kassym-Jomart Tokayev chairs the council.',
    ],
    [
      'a message sent to the participants',
      'Le président russe Vladimir Poutine a adressé un message de salutations aux participants du sommet de l’OCS à Astana le 4 juillet 2024.',
    ],
  ])('makes nobody attend in %s', (_, text) => {
    expect(attendedIn(text)).toEqual([]);
  });

  it.each([
    [
      'French: "le conseiller du président russe"',
      'Le président russe Vladimir Poutine se rendra en Chine en mai. « Le programme est prêt », a précisé Iouri Ouchakov, le conseiller du président russe, au cours d’un point de presse à Moscou le 3 avril 2024.',
    ],
    [
      'English: "an aide to the Russian President"',
      'President Vladimir Putin will travel to China in May. "The programme is ready," Yuri Ushakov, an aide to the Russian President, said during a press conference in Moscow on 3 April 2024.',
    ],
  ])('takes the aide, not the one he serves, to the press conference (%s)', (_, text) => {
    expect(attendedIn(text)).toEqual(['Yuri Ushakov']);
  });

  it.each([
    [
      'a French preview "prendra la parole"',
      'Le président chinois Xi Jinping prendra la parole au sommet de l’OCS à Astana le 4 juillet 2024.',
    ],
    [
      'an English "will address"',
      'Chinese President Xi Jinping will address the SCO summit in Astana on July 4, 2024.',
    ],
    [
      '"s’est adressé aux participants"',
      'Le président chinois Xi Jinping s’est adressé aux participants du sommet de l’OCS à Astana le 4 juillet 2024.',
    ],
  ])('makes a speaker of %s', (_, text) => {
    expect(speakersIn(text)).toEqual(['Xi Jinping']);
  });

  it('makes a coming speaker of the one named after "lors de"', () => {
    const graph = articleOf(
      'Selon le ministère, lors du sommet de l’OCS à Astana le 4 juillet 2024, le président chinois Xi Jinping prononcerait un discours important.',
    );
    const edge = graph.findEdge((_, a) => a.type === 'SPOKE_AT');
    expect(edgesOf(graph, 'SPOKE_AT').map((e) => e.split(' -> ')[0])).toEqual(['Xi Jinping']);
    expect(edge && graph.getEdgeAttribute(edge, 'props')).toMatchObject({ status: 'announced' });
  });

  it('marks an announced speech as announced', () => {
    const graph = articleOf(
      'Chinese President Xi Jinping will address the SCO summit in Astana on July 4, 2024.',
    );
    const edge = graph.findEdge((_, a) => a.type === 'SPOKE_AT');
    expect(edge && graph.getEdgeAttribute(edge, 'props')).toMatchObject({ status: 'announced' });
  });
});

describe('chairs and hosts', () => {
  const rolesIn = (text: string) => {
    const graph = articleOf(text);
    return graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .map((e) => `${graph.source(e)} ${graph.getEdgeAttribute(e, 'props').role ?? '-'}`)
      .sort();
  };

  it.each([
    [
      'the one after "sous la présidence de"',
      'Le sommet de l’OCS s’est tenu le 4 juillet 2024 à Astana sous la présidence du président kazakh Kassym-Jomart Tokaïev, avec le président russe Vladimir Poutine.',
      [
        'person:kassym-jomart-tokayev chair; President of Kazakhstan',
        'person:vladimir-putin President of Russia',
      ],
    ],
    [
      'the one after "sous la présidence d’" before a vowel',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk sous la présidence d’Alexandre Loukachenko.',
      ['person:alexander-lukashenko chair; President of Belarus'],
    ],
    [
      'the subject of an English "chaired"',
      'Kazakh President Kassym-Jomart Tokayev chaired the SCO summit in Astana on July 4, 2024.',
      ['person:kassym-jomart-tokayev chair; President of Kazakhstan'],
    ],
    [
      'no chair among two who "co-chaired"',
      'Xi Jinping and Vladimir Putin co-chaired the meeting in Beijing on 16 May 2024.',
      ['person:vladimir-putin President of Russia', 'person:xi-jinping President of China'],
    ],
  ])('names %s', (_, text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });

  it('takes no former office for the role ("l’ancien président russe")', () => {
    const roles = rolesIn(
      'L’ancien président russe Ivan Morel a participé au sommet de l’OCS le 4 juillet 2024 à Astana.',
    );
    expect(roles.join(' ')).not.toMatch(/President of Russia/u);
  });
});

describe('the event a sentence refers back to', () => {
  it('takes the event the sentence right before names over the heading’s', () => {
    const text = [
      'Sommet de l’OTSC – 14 mai 2025 à Erevan',
      'Les discussions ont ensuite continué en format élargi, délégations comprises.',
      'La partie russe était représentée par le vice-ministre Ivan Morel.',
    ].join('\n');
    const graph = articleOf(text);
    const edge = graph.findEdge((_, a, s) => a.type === 'ATTENDED' && s === 'person:ivan-morel');
    expect(edge && graph.getNodeAttribute(graph.target(edge), 'format')).toBe('EXPANDED_TALKS');
  });
});

describe('speakers at an event', () => {
  /** "person -> event format" of each SPOKE_AT edge, sorted. */
  const spokeAt = (text: string) => {
    const graph = articleOf(text);
    return graph
      .filterEdges((_, a) => a.type === 'SPOKE_AT')
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      )
      .sort();
  };

  it.each([
    [
      'an English "spoke at the"',
      'Uzbek President Shavkat Mirziyoyev spoke at the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      'an English "made a speech at"',
      'Uzbek President Shavkat Mirziyoyev made a speech at the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      'an English "addresses the"',
      'Uzbek President Shavkat Mirziyoyev addresses the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      'a French "s’est exprimé lors du"',
      'Le président ouzbek Chavkat Mirzioïev s’est exprimé lors du sommet de la CEI à Douchanbé le 10 octobre 2025.',
    ],
    [
      'a French "s’est exprimé au"',
      'Le président ouzbek Chavkat Mirzioïev s’est exprimé au sommet de la CEI à Douchanbé le 10 octobre 2025.',
    ],
    [
      'a French "a également pris la parole"',
      'Le président ouzbek Chavkat Mirzioïev a également pris la parole lors du sommet de la CEI à Douchanbé le 10 octobre 2025.',
    ],
    [
      'a French "Lors de son intervention au"',
      'Lors de son intervention au sommet de la CEI à Douchanbé le 10 octobre 2025, le président ouzbek Chavkat Mirzioïev a appelé à la paix.',
    ],
    [
      'a French "Prenant la parole lors du"',
      'Prenant la parole lors du sommet de la CEI à Douchanbé le 10 octobre 2025, le président ouzbek Chavkat Mirzioïev a appelé à la paix.',
    ],
    [
      'an English "During his speech at"',
      'During his speech at the CIS summit in Dushanbe on 10 October 2025, Uzbek President Shavkat Mirziyoyev called for peace.',
    ],
    [
      'an English "delivered remarks at"',
      'Uzbek President Shavkat Mirziyoyev delivered remarks at the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      'an English "told the summit"',
      'Uzbek President Shavkat Mirziyoyev told the CIS summit in Dushanbe on 10 October 2025 that peace was possible.',
    ],
  ])('makes a speaker of the summit of %s', (_, text) => {
    expect(spokeAt(text)).toEqual(['Shavkat Mirziyoyev -> SUMMIT']);
    expect(attendedIn(text)).toEqual(['Shavkat Mirziyoyev']);
  });

  it('makes a speaker of the one who "est également intervenu" at the sitting just told', () => {
    const text =
      'Le président ouzbek Chavkat Mirzioïev a pris la parole lors du sommet de la CEI à Douchanbé le 10 octobre 2025. Le président kirghiz Sadyr Japarov est également intervenu.';
    expect(spokeAt(text)).toEqual(['Sadyr Japarov -> SUMMIT', 'Shavkat Mirziyoyev -> SUMMIT']);
  });

  it.each([
    [
      'French',
      'Le président ouzbek Chavkat Mirzioïev a tenu une conférence de presse à Douchanbé le 10 octobre 2025. Il a ensuite répondu aux questions des journalistes pendant une heure, avec le président kirghiz Sadyr Japarov.',
    ],
    [
      'English',
      'Uzbek President Shavkat Mirziyoyev and Kyrgyz President Sadyr Japarov held a press conference in Dushanbe on 10 October 2025. Answering journalists’ questions, Sadyr Japarov praised the cooperation of the two countries.',
    ],
  ])('makes a speaker of the one answering the press (%s)', (_, text) => {
    expect(spokeAt(text)).toContain('Sadyr Japarov -> PRESS_CONFERENCE');
  });

  it('makes a speaker of the subject, not of the one reporting the speech', () => {
    const text =
      'Vladimir Putin made a speech at the CSTO summit in Minsk on 5 May 2024, Kremlin spokesman Dmitry Peskov said.';
    expect(spokeAt(text)).toEqual(['Vladimir Putin -> SUMMIT']);
    expect(attendedIn(text)).toEqual(['Vladimir Putin']);
  });

  it('makes a speaker of the one "Speaking at" names after it', () => {
    const text =
      'Speaking at the CSTO summit in Minsk on 5 May 2024, Kazakh President Kassym-Jomart Tokayev thanked Vladimir Putin.';
    expect(spokeAt(text)).toEqual(['Kassym-Jomart Tokayev -> SUMMIT']);
  });

  it('takes the sitting, not the anniversary the speech marks', () => {
    const text =
      'Le sommet de l’OTSC s’est tenu à Moscou le 16 mai 2024. Dans son discours, le Premier ministre arménien Nikol Pachinian a félicité les participants à l’occasion du 30e anniversaire du traité.';
    expect(spokeAt(text)).toEqual(['Nikol Pashinyan -> SUMMIT']);
  });

  it.each([
    [
      '"s’est exprimé au sujet du sommet"',
      'Le président ouzbek Chavkat Mirzioïev s’est exprimé au sujet du sommet de la CEI à Douchanbé le 10 octobre 2025.',
    ],
    [
      '"s’est exprimé en faveur d’un sommet"',
      'Le président ouzbek Chavkat Mirzioïev s’est exprimé en faveur d’un sommet de la CEI à la fin de l’année à Douchanbé.',
    ],
    [
      'a military "est intervenue au"',
      'Le sommet de la CEI s’est tenu à Douchanbé le 10 octobre 2025. La Russie est intervenue militairement au Donbass, a rappelé le président ouzbek Chavkat Mirzioïev.',
    ],
    [
      '"spoke at length about"',
      'Uzbek President Shavkat Mirziyoyev spoke at length about the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      '"addressed the issue of"',
      'Uzbek President Shavkat Mirziyoyev addressed the issue of water with Kyrgyz President Sadyr Japarov at the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      '"spoke with"',
      'Uzbek President Shavkat Mirziyoyev spoke with Kyrgyz President Sadyr Japarov at the CIS summit in Dushanbe on 10 October 2025.',
    ],
    [
      '"spoke by phone with"',
      'Uzbek President Shavkat Mirziyoyev spoke by phone with Kyrgyz President Sadyr Japarov on 10 October 2025.',
    ],
    [
      '"s’est entretenu avec"',
      'Le président ouzbek Chavkat Mirzioïev s’est entretenu avec le président kirghiz Sadyr Japarov lors du sommet de la CEI à Douchanbé le 10 octobre 2025.',
    ],
  ])('makes no speaker of %s', (_, text) => {
    expect(spokeAt(text)).toEqual([]);
  });
});

describe('a speaker told by "Ce dernier"', () => {
  const speakers = (text: string) => {
    const graph = articleOf(text);
    return graph
      .filterEdges((_, a) => a.type === 'SPOKE_AT')
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} ${graph.getEdgeAttribute(e, 'props').status ?? '-'}`,
      );
  };
  const meeting =
    'La réunion des ministres de la Défense se tiendra à Moscou le 4 septembre 2024. Le ministre kazakh de la Défense Ivan Morel y participera.';

  it('takes the last one named before as the coming speaker', () => {
    expect(
      speakers(`${meeting} Ce dernier présentera un rapport sur les stocks de munitions.`),
    ).toEqual(['Ivan Morel announced']);
  });

  it('takes no one for a speaker the text does not name', () => {
    expect(
      speakers(`${meeting} Un expert présentera un rapport sur la sécurité régionale.`),
    ).toEqual([]);
  });
});
