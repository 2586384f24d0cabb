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
