import { attendanceFormats, edgesOf, graphOf } from '../helpers.js';

const metIn = (text: string) => edgesOf(graphOf(`Diplomatie\n${text}`), 'MET_WITH');

describe('sentences that state a meeting', () => {
  it.each([
    [
      '"a rencontré"',
      'Le président russe Vladimir Poutine a rencontré le président turc Recep Tayyip Erdogan à Astana.',
      ['Recep Tayyip Erdoğan -> Vladimir Putin'],
    ],
    [
      '"s’est entretenu avec" and a list of counterparts',
      'Le chancelier Olaf Scholz s’est entretenu avec Emomali Rahmon et Sadyr Japarov à Astana.',
      ['Emomali Rahmon -> Olaf Scholz', 'Olaf Scholz -> Sadyr Japarov'],
    ],
    [
      'a noun of the meeting with its two sides after it',
      'Le programme prévoit un entretien du président Ilham Aliev avec le président Sadyr Japarov.',
      ['Ilham Aliyev -> Sadyr Japarov'],
    ],
    [
      'when and where between "held talks" and "with"',
      'Foreign Minister Ivan Petrov held talks on Tuesday in Baku with his Armenian counterpart Pavel Sidorov.',
      ['Ivan Petrov -> Pavel Sidorov'],
    ],
    [
      'two co-chairs of a commission (en)',
      'Vice Premier Ivan Petrov and First Deputy Prime Minister Pavel Sidorov co-chaired the 5th meeting of the cooperation committee.',
      ['Ivan Petrov -> Pavel Sidorov'],
    ],
    [
      'two co-chairs of a commission (fr)',
      'Le vice-Premier ministre Ivan Petrov et le vice-Premier ministre Pavel Sidorov ont coprésidé la réunion du comité.',
      ['Ivan Petrov -> Pavel Sidorov'],
    ],
    [
      'a title with "H.E. Mr." before the name',
      'Minister Ivan Petrov held talks with Foreign Minister of the Republic of Armenia H.E. Mr. Pavel Sidorov.',
      ['Ivan Petrov -> Pavel Sidorov'],
    ],
    [
      '"a négocié avec"',
      'Le président Ilham Aliev a longuement négocié avec le président russe Vladimir Poutine.',
      ['Ilham Aliyev -> Vladimir Putin'],
    ],
    [
      'a coordinated subject that "se sont entretenus"',
      'Vladimir Poutine et Alexandre Loukachenko se sont entretenus au Kremlin.',
      ['Alexander Lukashenko -> Vladimir Putin'],
    ],
    [
      '"a chaleureusement reçu"',
      'Le président chinois Xi Jinping a chaleureusement reçu le président biélorusse Alexandre Loukachenko à Pékin.',
      ['Alexander Lukashenko -> Xi Jinping'],
    ],
    [
      '"held talks with" in English',
      'Russian President Vladimir Putin held talks with Kazakh President Kassym-Jomart Tokayev in Moscow.',
      ['Kassym-Jomart Tokayev -> Vladimir Putin'],
    ],
    [
      'a present-tense headline "X reçoit Y"',
      'Le président chinois Xi Jinping reçoit le président biélorusse Alexandre Loukachenko à Pékin.',
      ['Alexander Lukashenko -> Xi Jinping'],
    ],
    [
      'an adverb inside the verb ("a également rencontré")',
      'Vladimir Poutine a également rencontré le président kazakh Kassym-Jomart Tokaïev.',
      ['Kassym-Jomart Tokayev -> Vladimir Putin'],
    ],
    [
      '"les deux présidents" as the two leaders named before',
      'Ilham Aliyev a appelé Alexandre Loukachenko. Ils ont évoqué les accords conclus lors des entretiens entre les deux présidents à Bakou en avril.',
      ['Alexander Lukashenko -> Ilham Aliyev'],
    ],
    [
      '"les entretiens entre X et Y"',
      'Les accords conclus lors des entretiens entre Ilham Aliyev et Alexandre Loukachenko sont appliqués.',
      ['Alexander Lukashenko -> Ilham Aliyev'],
    ],
    [
      'a possessor’s meeting with someone (en)',
      'Kassym-Jomart Tokayev’s meeting with Shavkat Mirziyoyev took place in Samarkand on 2 May 2024.',
      ['Kassym-Jomart Tokayev -> Shavkat Mirziyoyev'],
    ],
    [
      'two named sides "meeting in" a city (en)',
      'Kassym-Jomart Tokayev and Shavkat Mirziyoyev, meeting in Tashkent on Monday, agreed to expand trade.',
      ['Kassym-Jomart Tokayev -> Shavkat Mirziyoyev'],
    ],
  ])('reads %s', (_, text, pairs) => {
    expect(metIn(text)).toEqual(pairs);
  });

  it.each([
    ['a denial', 'Vladimir Poutine n’a pas rencontré Volodymyr Zelensky à Istanbul.'],
    [
      'a host greeting all the leaders of a summit',
      'Le président russe Vladimir Poutine a accueilli les dirigeants de l’OTSC, dont le président kazakh Kassym-Jomart Tokaïev.',
    ],
    [
      'a person named further on, after another verb',
      'Dmitri Medvedev a rencontré Xi Jinping à Pékin et a transmis un message de Vladimir Poutine.',
    ],
  ])('makes no meeting of %s', (_, text) => {
    expect(
      metIn(text).filter((e) => e.includes('Vladimir Putin') || e.includes('Tokayev')),
    ).toEqual([]);
  });

  it.each([
    [
      '"the President" as the report’s protagonist, not the last president named',
      'Russian President Vladimir Putin arrived in Kazan. Vladimir Putin opened the forum with President of Turkiye Recep Tayyip Erdogan. Later the President held meetings with Prime Minister of India Narendra Modi and President of China Xi Jinping.',
      ['Narendra Modi -> Vladimir Putin', 'Vladimir Putin -> Xi Jinping'],
    ],
    [
      '"le chancelier" for the chancellor named before',
      'Le chancelier fédéral Olaf Scholz est arrivé à Astana. En amont du sommet, le chancelier avait mené des entretiens bilatéraux avec Emomali Rahmon et Sadyr Japarov.',
      ['Emomali Rahmon -> Olaf Scholz', 'Olaf Scholz -> Sadyr Japarov'],
    ],
  ])('reads a bare title as the subject: %s', (_, text, pairs) => {
    expect(metIn(text).filter((p) => !p.includes('Erdo'))).toEqual(pairs);
  });

  it('makes no pair of one co-chair', () => {
    expect(metIn('Prime Minister Ivan Petrov co-chaired the session of the council.')).toEqual([]);
  });

  it('meets no one named later when "with his counterpart" gives no name', () => {
    const text =
      'Foreign Minister Ivan Petrov held talks on Tuesday in Baku with his Armenian counterpart. The talks were hailed by Prime Minister Pavel Sidorov.';
    expect(metIn(text)).toEqual([]);
  });

  it('makes no subject of a title nobody named holds', () => {
    const text =
      'Le Premier ministre Nikol Pachinian est arrivé à Minsk. Le président a rencontré le ministre kazakh Ivan Petrov.';
    expect(metIn(text)).toEqual([]);
  });

  it('does not make two heads of state meet when other sides sat at the same session', () => {
    const text =
      'Le 20 juin 2025, une réunion s’est tenue à Saint-Pétersbourg. Y ont participé le président kazakh Kassym-Jomart Tokaïev, le président russe Vladimir Poutine et le vice-Premier ministre chinois Ding Xuexiang.';
    expect(metIn(text)).toEqual([]);
  });

  it('does not make two presidents meet at talks a chancellor held with each of them', () => {
    const text =
      'Le chancelier fédéral Olaf Scholz est arrivé à Astana le 17 septembre 2024. Le chancelier avait mené des entretiens bilatéraux avec le président tadjik Emomali Rahmon et le président kirghiz Sadyr Japarov.';
    expect(metIn(text).filter((p) => !p.includes('Scholz'))).toEqual([]);
  });

  it('does not make leaders who only sat at one summit meet each other', () => {
    const text =
      'Le sommet de l’OTSC s’est tenu le 4 mai 2024 à Minsk. Y ont participé le président kazakh Kassym-Jomart Tokaïev, le président russe Vladimir Poutine et le président tadjik Emomali Rahmon.';
    expect(metIn(text)).toEqual([]);
  });
});

