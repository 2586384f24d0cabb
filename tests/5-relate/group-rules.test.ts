// Counted groups of leaders ("les trois dirigeants") and hosts of several guests, on snippets
// written for these tests: who attended which sitting, and with which role.

import { articleOf, edgesOf } from '../helpers.js';

const attendedIn = (text: string) => edgesOf(articleOf(text), 'ATTENDED');

const propsOf = (text: string, person: string, format: string) => {
  const graph = articleOf(text);
  const edge = graph.findEdge(
    (_, a, s, t) =>
      a.type === 'ATTENDED' && s === person && graph.getNodeAttribute(t, 'format') === format,
  );
  return edge ? graph.getEdgeAttribute(edge, 'props') : undefined;
};

const HOSTED =
  'Pour le sommet de la mer Noire, le président turc Recep Tayyip Erdogan a accueilli à Istanbul ses homologues Ilham Aliev d’Azerbaïdjan et Vladimir Poutine de Russie.';

describe('a host and the guests', () => {
  it('makes the host and each guest attend the summit, of the day the report was published', () => {
    expect(attendedIn(HOSTED)).toEqual([
      'Ilham Aliyev -> Summit, 2024-05-24',
      'Recep Tayyip Erdoğan -> Summit, 2024-05-24',
      'Vladimir Putin -> Summit, 2024-05-24',
    ]);
  });

  it('gives a known guest the office of the lexicon, not "head of state"', () => {
    expect(propsOf(HOSTED, 'person:vladimir-putin', 'SUMMIT')?.role).toBe('President of Russia');
  });
});

describe('counted groups', () => {
  it.each([
    [
      'the formats a group of three sat in',
      `${HOSTED} Les pourparlers entre les trois dirigeants ont eu lieu en format restreint, puis en format élargi.`,
      ['Ilham Aliyev', 'Recep Tayyip Erdoğan', 'Vladimir Putin'],
      ['EXPANDED_TALKS', 'RESTRICTED_TALKS'],
    ],
    [
      'an English group of two',
      'President Xi Jinping received President Vladimir Putin in Beijing on 16 May 2024. The two leaders then held restricted talks in Beijing.',
      ['Vladimir Putin', 'Xi Jinping'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'two men named before as leaders',
      'Le président Sadyr Japarov effectue une visite officielle à Bakou le 3 juin 2024, où il a rencontré le président Ilham Aliev. Les entretiens en tête-à-tête entre les deux hommes ont duré une heure.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'leaders described by their countries',
      'Le président Ilham Aliev a accueilli le président Sadyr Japarov à Bakou le 3 juin 2024. Les présidents azerbaïdjanais et kirghiz ont eu des entretiens en format restreint à Bakou le 3 juin 2024.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'English leaders described by their countries',
      'President Ilham Aliyev hosted President Sadyr Japarov in Baku on 3 June 2024. The Azerbaijani and Kyrgyz presidents held restricted talks in Baku on 3 June 2024.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'leaders named by their countries',
      'Le président Ilham Aliev a accueilli le président Sadyr Japarov à Bakou le 3 juin 2024. Les présidents de l’Azerbaïdjan et du Kirghizistan ont eu des entretiens en format restreint à Bakou le 3 juin 2024.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'English leaders named by their countries, three of four',
      'President Vladimir Putin stayed in Moscow. President Ilham Aliyev met President Sadyr Japarov and President Shavkat Mirziyoyev. The presidents of Azerbaijan, Kyrgyzstan and Uzbekistan held restricted talks in Baku on 3 June 2024.',
      ['Ilham Aliyev', 'Sadyr Japarov', 'Shavkat Mirziyoyev'],
      ['RESTRICTED_TALKS'],
    ],
    [
      'the leaders of a bilateral report',
      'Le président Ilham Aliev a accueilli le président Sadyr Japarov à Bakou le 3 juin 2024. Les dirigeants se sont ensuite réunis pour des entretiens en format restreint à Bakou.',
      ['Ilham Aliyev', 'Sadyr Japarov'],
      ['RESTRICTED_TALKS'],
    ],
  ])('reads %s', (_, text, people, formats) => {
    const graph = articleOf(text);
    const sittings = graph
      .filterEdges((_, a) => a.type === 'ATTENDED')
      .filter((e) => formats.includes(graph.getNodeAttribute(graph.target(e), 'format') ?? ''))
      .map((e) => graph.getNodeAttribute(graph.source(e), 'name'));
    expect([...new Set(sittings)].sort()).toEqual(people);
    expect(sittings).toHaveLength(people.length * formats.length);
  });

  it.each([
    [
      'a group counting more leaders than the text named',
      'Le président Vladimir Poutine est à Minsk. Les cinq dirigeants ont eu des entretiens en format restreint.',
    ],
    [
      'countries whose leader the text does not name',
      'Le président Ilham Aliev est à Bakou. Les présidents azerbaïdjanais et kirghiz ont eu des entretiens en format restreint à Bakou le 3 juin 2024.',
    ],
    [
      'countries named whose leader the text does not name',
      'Le président Ilham Aliev est à Bakou. Les présidents de l’Azerbaïdjan et du Kirghizistan ont eu des entretiens en format restreint à Bakou le 3 juin 2024.',
    ],
    [
      'the leaders of one country only',
      'Le président Ilham Aliev a accueilli le président Sadyr Japarov à Bakou le 3 juin 2024. Les présidents de l’Azerbaïdjan ont eu des entretiens en format restreint à Bakou le 3 juin 2024.',
    ],
    [
      'the leaders of a report naming three',
      'Ilham Aliev, Sadyr Japarov et Vladimir Poutine sont à Bakou le 3 juin 2024. Les dirigeants se sont réunis pour des entretiens en format restreint à Bakou.',
    ],
    [
      'leaders who spoke of a sitting to come',
      'Le président Ilham Aliev a accueilli le président Sadyr Japarov à Bakou le 3 juin 2024. Les présidents ont évoqué des entretiens en format restreint à Bichkek.',
    ],
    [
      'a group that did not sit together',
      'Vladimir Poutine et Xi Jinping étaient à Pékin. Les deux dirigeants n’ont pas participé aux pourparlers en format restreint.',
    ],
  ])('makes no one attend the sitting in %s', (_, text) => {
    expect(attendedIn(text).filter((e) => e.includes('Restricted'))).toEqual([]);
  });
});
