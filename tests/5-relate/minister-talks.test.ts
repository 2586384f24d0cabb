// How agencies and ministries report a foreign minister's talks: the place fronted with its date,
// the day between the object and the place, a guest under a long official title, the guest's
// arrival set beside his name, and the two ministers holding a press conference.

import { edgesOf, graphOf } from '../helpers.js';

const article = (text: string) => graphOf(`Diplomatie\n\n${text}`);

/** The names of those who ATTENDED an event of that format, sorted. */
function attendeesAt(text: string, format: string): string[] {
  const graph = article(text);
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .filter((e) => graph.getNodeAttribute(graph.target(e), 'format') === format)
    .map((e) => graph.getNodeAttribute(graph.source(e), 'name'))
    .sort();
}

describe('where the talks were held', () => {
  it.each([
    ['Le 16 mai, à Moscou, Igor Sokolov s’est entretenu avec Karim Benali.', 'Moscow'],
    ['Mardi, à Pékin, Igor Sokolov s’est entretenu avec Karim Benali.', 'Beijing'],
    ['On Tuesday, in Hanoi, Igor Sokolov met with Karim Benali.', 'Hanoi'],
    ['Igor Sokolov s’est entretenu mardi à Minsk avec Karim Benali.', 'Minsk'],
    ['Igor Sokolov met with Karim Benali on Tuesday in Beijing, the two sides said.', 'Beijing'],
  ])('%s', (text, place) => {
    const held = edgesOf(article(text), 'HELD_IN');
    expect(held.some((e) => e.endsWith(`-> ${place}`))).toBe(true);
  });

  it('keeps a place the sentence speaks about out of the talks', () => {
    const held = edgesOf(
      article('Le 16 mai, Igor Sokolov s’est entretenu avec Karim Benali de la situation à Gaza.'),
      'HELD_IN',
    );
    expect(held).toEqual([]);
  });
});

describe('who met whom', () => {
  it('reads a guest under a long official title', () => {
    const graph = article(
      'Igor Sokolov s’est entretenu avec le ministre des Affaires étrangères de la République algérienne démocratique et populaire, Karim Benali.',
    );
    expect(edgesOf(graph, 'MET_WITH')).toEqual(['Igor Sokolov -> Karim Benali']);
  });

  it('does not reach past a clause to a name far after the verb', () => {
    const graph = article(
      'Igor Sokolov s’est entretenu avec les représentants des milieux d’affaires qui ont investi dans la région, selon Karim Benali.',
    );
    expect(edgesOf(graph, 'MET_WITH')).toEqual([]);
  });
});

describe('the guest’s arrival set beside his name', () => {
  const visitors = (text: string) => attendeesAt(text, 'VISIT');

  it.each([
    [
      'Igor Sokolov s’est entretenu avec Karim Benali, arrivé en Russie pour une visite de travail.',
      ['Karim Benali'],
    ],
    ['Igor Sokolov met with Karim Benali, who is in Russia on a working visit.', ['Karim Benali']],
    // the subject's own arrival, set beside him
    [
      'Igor Sokolov, arrivé en Algérie pour une visite officielle, s’est entretenu avec Karim Benali.',
      ['Igor Sokolov'],
    ],
  ])('%s', (text, expected) => {
    expect(visitors(text)).toEqual(expected);
  });
});

describe('the two ministers hold a press conference', () => {
  const pressAttendees = (text: string) => attendeesAt(text, 'PRESS_CONFERENCE');

  it.each([
    [
      'Igor Sokolov et Karim Benali ont tenu une conférence de presse conjointe.',
      ['Igor Sokolov', 'Karim Benali'],
    ],
    [
      'Igor Sokolov and Karim Benali held a joint press conference.',
      ['Igor Sokolov', 'Karim Benali'],
    ],
    [
      'Après les entretiens, Igor Sokolov et Karim Benali ont donné une conférence de presse.',
      ['Igor Sokolov', 'Karim Benali'],
    ],
    ['Le porte-parole Igor Sokolov a tenu un point de presse.', ['Igor Sokolov']],
  ])('%s', (text, expected) => {
    expect(pressAttendees(text)).toEqual(expected);
  });

  it('does not seat the one who reports that another held it', () => {
    expect(
      pressAttendees('Igor Sokolov a annoncé que Karim Benali a tenu une conférence de presse.'),
    ).toEqual(['Karim Benali']);
  });
});