describe('meeting phrasings with when and where in between', () => {
  it.each([
    [
      '"s’est entretenu mardi à Moscou avec son homologue"',
      'Le ministre russe des Affaires étrangères Sergueï Lavrov s’est entretenu mardi à Moscou avec son homologue chinois Wang Yi.',
      ['Sergei Lavrov -> Wang Yi'],
    ],
    [
      '"ont tenu des pourparlers"',
      'Sergueï Lavrov et Wang Yi ont tenu des pourparlers à Pékin le 9 avril.',
      ['Sergei Lavrov -> Wang Yi'],
    ],
    [
      '"lors de sa rencontre avec Y, le président X a souligné" (the owner after the clause)',
      'Lors de sa rencontre avec le président ouzbek Shavkat Mirziyoyev le 3 juin, le président turc Recep Tayyip Erdoğan a vanté le commerce.',
      ['Recep Tayyip Erdoğan -> Shavkat Mirziyoyev'],
    ],
    [
      '"during his meeting with Y, President X stressed" in English',
      'During his meeting with President Sadyr Japarov in Bishkek, President Ilham Aliyev stressed cooperation.',
      ['Ilham Aliyev -> Sadyr Japarov'],
    ],
    [
      '"a reçu jeudi à Pékin le président"',
      'Le président chinois Xi Jinping a reçu jeudi à Pékin le président kazakh Kassym-Jomart Tokaïev.',
      ['Kassym-Jomart Tokayev -> Xi Jinping'],
    ],
    [
      '"a reçu à Astana" and a bare name',
      'Le 3 juin, le président kazakh Kassym-Jomart Tokaïev a reçu à Astana Sergueï Lavrov.',
      ['Kassym-Jomart Tokayev -> Sergei Lavrov'],
    ],
    [
      '"a reçu en audience le ministre"',
      'Le président kazakh Kassym-Jomart Tokaïev a reçu en audience le ministre russe Sergueï Lavrov.',
      ['Kassym-Jomart Tokayev -> Sergei Lavrov'],
    ],
    [
      '"a coprésidé la réunion avec"',
      'Wang Yi a coprésidé la réunion avec Sergueï Lavrov à Astana le 3 juillet.',
      ['Sergei Lavrov -> Wang Yi'],
    ],
    [
      '"has held talks in Beijing with" in English',
      'Russian President Vladimir Putin had talks in Beijing with Chinese President Xi Jinping.',
      ['Vladimir Putin -> Xi Jinping'],
    ],
    [
      '"a été reçu, à l’aéroport, par" (the guest before, the host after)',
      'Vladimir Poutine a été reçu, dans le salon d’honneur de l’aéroport, par le président kazakh Kassym-Jomart Tokaïev.',
      ['Kassym-Jomart Tokayev -> Vladimir Putin'],
    ],
    [
      '"was welcomed at the airport by" in English',
      'Russian President Vladimir Putin was welcomed at the airport by Kazakh President Kassym-Jomart Tokayev.',
      ['Kassym-Jomart Tokayev -> Vladimir Putin'],
    ],
    [
      '"X et son homologue Y ont signé"',
      'Le président russe Vladimir Poutine et son homologue iranien Massoud Pezechkian ont signé vendredi un traité.',
      ['Masoud Pezeshkian -> Vladimir Putin'],
    ],
  ])('%s', (_, text, expected) => {
    expect(metIn(text)).toEqual(expected);
  });

  it.each([
    [
      'a congratulation of a counterpart',
      'Le président Vladimir Poutine a félicité son homologue kazakh Kassym-Jomart Tokaïev pour son anniversaire.',
    ],
    [
      'a welcome by applause, not by a person',
      'Le président Alexandre Loukachenko a été accueilli par des applaudissements à son arrivée au palais.',
    ],
    [
      'a plan welcomed by someone (the name is whose plan)',
      'L’initiative du président Vladimir Poutine a été accueillie avec intérêt par Xi Jinping.',
    ],
    [
      'a meeting of someone else’s with the press',
      'Kazakh President Kassym-Jomart Tokayev arrived. Uzbek President Shavkat Mirziyoyev’s meeting with the press took place in Samarkand.',
    ],
    [
      'two leaders who met the press together',
      'Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev jointly met the press.',
    ],
    [
      'a letter received, not a person',
      'Le président Alexandre Loukachenko a reçu lundi une lettre du président chinois Xi Jinping.',
    ],
    [
      'a letter received at a place, then a bare name',
      'Le président Alexandre Loukachenko a reçu à Minsk une lettre de Xi Jinping.',
    ],
  ])('no meeting in %s', (_, text) => {
    expect(metIn(text)).toEqual([]);
  });
});

