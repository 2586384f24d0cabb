import { edgesOf, graphOf, namesOf } from '../helpers.js';

it('makes a body named with its organisation part of it', () => {
  const graph = graphOf('Le Conseil des chefs d’État de l’OCS s’est réuni à Douchanbé.');
  expect(namesOf(graph, 'Organisation')).toEqual([
    'SCO Council of Heads of State',
    'Shanghai Cooperation Organisation',
  ]);
  expect(edgesOf(graph, 'PART_OF')).toEqual([
    'SCO Council of Heads of State -> Shanghai Cooperation Organisation',
  ]);
});

it('chains bodies: chamber of the assembly, assembly of the country', () => {
  const graph = graphOf(
    'Le président du Conseil de la République de l’Assemblée nationale de la République du Bélarus a parlé.',
  );
  expect(edgesOf(graph, 'PART_OF')).toEqual([
    'Council of the Republic of the National Assembly of Belarus -> National Assembly of Belarus',
  ]);
  expect(namesOf(graph, 'Place')).toContain('Belarus');
});

it('does not make a country body part of anything: "le gouvernement kazakh"', () => {
  const graph = graphOf('Le gouvernement kazakh a démissionné le 1er février.');
  expect(namesOf(graph, 'Organisation')).toEqual(['Government of Kazakhstan']);
  expect(edgesOf(graph, 'PART_OF')).toEqual([]);
});

it('makes a lexicon body part of the parent its name gives, not of an acronym inside an acronym', () => {
  const graph = graphOf('The IPA CIS Council met in Saint Petersburg.');
  expect(edgesOf(graph, 'PART_OF')).toEqual([
    'IPA CIS Council -> CIS Inter-Parliamentary Assembly',
  ]);
  expect(namesOf(graph, 'Organisation')).not.toContain('Commonwealth of Independent States');
});
