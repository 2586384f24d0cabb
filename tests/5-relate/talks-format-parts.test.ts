import { edgesOf, graphOf } from '../helpers.js';

const partsOf = (text: string, publishedAt = '2024-07-03') =>
  edgesOf(graphOf(text, publishedAt), 'PART_OF').filter((e) =>
    /^(Restricted|Expanded) talks/.test(e),
  );

describe('the formats of bilateral talks', () => {
  it('keeps "des entretiens en format restreint" apart from "avant les entretiens"', () => {
    const text =
      'Le président Xi Jinping s’est entretenu mercredi à Astana avec le président Kassym-Jomart Tokaïev. ' +
      'Avant les entretiens, M. Tokaïev a organisé une cérémonie de bienvenue pour M. Xi. ' +
      'Les deux chefs d’Etat ont d’abord eu des entretiens en format restreint, puis des entretiens en format élargi.';
    expect(partsOf(text)).toEqual([
      'Expanded talks, 2024-07-03 -> Talks in Astana, 2024-07-03',
      'Restricted talks, 2024-07-03 -> Talks in Astana, 2024-07-03',
    ]);
  });

  it('puts "a small format" and "a large format" within the talks, not a summit of another day', () => {
    const text =
      'On Thursday, Chinese Premier Li Qiang held talks with Russian Prime Minister Mikhail Mishustin in Moscow. ' +
      'The talks were held first in a small format and then in a large format. ' +
      'Li arrived in Moscow after attending the SCO summit in Islamabad on Tuesday.';
    expect(partsOf(text, '2024-11-21')).toEqual([
      'Expanded talks, 2024-11-21 -> Talks in Moscow, 2024-11-21',
      'Restricted talks, 2024-11-21 -> Talks in Moscow, 2024-11-21',
    ]);
  });

  it('leaves the formats of a summit held that day within the summit', () => {
    const text =
      'Le président Xi Jinping a présidé dimanche à Qingdao le sommet de l’OCS. ' +
      'Les dirigeants ont d’abord tenu une réunion en format restreint, suivie des entretiens en format élargi.';
    const parts = partsOf(text, '2018-06-10');
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((p) => / -> Summit/.test(p))).toBe(true);
  });
});
