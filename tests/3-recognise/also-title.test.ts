import { graphOf, rolesOf } from '../helpers.js';

describe('a second title after "également" or "who is also"', () => {
  it.each([
    [
      'Wang Yi, également membre du Bureau politique du Comité central du Parti communiste chinois (PCC), a déclaré que les relations étaient bonnes.',
      'Wang Yi -> Political Bureau of the CPC Central Committee (member)',
    ],
    [
      'Ding Xuexiang, who is also a member of the Standing Committee of the Political Bureau of the CPC Central Committee, conveyed greetings.',
      'Ding Xuexiang -> Standing Committee of the Political Bureau of the CPC Central Committee (member)',
    ],
  ])('reads the title of "%s"', (text, role) => {
    expect(rolesOf(graphOf(text))).toContain(role);
  });

  it('reads no title in "également présent"', () => {
    expect(rolesOf(graphOf('Ivan Petrov, également présent, a salué les délégués.'))).toEqual([]);
  });
});
