import { attendanceFormats } from '../helpers.js';

describe('an occasion one person gives for another: both attend it', () => {
  it.each([
    [
      'a French welcome ceremony organised by the host for the guest',
      'La cérémonie d’accueil solennelle organisée par le président Kassym-Jomart Tokaïev pour le président Vladimir Poutine a eu lieu mardi à Astana.',
      ['Kassym-Jomart Tokayev -> CEREMONY', 'Vladimir Putin -> CEREMONY'],
    ],
    [
      'an English ceremony hosted by one leader in honour of another',
      'The official welcome ceremony hosted by President Kassym-Jomart Tokayev in honour of President Vladimir Putin began on Tuesday in Astana.',
      ['Kassym-Jomart Tokayev -> CEREMONY', 'Vladimir Putin -> CEREMONY'],
    ],
  ])('reads %s', (_, text, expected) => {
    expect(attendanceFormats(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      'an organiser that is a body, a guest that is the press',
      'La cérémonie d’accueil solennelle organisée par le ministère pour la presse étrangère a eu lieu mardi à Astana.',
    ],
    [
      'a purpose after "pour", not a guest',
      'La cérémonie d’accueil solennelle organisée par le président Kassym-Jomart Tokaïev pour célébrer la fête nationale a eu lieu mardi.',
    ],
    [
      'a cue far from any event',
      'Le président Kassym-Jomart Tokaïev a parlé de la cérémonie d’accueil de mardi à Astana, puis a lu la lettre donnée par son conseiller pour le président Vladimir Poutine.',
    ],
  ])('reads no host and guest in %s', (_, text) => {
    const cue = attendanceFormats(text).filter((a) => a.endsWith('CEREMONY'));
    expect(cue).not.toContain('Vladimir Putin -> CEREMONY');
    expect(cue).not.toContain('Kassym-Jomart Tokayev -> CEREMONY');
  });
});
