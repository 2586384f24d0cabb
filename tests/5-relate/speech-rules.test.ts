import { edgesOf, graphOf } from '../helpers.js';

const speakersIn = (text: string) =>
  edgesOf(graphOf(`Diplomatie\n${text}`), 'SPOKE_AT').map((e) => e.split(' -> ')[0]);

describe('reported speech', () => {
  it.each([
    [
      'the name right after the verb',
      '« Nos pays sont proches », a déclaré Vladimir Poutine à Kassym-Jomart Tokaïev lors du sommet de l’OCS le 4 juillet 2024 à Astana.',
      ['Vladimir Putin'],
    ],
    [
      'the subject before the verb, not the person met',
      'Lors de sa rencontre avec Kassym-Jomart Tokaïev au sommet de l’OCS le 4 juillet 2024 à Astana, Vladimir Poutine a souligné les liens entre les pays.',
      ['Vladimir Putin'],
    ],
  ])('makes one speaker of %s', (_, text, speakers) => {
    expect(speakersIn(text)).toEqual(speakers);
  });
});
