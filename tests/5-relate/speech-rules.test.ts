import { edgesOf, graphOf } from '../helpers.js';

const speakersIn = (text: string) =>
  edgesOf(graphOf(`Diplomatie\n${text}`), 'SPOKE_AT').map((e) => e.split(' -> ')[0]);

describe('reported speech', () => {
  it.each([
    [
      'the name right after the verb',
      '« Nos pays sont proches », a déclaré Vladimir Poutine à Kassym-Jomart Tokaïev lors du sommet de l’OCS le 4 juillet 2024 à Astana.',
      ['Vladimir Putin'],
    ],
    [
      'the subject before the verb, not the person met',
      'Lors de sa rencontre avec Kassym-Jomart Tokaïev au sommet de l’OCS le 4 juillet 2024 à Astana, Vladimir Poutine a souligné les liens entre les pays.',
      ['Vladimir Putin'],
    ],
    [
      'the subject who told someone, not whom they told',
      'At the SCO summit in Astana on 4 July 2024, Vladimir Putin told Kassym-Jomart Tokayev that the ties were strong.',
      ['Vladimir Putin'],
    ],
    [
      'the speaker named after a quote that says "told me"',
      '"The President of Kazakhstan told me about this," Vladimir Putin said at the SCO summit in Astana on 4 July 2024.',
      ['Vladimir Putin'],
    ],
  ])('makes one speaker of %s', (_, text, speakers) => {
    expect(speakersIn(text)).toEqual(speakers);
  });

  it('puts no one on the phone at another event the sentence names', () => {
    const text =
      'Le président ouzbek Chavkat Mirzioïev s’est entretenu par téléphone avec Vladimir Poutine, a indiqué le service de presse à l’issue de la réunion de la commission intergouvernementale le 7 octobre 2020.';
    const graph = graphOf(`Diplomatie\n${text}`);
    const atMeeting = edgesOf(graph, 'ATTENDED').filter((e) => !/phone|call/iu.test(e));
    expect(atMeeting.filter((e) => /meeting|commission/iu.test(e))).toEqual([]);
  });
});

describe('reported speech in a report without headings', () => {
  const edges = (text: string, type: string) => edgesOf(graphOf(`Diplomatie\n${text}`), type);

  it.each([
    [
      'said at the start of the meeting (fr)',
      'Le sommet de l’OCS s’est tenu à Astana le 4 juillet 2024. « Nous sommes prêts », a indiqué Vladimir Poutine au début de la réunion.',
    ],
    [
      'said at the beginning of the meeting (en)',
      'The SCO summit was held in Astana on 4 July 2024. "We are ready to work together," Vladimir Putin said at the beginning of the meeting.',
    ],
    [
      'a press conference named after a treaty',
      'Cet accord « ouvre une nouvelle page », a estimé Vladimir Poutine lors d’une conférence de presse commune avec Alexandre Loukachenko à Minsk le 5 avril 2024.',
    ],
  ])('gives SPOKE_AT when the sentence says where: %s', (_, text) => {
    expect(edges(text, 'SPOKE_AT').map((e) => e.split(' -> ')[0])).toEqual(['Vladimir Putin']);
  });

  it('keeps the next speaker of the same sitting as a speaker', () => {
    const text =
      'Le sommet de l’OCS s’est tenu à Astana le 4 juillet 2024. Lors du sommet, Vladimir Poutine a noté les progrès de l’intégration. Xi Jinping a souligné l’importance du commerce.';
    expect(edges(text, 'SPOKE_AT').map((e) => e.split(' -> ')[0])).toEqual([
      'Vladimir Putin',
      'Xi Jinping',
    ]);
  });

  it.each([
    [
      'an interview (en)',
      'The SCO summit was held in Astana on 4 July 2024. "We are ready," Vladimir Putin told RIA Novosti in an interview.',
    ],
    [
      'an interview (fr)',
      'Le sommet de l’OCS s’est tenu à Astana le 4 juillet 2024. « Nous sommes prêts », a affirmé Vladimir Poutine dans un entretien à la presse.',
    ],
  ])('gives no SPOKE_AT for a quote from %s', (_, text) => {
    expect(edges(text, 'SPOKE_AT')).toEqual([]);
  });

  it('does not seat at the visit the one whose message was passed on', () => {
    const text =
      'Le Premier ministre russe Mikhaïl Michoustine a rencontré le président chinois Xi Jinping lors d’une visite à Pékin le 3 mars 2024, où il a remis une lettre du président Vladimir Poutine.';
    expect(edges(text, 'ATTENDED').filter((e) => e.startsWith('Vladimir Putin'))).toEqual([]);
  });

  it('does not seat a spokesperson announcing the summit', () => {
    const text =
      'Le sommet de l’OCS s’est tenu à Astana le 4 juillet 2024. « Tous les dirigeants sont arrivés », a indiqué le porte-parole du Kremlin Dmitri Peskov.';
    expect(edges(text, 'ATTENDED')).toEqual([]);
  });
});

