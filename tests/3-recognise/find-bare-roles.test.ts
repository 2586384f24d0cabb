// Role phrases whose holder comes from context, on snippets written for these tests.

import { findBareRoles } from '../../src/3-recognise/find-bare-roles.js';
import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';
import { edgesOf, graphOf } from '../helpers.js';

const bareRolesOf = (text: string) => {
  return findBareRoles(text, matchLexicon(text)).map((r) => [text.slice(r.start, r.end), r.role]);
};

describe('a role phrase with no name', () => {
  it.each([
    ['Le président russe a reçu son invité.', 'Le président russe'],
    ['Le dirigeant chinois a pris la parole.', 'Le dirigeant chinois'],
    ['The Russian president held talks with his guest.', 'Russian president'],
    ['Later the Kazakh leader spoke.', 'Kazakh leader'],
    ['He met his Chinese counterpart on Monday.', 'Chinese counterpart'],
  ])('%s', (text, phrase) => {
    expect(bareRolesOf(text).map(([surface]) => surface)).toEqual([phrase]);
  });

  it.each([
    ['Russian President Vladimir Putin arrived.'],
    ['The Russian President Vladimir Putin arrived.'],
    ['He met his Chinese counterpart, Wang Yi, on Monday.'],
    ['The Russian side agreed.'],
  ])('is none when a name follows or no title is said: "%s"', (text) => {
    expect(bareRolesOf(text)).toEqual([]);
  });

  it('stands for the person the document names so', () => {
    const graph = graphOf(
      'Dispatch\n\nRussian President Vladimir Putin arrived in Astana. The Russian president held talks with Kassym-Jomart Tokayev.',
    );
    expect(edgesOf(graph, 'MET_WITH')).toEqual(['Kassym-Jomart Tokayev -> Vladimir Putin']);
  });
});
