import { isMeetingWithHeading } from '../../src/5-relate/meeting-headings.js';
import { edgesOf, graphOf } from '../helpers.js';

describe('meeting headings', () => {
  it.each([
    ['3°/Conversation avec le président du Parlement X – 3 septembre 2024', true],
    ['Entretien avec le Premier ministre indien, X', true],
    ['Rencontre bilatérale avec le président kazakh', true],
    ['Meeting with the President of Kazakhstan', true],
    // a meeting of a body, a meeting named without "avec", a sentence
    ['Réunion du Conseil des chefs d’État de la CEI', false],
    ['Pourparlers russo-chinois – 5 mai 2024', false],
    ['Le président a eu un entretien avec son homologue', false],
  ])('%s -> %s', (heading, expected) => {
    expect(isMeetingWithHeading(heading)).toBe(expected);
  });

  it('seats the protagonist of the document at a meeting the heading titles', () => {
    const text = [
      'La journée de Vladimir Poutine à Astana',
      '',
      '1°/Entretien avec le président kazakh Kassym-Jomart Tokaïev – 4 juillet 2024 à 10h00 à Astana',
      'Les deux présidents ont évoqué la coopération.',
    ].join('\n');
    const graph = graphOf(text);
    expect(edgesOf(graph, 'MET_WITH')).toEqual(['Kassym-Jomart Tokayev -> Vladimir Putin']);
    expect(edgesOf(graph, 'ATTENDED').map((e) => e.split(' -> ')[0])).toEqual(
      expect.arrayContaining(['Kassym-Jomart Tokayev', 'Vladimir Putin']),
    );
  });
});