describe('said at a briefing', () => {
  /** "person -> event format" of each edge of a type, sorted. */
  const edgesTo = (text: string, type: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === type)
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      )
      .sort();
  };

  it.each([
    [
      '"said at a briefing"',
      'Foreign Ministry spokesperson Ivan Morel said at a briefing in Moscow on 5 March 2024 that the talks would go on.',
    ],
    [
      '"announced at a regular press briefing"',
      'Foreign Ministry spokesperson Ivan Morel announced at a regular press briefing in Moscow on 5 March 2024 that the talks would go on.',
    ],
    [
      '"stressed at a news conference"',
      'Foreign Ministry spokesperson Ivan Morel stressed at a news conference in Moscow on 5 March 2024 that the talks would go on.',
    ],
  ])('makes a speaker of the press conference: %s', (_, text) => {
    expect(edgesTo(text, 'SPOKE_AT')).toEqual(['Ivan Morel -> PRESS_CONFERENCE']);
    expect(edgesTo(text, 'ATTENDED')).toEqual(['Ivan Morel -> PRESS_CONFERENCE']);
  });

  it('takes no event for "said at a time"', () => {
    const text =
      'Russian President Vladimir Putin said at a time of tension that the CSTO summit in Minsk on 5 May 2024 would go ahead.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual([]);
  });

  it('keeps the one announced to attend out of the briefing', () => {
    const text =
      'Foreign Ministry spokesperson Ivan Morel announced at a press briefing in Moscow on 5 March 2024 that Vladimir Putin would attend the summit.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual(['Ivan Morel -> PRESS_CONFERENCE']);
    expect(edgesTo(text, 'ATTENDED').filter((e) => e.startsWith('Vladimir Putin'))).not.toContain(
      'Vladimir Putin -> PRESS_CONFERENCE',
    );
  });

  it('makes no speaker of the one spoken to, nor of a call', () => {
    const text =
      'Lors d’un entretien téléphonique le 5 mars 2024, Xi Jinping a assuré à Vladimir Poutine que la Chine soutenait la présidence russe.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual([]);
  });

  it('takes the one named after a place that follows the verb', () => {
    const text =
      '« Nous sommes prêts », a déclaré à Minsk le président russe Vladimir Poutine lors du sommet de l’OTSC le 5 mai 2024.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual(['Vladimir Putin -> SUMMIT']);
  });

  it('takes the one who told, not the one told', () => {
    const text =
      'At the talks in Minsk on 5 April 2024, Vladimir Putin told Alexander Lukashenko that the union was growing stronger.';
    expect(edgesTo(text, 'SPOKE_AT').filter((e) => e.startsWith('Alexander'))).toEqual([]);
  });
});

describe('said after a sitting', () => {
  const edgesTo = (text: string, type: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === type)
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      )
      .sort();
  };

  it('makes a speaker of the press statement given after the summit, not of the summit', () => {
    const text =
      '« Nos liens se renforcent », a souligné le chancelier Ivan Morel dans sa déclaration à la presse après le sommet de la CICA à Astana le 4 juillet 2024.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual(['Ivan Morel -> PRESS_CONFERENCE']);
  });

  it('seats but makes no speaker of the one who spoke "à l’issue de" a meeting', () => {
    const text =
      '« Nos liens se renforcent », a déclaré le chancelier Ivan Morel à l’issue de sa rencontre avec Vladimir Poutine à Moscou le 4 juillet 2024.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual([]);
    expect(edgesTo(text, 'ATTENDED')).toContain('Ivan Morel -> MEETING');
  });
});

