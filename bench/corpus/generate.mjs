#!/usr/bin/env node
// A deterministic corpus of realistic French diplomatic news for the benchmarks: dated event
// headings with sub-events, attendee lists per delegation, speaker turns, captions with photo
// credits, press-conference questions, membership statements. People come from the lexicon and
// from generated names (lexicon first names + generated surnames). Each document's truth (its
// people and who attended the restricted talks for which delegation) goes to truth.jsonl.
//
//   node bench/corpus/generate.mjs OUT_DIR N [SEED]

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { seededRandom } from '../random.mjs';
import { FIRST_NAMES, PEOPLE } from '../../dist/lexicon/index.js';

const [outDir, count = '100', seedArg = '7'] = process.argv.slice(2);
if (!outDir) throw new Error('usage: generate.mjs OUT_DIR N [SEED]');

const rand = seededRandom(Number(seedArg));
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (a, b) => a + Math.floor(rand() * (b - a + 1));

const COUNTRIES = [
  {
    id: 'russia',
    name: 'la Russie',
    of: 'de la Russie',
    adjective: 'russe',
    side: 'au nom de la Russie',
    capital: 'Moscou',
  },
  {
    id: 'belarus',
    name: 'la Biélorussie',
    of: 'de la Biélorussie',
    adjective: 'biélorusse',
    side: 'au nom de la Biélorussie',
    capital: 'Minsk',
  },
  {
    id: 'kazakhstan',
    name: 'le Kazakhstan',
    of: 'du Kazakhstan',
    adjective: 'kazakh',
    side: 'au nom du Kazakhstan',
    capital: 'Astana',
  },
  {
    id: 'china',
    name: 'la Chine',
    of: 'de la Chine',
    adjective: 'chinois',
    side: 'au nom de la Chine',
    capital: 'Pékin',
  },
  {
    id: 'uzbekistan',
    name: 'l’Ouzbékistan',
    of: 'de l’Ouzbékistan',
    adjective: 'ouzbek',
    side: 'au nom de l’Ouzbékistan',
    capital: 'Tachkent',
  },
];
const CITIES = [
  'Minsk',
  'Moscou',
  'Astana',
  'Saint-Pétersbourg',
  'Vitebsk',
  'Kazan',
  'Sotchi',
  'Tachkent',
  'Bichkek',
  'Douchanbé',
];
const TITLES = [
  ['du ministre des Affaires étrangères', 'Minister of Foreign Affairs'],
  ['du ministre de la Défense', 'Minister of Defence'],
  ['du ministre des Finances', 'Minister of Finance'],
  ['du ministre de l’Énergie', 'Minister of Energy'],
  ['du vice-Premier ministre', 'Deputy Prime Minister'],
  ['du premier vice-Premier ministre', 'First Deputy Prime Minister'],
  ['du ministre de l’Industrie et du Commerce', 'Minister of Industry and Trade'],
  ['du ministre de l’Agriculture', 'Minister of Agriculture'],
];
const MEDIA = [
  'chaîne de télévision Mir-24',
  'agence TASS',
  'journal Izvestia',
  'chaîne ONT',
  'agence BelTA',
  'RIA Novosti',
];
/** With their preposition: "au sein de l’OCS", "membre des BRICS". */
const ORGS = [
  'de l’OCS',
  'de l’OTSC',
  'de l’Union économique eurasiatique',
  'de la CEI',
  'des BRICS',
];
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const SYLLABLES = [
  'vo',
  'ro',
  'ko',
  'ma',
  'li',
  'che',
  'ne',
  'ta',
  'bo',
  'ri',
  'go',
  'za',
  'mi',
  'la',
  'se',
  'do',
  'pa',
  'tu',
  'vi',
  'ka',
];
const ENDINGS = ['ov', 'ev', 'ine', 'enko', 'ski', 'ovitch', 'ouk', 'ev', 'ine', 'chik'];
const GIVEN = Object.keys(FIRST_NAMES).filter((n) => /^[A-ZÀ-Ý][a-zà-ÿï]+$/.test(n));
const HEADS = PEOPLE.filter((p) => p.subtype === 'head_of_state').map(
  (p) => p.aliases.find((a) => a.includes(' ')) ?? p.name,
);

function surname() {
  const body = Array.from({ length: between(1, 3) }, () => pick(SYLLABLES)).join('');
  return `${body[0].toUpperCase()}${body.slice(1)}${pick(ENDINGS)}`;
}
const person = () => `${pick(GIVEN)} ${surname()}`;

