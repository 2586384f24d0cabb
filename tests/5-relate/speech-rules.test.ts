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

  it('puts no one on the phone at another event the sentence names', () => {
    const text =
      'Le président ouzbek Chavkat Mirzioïev s’est entretenu par téléphone avec Vladimir Poutine, a indiqué le service de presse à l’issue de la réunion de la commission intergouvernementale le 7 octobre 2020.';
    const graph = graphOf(`Diplomatie\n${text}`);
    const atMeeting = edgesOf(graph, 'ATTENDED').filter((e) => !/phone|call/iu.test(e));
    expect(atMeeting.filter((e) => /meeting|commission/iu.test(e))).toEqual([]);
  });
});