describe('the headline and the first sentence tell one sitting', () => {
  const sittings = (text: string) => {
    const graph = graphOf(text);
    return graph.filterNodes((_, a) => a.type === 'Event').length;
  };

  it.each([
    'Igor Sokolov Holds Talks with Karim Benali\n\nOn May 16, Igor Sokolov held talks with Karim Benali in Beijing.',
    'Igor Sokolov holds talks with Karim Benali\n\nIgor Sokolov held talks with Karim Benali in Beijing on May 16.',
    'Source: https://example.org/2024/05/16/news\n\nIgor Sokolov Holds Talks with Karim Benali\n\nOn May 16, Igor Sokolov held talks with Karim Benali.',
  ])('%s', (text) => {
    expect(sittings(text)).toBe(1);
  });

  it.each([
    // a present-tense headline verb that reads as a noun, and another word for the sitting
    'Source: https://example.org/2024/05/16/news\n\nIgor Sokolov rencontre son homologue Karim Benali\n\nIgor Sokolov s’est entretenu hier à Moscou avec Karim Benali.',
    'Entretien Sokolov-Benali\n\nLe 16 mai, Igor Sokolov s’est entretenu avec Karim Benali à Moscou.',
    'Igor Sokolov Meets Karim Benali\n\nOn May 16, Igor Sokolov held talks with Karim Benali in Beijing.',
  ])('a headline of another word for the sitting: %s', (text) => {
    expect(sittings(text)).toBe(1);
  });

  it('joins a headline’s meeting to the body’s meeting, not to the summit told first', () => {
    expect(
      sittings(
        'Igor Sokolov rencontre Karim Benali en marge du sommet\n\nLe 16 mai, Igor Sokolov a participé au sommet de l’OCS à Astana. En marge du sommet, il a rencontré Karim Benali.',
      ),
    ).toBe(2);
  });

  it('keeps a second sitting of the body apart', () => {
    expect(
      sittings(
        'Igor Sokolov Holds Talks with Karim Benali\n\nOn May 16, Igor Sokolov held talks with Karim Benali. On May 17, Igor Sokolov held talks with Li Wei in Shanghai.',
      ),
    ).toBe(2);
  });
});

describe('a leader’s meeting with another and the meeting of a body', () => {
  const text = [
    'Xi Jinping Meets with Kassym-Jomart Tokayev',
    '',
    'On July 2, 2024, President Xi Jinping met with President Kassym-Jomart Tokayev in Astana. Cai Qi and Wang Yi were present at the meeting.',
    '',
    'Xi Jinping arrived in Astana on July 2 for a state visit to Kazakhstan and to attend the 24th meeting of the Council of Heads of State of the Shanghai Cooperation Organisation.',
  ].join('\n');
  const graph = graphOf(text);
  const attendedBy = (name: string) =>
    graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .filter((e) => graph.getNodeAttribute(graph.source(e), 'name') === name)
      .map((e) => graph.getNodeAttribute(graph.target(e), 'name'))
      .sort();

  it('keeps the body’s meeting apart from the two leaders’ one', () => {
    const meetings = graph.filterNodes((_, a) => a.type === 'Event' && a.format === 'MEETING');
    expect(meetings).toHaveLength(2);
  });

  it('seats those "present at the meeting" at the meeting told before, not the one after', () => {
    expect(attendedBy('Wang Yi')).toEqual(attendedBy('Kassym-Jomart Tokayev'));
  });

  it('reads the second purpose of the trip ("and to attend")', () => {
    expect(attendedBy('Xi Jinping')).toHaveLength(3);
  });
});

describe('a pronoun subject stands for the person the sentence before opens on', () => {
  it.each([
    [
      'Karim Benali est arrivé à Moscou lundi. Le lendemain, il s’est entretenu avec Igor Sokolov.',
      ['Igor Sokolov -> Karim Benali'],
    ],
    [
      'Karim Benali arrived in Moscow on Monday. He later met with Igor Sokolov.',
      ['Igor Sokolov -> Karim Benali'],
    ],
    // a name after "selon" is no subject; a pronoun of another paragraph stands for nobody here
    ['Selon Karim Benali, la visite est importante. Il a rencontré Igor Sokolov.', []],
    ['Karim Benali est arrivé à Moscou.\n\nIl a rencontré Igor Sokolov.', []],
  ])('%s', (text, expected) => {
    expect(edgesOf(article(text), 'MET_WITH')).toEqual(expected);
  });
});

describe('talks on the sidelines of a meeting told in the same sentence', () => {
  const eventsOf = (text: string) => {
    const graph = graphOf(text);
    const name = (k: string) => graph.getNodeAttribute(k, 'name') as string;
    const attendees = (event: string) =>
      graph
        .filterEdges((_, a) => a.type === 'ATTENDED')
        .filter((e) => graph.target(e) === event)
        .map((e) => name(graph.source(e)))
        .sort();
    return graph
      .filterNodes((_, a) => a.type === 'Event')
      .map((k) => [graph.getNodeAttribute(k, 'format'), attendees(k)]);
  };
  const council =
    'Dépêche\n\nLe 21 mai, Igor Sokolov, Karim Benali et Li Wei ont participé à la réunion des ministres des Affaires étrangères de l’OCS à Astana. ';

  it.each([
    `${council}En marge de la réunion, Igor Sokolov s’est entretenu avec Karim Benali.`,
    `${council}On the sidelines of the meeting, Igor Sokolov held talks with Karim Benali.`,
  ])('are a sitting of their own: %s', (text) => {
    expect(eventsOf(text)).toContainEqual(['TALKS', ['Igor Sokolov', 'Karim Benali']]);
  });

  it('puts them within the meeting', () => {
    const graph = graphOf(
      `${council}En marge de la réunion, Igor Sokolov s’est entretenu avec Karim Benali.`,
    );
    const formats = graph
      .filterEdges((_, a) => a.type === 'PART_OF')
      .map((e) =>
        [graph.source(e), graph.target(e)].map((k) => graph.getNodeAttribute(k, 'format')),
      );
    expect(formats).toEqual([['TALKS', 'MEETING']]);
  });
});