function date() {
  return { day: between(1, 28), month: between(0, 11), year: between(2019, 2025) };
}
const spelled = (d) => `${d.day} ${MONTHS[d.month]} ${d.year}`;
const time = () => `${String(between(8, 19)).padStart(2, '0')}h${pick(['00', '15', '30', '45'])}`;

function sentence() {
  const country = pick(COUNTRIES);
  return pick([
    `Les parties ont examiné l’état des relations bilatérales et les perspectives de coopération avec ${country.name}.`,
    `Une attention particulière a été accordée aux questions commerciales, économiques et humanitaires.`,
    `Le chef de l’État ${country.adjective} a souligné l’importance des projets communs dans l’industrie et l’énergie.`,
    `Les délégations ont discuté de la situation régionale et de la coopération au sein ${pick(ORGS)}.`,
    `Le volume des échanges a augmenté de ${between(3, 40)} % au cours de l’année écoulée.`,
  ]);
}

function article(index) {
  const [hostCountry, guestCountry] = [pick(COUNTRIES), pick(COUNTRIES)].sort((a, b) =>
    a.id === b.id ? 0 : a.id < b.id ? -1 : 1,
  );
  const guest =
    guestCountry.id === hostCountry.id
      ? COUNTRIES[(COUNTRIES.indexOf(hostCountry) + 1) % COUNTRIES.length]
      : guestCountry;
  const city = rand() < 0.6 ? hostCountry.capital : pick(CITIES);
  const d = date();
  const head = pick(HEADS);
  const otherHead = pick(HEADS.filter((h) => h !== head));
  const truth = {
    file: `${String(index).padStart(6, '0')}.txt`,
    people: [head, otherHead],
    attendees: [],
  };
  const lines = [
    `${index} – ${head} à ${city} rencontre ${otherHead} – ${String(d.day).padStart(2, '0')}.${String(d.month + 1).padStart(2, '0')}.${String(d.year).slice(2)} –`,
    spelled(d),
    `1°/Négociations ${hostCountry.adjective}-${guest.adjective}s – ${spelled(d)} à ${time()} à ${city}`,
    `A – Début des négociations restreintes – ${spelled(d)} à ${time()} à ${city}`,
  ];
  for (const side of [hostCountry, guest]) {
    const members = Array.from({ length: between(2, 4) }, () => [pick(TITLES), person()]);
    lines.push(`Les négociations restreintes ont eu lieu ${side.side} en présence`);
    members.forEach(([title, name], i) => {
      lines.push(`${title[0]} ${name}${i === members.length - 1 ? '.' : ','}`);
      truth.people.push(name);
      truth.attendees.push({ name, delegation: side.id, role: title[1] });
    });
  }
  for (let turn = 0; turn < between(3, 8); turn += 1) {
    const speaker = turn % 2 === 0 ? head : otherHead;
    lines.push(`${speaker} : ${Array.from({ length: between(2, 5) }, sentence).join(' ')}`);
  }
  lines.push(`B – Conférence de presse – ${spelled(d)} à ${time()} à ${city}`);
  for (let q = 0; q < between(1, 3); q += 1) {
    const journalist = person();
    truth.people.push(journalist);
    lines.push(
      `${journalist}, ${pick(MEDIA)} : Bonjour. ${sentence()} Quelle est votre position ?`,
    );
    lines.push(`${head} : ${sentence()} ${sentence()}`);
  }
  const photographer = person();
  lines.push(
    `${between(1, 9)} ${head} lors de la conférence de presse. Photo : ${photographer}, TASS`,
  );
  if (rand() < 0.4)
    lines.push(
      `${guest.name[0].toUpperCase()}${guest.name.slice(1)} deviendra membre ${pick(ORGS)} lors du sommet d’Astana en juillet.`,
    );
  for (let p = 0; p < between(2, 6); p += 1)
    lines.push(Array.from({ length: between(2, 6) }, sentence).join(' '));
  lines.push(`Source : http://example.org/news/${index}`);
  return { text: `${lines.join('\n')}\n`, truth };
}

const n = Number(count);
await mkdir(outDir, { recursive: true });
const truths = [];
let bytes = 0;
for (let i = 0; i < n; i += 1) {
  const { text, truth } = article(i);
  await writeFile(join(outDir, truth.file), text);
  bytes += Buffer.byteLength(text);
  truths.push(JSON.stringify(truth));
}
await writeFile(
  join(outDir, '..', `${outDir.split('/').filter(Boolean).at(-1)}.truth.jsonl`),
  `${truths.join('\n')}\n`,
);
process.stdout.write(`${n} documents, ${(bytes / 2 ** 20).toFixed(1)} MB in ${outDir}\n`);
