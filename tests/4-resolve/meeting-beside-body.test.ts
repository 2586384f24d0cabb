import { graphOf, namesOf } from '../helpers.js';

const eventsOf = (text: string) => namesOf(graphOf(text, '2023-10-26'), 'Event');

describe('people meeting people beside a body’s sitting', () => {
  it('makes "En marge de la réunion, M. Li a rencontré X" a meeting of its own', () => {
    expect(
      eventsOf(
        'Le Premier ministre chinois Li Qiang a assisté jeudi à Bichkek à la réunion du Conseil des chefs de gouvernement de l’OCS. ' +
          'En marge de la réunion, M. Li a rencontré le Premier ministre russe Mikhaïl Michoustine.',
      ),
    ).toEqual(['Meeting of SCO Council of Heads of Government, 2023-10-26', 'Meeting, 2023-10-26']);
  });

  it('keeps "the meeting was chaired by" the body’s sitting', () => {
    expect(
      eventsOf(
        'Le Premier ministre chinois Li Qiang a assisté jeudi à Bichkek à la réunion du Conseil des chefs de gouvernement de l’OCS. ' +
          'La réunion était présidée par le président du Cabinet des ministres kirghize Akylbek Japarov.',
      ),
    ).toEqual(['Meeting of SCO Council of Heads of Government, 2023-10-26']);
  });
});
