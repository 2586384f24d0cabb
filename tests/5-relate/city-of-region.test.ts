import { edgesOf, graphOf, namesOf } from '../helpers.js';

const locatedIn = (text: string) => edgesOf(graphOf(text), 'LOCATED_IN');

describe('a city placed in its province', () => {
  it.each([
    [
      'Le sommet s’est tenu à Xi’an, capitale de la province du Shaanxi (nord-ouest).',
      'Xi’an -> Shaanxi',
    ],
    [
      'Le président est arrivé à Qingdao, ville côtière de la province du Shandong.',
      'Qingdao -> Shandong',
    ],
    [
      'The forum opened in Chengdu, the capital of Sichuan Province, on Friday.',
      'Chengdu -> Sichuan',
    ],
  ])('reads "%s"', (text, edge) => {
    expect(locatedIn(text)).toContain(edge.replace('’', "'"));
  });

  it('says nothing of a list of places', () => {
    expect(locatedIn('Les délégués ont visité Chengdu, Shanghai et le Sichuan.')).not.toContain(
      'Chengdu -> Sichuan',
    );
  });
});

describe('Chinese provinces and venues', () => {
  it.each([
    ['Ils se sont rencontrés dans la province du Gansu.', 'Gansu'],
    ['They met in Northwest China’s Shaanxi Province.', 'Shaanxi'],
    [
      'Xi Jinping held talks with Emomali Rahmon at the Palace of Nations in Dushanbe.',
      'Palace of Nations',
    ],
    [
      'Xi Jinping met with Shavkat Mirziyoyev at the Meijiang Convention and Exhibition Center.',
      'Meijiang Convention and Exhibition Center',
    ],
    [
      'Le président a prononcé un discours au Centre national des congrès de Chine.',
      'Centre national des congrès de Chine',
    ],
    ['La cérémonie a eu lieu au palais des congrès de Tachkent.', 'palais des congrès de Tachkent'],
  ])('finds the place of "%s"', (text, place) => {
    expect(namesOf(graphOf(text), 'Place')).toContain(place);
  });

  it.each([
    ['The House of Representatives voted on Friday.', 'House of Representatives'],
    ['Mary met the delegation on Friday.', 'Mary Province'],
  ])('finds no place in "%s"', (text, name) => {
    expect(namesOf(graphOf(text), 'Place')).not.toContain(name);
  });
});