describe('talks with a day, a place or a means between the verb and the noun', () => {
  it.each([
    [
      '"a eu lundi des entretiens avec"',
      'Le ministre kirghiz Jeenbek Kouloubaïev a eu lundi des entretiens avec le ministre turc Hakan Fidan.',
      ['Hakan Fidan -> TALKS', 'Jeenbek Kulubayev -> TALKS'],
    ],
    [
      '"a eu jeudi des entretiens au Grand Palais du Peuple avec" (a name with "du" inside)',
      'Le président chinois Xi Jinping a eu jeudi des entretiens au Grand Palais du Peuple avec le président turc Recep Tayyip Erdogan.',
      ['Recep Tayyip Erdoğan -> TALKS', 'Xi Jinping -> TALKS'],
    ],
    [
      '"s’est entretenu au téléphone avec": a phone call, no place',
      'Mardi, Sergueï Lavrov s’est entretenu au téléphone avec le ministre turc Hakan Fidan.',
      ['Hakan Fidan -> PHONE_CALL', 'Sergei Lavrov -> PHONE_CALL'],
    ],
    [
      '"s’est entretenu lundi par visioconférence avec"',
      'Sergueï Lavrov s’est entretenu lundi par visioconférence avec le ministre turc Hakan Fidan.',
      ['Hakan Fidan -> VIDEOCONFERENCE', 'Sergei Lavrov -> VIDEOCONFERENCE'],
    ],
  ])('%s', (_, text, expected) => {
    expect(attendanceFormats(text)).toEqual(expected);
  });

  it('keeps "s’est entretenu au Kremlin avec" as talks at a place', () => {
    expect(
      attendanceFormats(
        'Vladimir Poutine s’est entretenu au Kremlin avec le président turc Recep Tayyip Erdogan.',
      ),
    ).toEqual(['Recep Tayyip Erdoğan -> TALKS', 'Vladimir Putin -> TALKS']);
  });
});

describe('a reception during a visit its sentence names', () => {
  it('has host and guest attend the visit as well as the reception', () => {
    const text =
      'Le 1er mars 2023, Xi Jinping a reçu à Pékin Alexandre Loukachenko, pour le deuxième jour de la visite d’État de ce dernier en Chine.';
    expect(attendanceFormats(text)).toEqual([
      'Alexander Lukashenko -> MEETING',
      'Alexander Lukashenko -> STATE_VISIT',
      'Xi Jinping -> MEETING',
      'Xi Jinping -> STATE_VISIT',
    ]);
  });

  it('leaves a visit alone when the meeting is no reception', () => {
    const text =
      'Le 1er mars 2023, Xi Jinping a rencontré à Pékin Alexandre Loukachenko, pour le deuxième jour de la visite d’État de ce dernier en Chine.';
    expect(attendanceFormats(text)).not.toContain('Alexander Lukashenko -> STATE_VISIT');
  });
});
