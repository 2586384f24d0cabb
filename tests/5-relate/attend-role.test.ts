import { bodyPhrase, countryPhrase, roleWithCountry } from '../../src/5-relate/attend-role.js';
import { articleOf } from '../helpers.js';

const attendedProps = (text: string, person: string) => {
  const graph = articleOf(text);
  const edge = graph.findEdge((_, a, s) => a.type === 'ATTENDED' && s === person);
  return edge ? graph.getEdgeAttribute(edge, 'props') : undefined;
};

describe('how an attendance names a role', () => {
  it.each([
    ['United States', 'the United States'],
    ['United Arab Emirates', 'the United Arab Emirates'],
    ['Philippines', 'the Philippines'],
    ['Kazakhstan', 'Kazakhstan'],
    // a country that only starts like one with the article
    ['Uzbekistan', 'Uzbekistan'],
  ])('writes %s as "%s"', (name, phrase) => {
    expect(countryPhrase(name)).toBe(phrase);
  });

  it.each([
    ['Shanghai Cooperation Organisation', ['OCS', 'SCO'], 'the SCO'],
    ['Commonwealth of Independent States', ['CEI', 'CIS'], 'the CIS'],
    // a two-letter acronym and one of other words say less than the name
    ['United Nations', ['ONU', 'UN'], 'the United Nations'],
    ['State Duma', ['Douma d’État'], 'the State Duma'],
  ])('names the body %s by its English acronym or name', (name, aliases, phrase) => {
    expect(bodyPhrase(name, aliases)).toBe(phrase);
  });

  it.each([
    ['President', 'belarus', 'President of Belarus'],
    ['Supreme Leader', 'iran', 'Supreme Leader of Iran'],
    // a portfolio says enough without the country
    ['Minister of Defence', 'india', 'Minister of Defence'],
    ['President', undefined, 'President'],
  ])('gives %s of %s as "%s"', (role, country, expected) => {
    expect(roleWithCountry(role, country)).toBe(expected);
  });

  it.each([
    [
      'the organisation a secretary general serves',
      'Le secrétaire général de l’OCS Ivan Morel a participé au sommet de l’OCS le 4 juillet 2024 à Astana.',
      'person:ivan-morel',
      'Secretary General of the SCO',
    ],
    [
      'the CSTO of "secrétaire général de l’OTSC"',
      'Le secrétaire général de l’OTSC Ivan Morel a pris part au sommet de l’OTSC le 4 mai 2024 à Minsk.',
      'person:ivan-morel',
      'Secretary General of the CSTO',
    ],
  ])('writes %s', (_, text, person, role) => {
    expect(attendedProps(text, person)).toMatchObject({ role });
  });

  it('keeps a known leader’s country when the nearest title is another leader’s', () => {
    const text =
      'Le président Kassym-Jomart Tokaïev a rencontré le président français Emmanuel Macron lors des entretiens du 1er novembre 2023 à Astana.';
    expect(attendedProps(text, 'person:kassym-jomart-tokayev')).toMatchObject({
      delegation: 'place:kazakhstan',
    });
    expect(attendedProps(text, 'person:kassym-jomart-tokayev')?.role).not.toMatch(/France/u);
  });
});
