import { evidenceRows } from '../../src/6-graph/evidence-table.js';
import { articleOf, attendanceFormats } from '../helpers.js';

/** The attendances this rule states ("visit-..."): hosts and talks are other rules' work. */
function visitors(text: string): string[] {
  const graph = articleOf(text);
  const table = graph.getAttribute('evidence');
  return graph
    .filterEdges(
      (_, a) =>
        a.type === 'ATTENDED' &&
        evidenceRows(a).some((row) => table.evidence(row).rule.startsWith('visit-')),
    )
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      return `${name} -> ${graph.getNodeAttribute(graph.target(e), 'format')}`;
    })
    .sort();
}

describe('visitors: who makes a visit, as news state it', () => {
  it.each([
    [
      'the owner after the visit noun, not the host who welcomes him',
      'La visite d’État de Xi Jinping en Russie a commencé lundi, et le président Vladimir Poutine l’a reçu au Kremlin.',
      ['Xi Jinping -> STATE_VISIT'],
    ],
    [
      'the owner after a place: not the subject who recalls the visit',
      'Vladimir Poutine a salué mardi la visite officielle au Kazakhstan du chancelier allemand Olaf Scholz.',
      ['Olaf Scholz -> VISIT'],
    ],
    [
      'an English owner by "by"',
      'Kazakh President Kassym-Jomart Tokayev praised the state visit by Chinese President Xi Jinping on Monday.',
      ['Xi Jinping -> STATE_VISIT'],
    ],
    [
      'an English owner by the Saxon genitive',
      'Vladimir Putin said that Xi Jinping’s state visit to Moscow opened a new era.',
      ['Xi Jinping -> STATE_VISIT'],
    ],
    [
      'the fronted possessive: the subject after the comma',
      'Au terme de sa visite officielle en Ouzbékistan, le chancelier Olaf Scholz a rencontré des étudiants.',
      ['Olaf Scholz -> VISIT'],
    ],
    [
      'a possessive earlier in the fronted clause',
      'Dès son arrivée pour une visite d’État dans le pays, le président Xi Jinping a déposé une gerbe.',
      ['Xi Jinping -> STATE_VISIT'],
    ],
    [
      '"votre visite" in a quote: the one spoken to, not the speaker',
      '« Votre visite d’État en Russie ouvre une page nouvelle », a déclaré Vladimir Poutine à Xi Jinping.',
      ['Xi Jinping -> STATE_VISIT'],
    ],
    [
      'the subject of the visit verb, the inviter after "à l’invitation du" excluded',
      'Olaf Scholz effectue une visite officielle au Kazakhstan à l’invitation du président Kassym-Jomart Tokaïev.',
      ['Olaf Scholz -> VISIT'],
    ],
    [
      'the guest "en visite" after the host who receives him',
      'Le président Xi Jinping a reçu jeudi à Pékin Olaf Scholz, en visite officielle en Chine.',
      ['Olaf Scholz -> VISIT'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(visitors(text)).toEqual(expected);
  });

  it('reads "lors de la visite de X" fronted as X, not the subject after the comma', () => {
    const text =
      'Lors de la visite officielle de Xi Jinping au Kazakhstan, le président Kassym-Jomart Tokaïev a parlé de commerce.';
    expect(attendanceFormats(text)).toContain('Xi Jinping -> VISIT');
    expect(visitors(text)).not.toContain('Kassym-Jomart Tokayev -> VISIT');
  });

  it.each([
    [
      '"votre visite" with nobody spoken to',
      '« Votre visite d’État en Russie ouvre une page nouvelle », selon le communiqué du Kremlin.',
    ],
    [
      'a possessive with nobody after the clause',
      'Au terme de sa visite officielle en Ouzbékistan, aucun accord n’a été signé.',
    ],
  ])('names no visitor for %s', (_, text) => {
    expect(visitors(text)).toEqual([]);
  });
});