describe('what an attendee said in a report of one sitting', () => {
  const spokeAt = (text: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === 'SPOKE_AT')
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      );
  };
  const summit = 'Le sommet de la CEI s’est tenu à Douchanbé le 10 octobre 2025. ';

  it.each([
    [
      'French "a souligné que"',
      `${summit}Le président ouzbek Chavkat Mirzioïev a souligné que la coopération progressait.`,
    ],
    [
      'English "said that"',
      'The CIS summit was held in Dushanbe on 10 October 2025. Uzbek President Shavkat Mirziyoyev said that cooperation was growing.',
    ],
  ])('was said at the summit: %s', (_, text) => {
    expect(spokeAt(text)).toEqual(['Shavkat Mirziyoyev -> SUMMIT']);
  });

  it.each([
    [
      'a quote that may come from anywhere',
      `${summit}« La coopération progresse », a souligné le président ouzbek Chavkat Mirzioïev.`,
    ],
    [
      'an interview',
      `${summit}Le président ouzbek Chavkat Mirzioïev a déclaré dans une interview que la coopération progressait.`,
    ],
    [
      'bilateral talks',
      'Les entretiens entre Vladimir Poutine et Chavkat Mirzioïev se sont tenus à Moscou le 5 avril 2024. Le président ouzbek Chavkat Mirzioïev a souligné que la coopération progressait.',
    ],
  ])('is no speech at the sitting: %s', (_, text) => {
    expect(spokeAt(text)).toEqual([]);
  });
});

describe('the holder of a press conference', () => {
  const edgesTo = (text: string, type: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === type)
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      )
      .sort();
  };

  it.each([
    [
      'English "a news conference by"',
      'A plenary session was held in Kazan on 24 October 2024, followed by a news conference by Russian President Vladimir Putin.',
    ],
    [
      'French "la conférence de presse du président"',
      'La séance plénière s’est tenue à Kazan le 24 octobre 2024. Elle a été suivie de la conférence de presse du président russe Vladimir Poutine.',
    ],
    [
      'an English possessive',
      'After the plenary session in Kazan on 24 October 2024, Vladimir Putin’s news conference lasted two hours.',
    ],
  ])('attended and spoke at it: %s', (_, text) => {
    expect(edgesTo(text, 'SPOKE_AT')).toEqual(['Vladimir Putin -> PRESS_CONFERENCE']);
    expect(edgesTo(text, 'ATTENDED')).toContain('Vladimir Putin -> PRESS_CONFERENCE');
  });

  it('makes no holder of one named later in the sentence', () => {
    const text =
      'The news conference in Kazan on 24 October 2024 was cancelled, and Vladimir Putin left for Moscow.';
    expect(edgesTo(text, 'SPOKE_AT')).toEqual([]);
  });
});

describe('speaker turns of a transcript without headings', () => {
  const spokeAt = (text: string) => {
    const graph = graphOf(`Diplomatie\n${text}`);
    return graph
      .filterEdges((_, a) => a.type === 'SPOKE_AT')
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`,
      );
  };

  it('takes the sitting the report leads with', () => {
    const text = [
      'La séance plénière du forum s’est tenue à Saint-Pétersbourg le 20 juin 2025.',
      'Journaliste, présentatrice de la télévision d’État, Anna Petrova : Bonsoir à tous.',
    ].join('\n');
    expect(spokeAt(text)).toEqual(['Anna Petrova -> MEETING']);
  });

  it('takes no call for a sitting', () => {
    const text = [
      'Vladimir Poutine s’est entretenu par téléphone avec Alexandre Loukachenko le 20 juin 2025.',
      'Journaliste, présentatrice de la télévision d’État, Anna Petrova : Bonsoir à tous.',
    ].join('\n');
    expect(spokeAt(text)).toEqual([]);
  });
});
