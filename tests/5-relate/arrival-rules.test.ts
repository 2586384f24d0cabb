import { articleOf, attendanceFormats, edgesOf } from '../helpers.js';

describe('arrivals: the travellers attend the arrival and what they came for', () => {
  it.each([
    [
      'several presidents who "sont arrivés" at a summit the report is about',
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Les présidents du Kazakhstan, Kassym-Jomart Tokaïev, et du Kirghizistan, Sadyr Japarov, sont arrivés à l’aéroport de Minsk.',
      ['Kassym-Jomart Tokayev -> SUMMIT', 'Sadyr Japarov -> SUMMIT'],
    ],
    [
      'an English arrival for a named summit',
      'Russian President Vladimir Putin arrived in Kazan to attend the BRICS summit.',
      ['Vladimir Putin -> SUMMIT'],
    ],
    [
      'the inviter before the traveller, who is no traveller',
      'À l’invitation du président Vladimir Poutine, le président kazakh Kassym-Jomart Tokaïev est arrivé à Moscou pour une visite d’État.',
      // an arrival that starts a visit is no event of its own (3-recognise/arrival-means.ts)
      ['Kassym-Jomart Tokayev -> STATE_VISIT'],
    ],
    [
      'the inviter named in apposition after the invitation',
      'Sur invitation du président de l’Ouzbékistan, Shavkat Mirziyoyev, le président Sadyr Japarov a entamé ce lundi une visite officielle à Tachkent.',
      ['Sadyr Japarov -> VISIT'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(attendanceFormats(text)).toEqual(expect.arrayContaining(expected));
    expect(attendanceFormats(text).filter((a) => !a.endsWith('ARRIVAL'))).toEqual(
      expected.filter((a) => !a.endsWith('ARRIVAL')),
    );
  });

  it('makes the host who welcomed the traveller attend the arrival and meet him', () => {
    const text =
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé à Moscou pour une visite d’État. Il a été accueilli à l’aéroport de Vnoukovo par le président Vladimir Poutine.';
    expect(attendanceFormats(text)).toContain('Vladimir Putin -> ARRIVAL');
    expect(edgesOf(articleOf(text), 'MET_WITH')).toEqual([
      'Kassym-Jomart Tokayev -> Vladimir Putin',
    ]);
  });

  it.each([
    [
      'an arrival told for itself',
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi soir à Moscou.',
      ['Kassym-Jomart Tokayev -> ARRIVAL'],
    ],
    [
      'an arrival with its purpose, the first step of a visit',
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé jeudi à Bakou pour une visite de travail de deux jours.',
      ['Kassym-Jomart Tokayev -> VISIT'],
    ],
    [
      'an arrival with its purpose and a welcome at the airport',
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé à Bakou pour une visite d’État. Il a été accueilli à l’aéroport par le ministre des Affaires étrangères Sergueï Lavrov.',
      [
        'Kassym-Jomart Tokayev -> ARRIVAL',
        'Kassym-Jomart Tokayev -> STATE_VISIT',
        'Sergei Lavrov -> ARRIVAL',
      ],
    ],
    [
      'an English welcome "was met by" in the next sentence',
      'Emomali Rahmon arrived in Moscow on 4 July 2024. At Vnukovo airport he was met by Deputy Prime Minister Alexei Overchuk.',
      ['Alexei Overchuk -> ARRIVAL', 'Emomali Rahmon -> ARRIVAL'],
    ],
    [
      'a spokesman who reports the arrival, no traveller',
      'On Tuesday morning, ministry spokeswoman Dana Serikova told journalists that the delegations had arrived in Astana.',
      [],
    ],
    [
      'a traveller after a report of the arrival',
      'Il a été annoncé que le président kazakh Kassym-Jomart Tokaïev était arrivé à Moscou mardi soir.',
      ['Kassym-Jomart Tokayev -> ARRIVAL'],
    ],
  ])('tells %s', (_, text, expected) => {
    expect(attendanceFormats(text)).toEqual(expected);
  });

  it('reads no welcome without an arrival ("accueilli par" a decision)', () => {
    const text =
      'Le projet de Vladimir Poutine a été accueilli favorablement par Kassym-Jomart Tokaïev.';
    expect(edgesOf(articleOf(text), 'MET_WITH')).toEqual([]);
  });
});

describe('welcomes: one arrival for a couple, told on over several sentences', () => {
  const filler =
    'Des enfants en costumes de fête ont offert des fleurs aux invités sur le tarmac, sous un ciel gris, pendant que la fanfare militaire jouait les deux hymnes nationaux devant la presse. La pluie a cessé peu avant midi et les voitures officielles sont parties ensuite vers le centre de la capitale, escortées par la police routière.';

  it('makes a couple who "sont arrivés" and were welcomed one arrival', () => {
    const text =
      'Le président kazakh Kassym-Jomart Tokaïev et son épouse sont arrivés mardi à Bakou, entamant une visite officielle. Ils ont été accueillis à l’aéroport par le ministre des Affaires étrangères Sergueï Lavrov.';
    expect(attendanceFormats(text)).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev -> ARRIVAL', 'Sergei Lavrov -> ARRIVAL']),
    );
  });

  it('keeps several travellers who "sont arrivés" without a welcome apart (no arrival event)', () => {
    const text =
      'Le président kazakh Kassym-Jomart Tokaïev et le ministre Sergueï Lavrov sont arrivés mardi à Bakou.';
    expect(attendanceFormats(text).filter((a) => a.endsWith('ARRIVAL'))).toEqual([]);
  });

  it('follows a welcome told on after a first one, beyond the reach of the arrival', () => {
    const text = `Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Bakou. ${filler} Il a ensuite été accueilli par le chef de la diplomatie Sergueï Lavrov. Il a aussi été accueilli à l’aéroport par le président Vladimir Poutine.`;
    expect(attendanceFormats(text)).toEqual(
      expect.arrayContaining(['Sergei Lavrov -> ARRIVAL', 'Vladimir Putin -> ARRIVAL']),
    );
  });

  it('reads no welcome far from any arrival', () => {
    const text = `Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Bakou. ${filler} ${filler} Il a été accueilli à l’aéroport par le président Vladimir Poutine.`;
    expect(attendanceFormats(text)).not.toContain('Vladimir Putin -> ARRIVAL');
  });

  it('puts the head of a delegation on the visit his arrival starts, not only the arrival', () => {
    const text =
      'Le président Kassym-Jomart Tokaïev, à la tête d’une délégation kazakhe, est arrivé mardi à Bakou, entamant une visite officielle. Il a été accueilli à l’aéroport par le ministre Sergueï Lavrov.';
    expect(attendanceFormats(text)).toEqual(
      expect.arrayContaining([
        'Kassym-Jomart Tokayev -> VISIT',
        'Kassym-Jomart Tokayev -> ARRIVAL',
      ]),
    );
    expect(edgesOf(articleOf(text), 'REPRESENTS')).toContain('Kassym-Jomart Tokayev -> Kazakhstan');
  });
});

describe('the guest of an arrival', () => {
  const rolesAt = (text: string, format: string) => {
    const graph = articleOf(text);
    return graph
      .filterEdges(
        (e, a) =>
          a.type === 'ATTENDED' && graph.getNodeAttribute(graph.target(e), 'format') === format,
      )
      .map(
        (e) =>
          `${graph.getNodeAttribute(graph.source(e), 'name')}: ${graph.getEdgeAttribute(e, 'props').role ?? '-'}`,
      )
      .sort();
  };

  it('makes the welcomed traveller the guest and the one who welcomes him the host side', () => {
    const text =
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Minsk. Il a été accueilli à l’aéroport par le Premier ministre Roman Golovtchenko.';
    expect(rolesAt(text, 'ARRIVAL')).toEqual([
      'Kassym-Jomart Tokayev: guest',
      expect.stringMatching(/^Roman Golovchenko: (?!guest)/u),
    ]);
  });

  it('keeps the office of the traveller on the visit itself', () => {
    const text =
      'Le président kazakh Kassym-Jomart Tokaïev est arrivé mardi à Minsk pour une visite officielle.';
    expect(rolesAt(text, 'ARRIVAL')).toEqual([]);
    expect(rolesAt(text, 'VISIT').join()).not.toContain('guest');
  });
});
