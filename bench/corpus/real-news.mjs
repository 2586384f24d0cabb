#!/usr/bin/env node
// A bench corpus made from real news (issue 15): the bundled sources and ../shared/corpus, each
// copied many times with its people, cities and dates shuffled, so the corpus costs per megabyte
// what real news costs. The annotated mentions say what a name is; the texts themselves stay in
// ../shared and the corpus is written outside the repository (third-party material).
//
//   node bench/corpus/real-news.mjs OUT_DIR N [SEED]

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { seededRandom } from '../random.mjs';

const FOLDERS = [
  { docs: 'sources', gold: 'tests/fixtures/gold' },
  { docs: '../shared/corpus/docs', gold: '../shared/corpus/gold' },
];

/** A proper name as annotated: every word capitalised ("Alexandre Loukachenko", "Minsk"). */
const PROPER_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}$/u;
const MONTHS =
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|January|February|March|April|May|June|July|August|September|October|November|December';
const DAY_MONTH = new RegExp(`\\b([12]?\\d|3[01])(er)? (${MONTHS})\\b`, 'gu');
const YEAR = /\b(20[012]\d)\b/gu;

function readSources() {
  const sources = [];
  for (const { docs, gold } of FOLDERS) {
    if (!existsSync(docs)) continue;
    for (const file of readdirSync(docs).sort()) {
      const goldFile = join(gold, file.replace(/\.\w+$/u, '.json'));
      if (!existsSync(goldFile)) continue;
      const entities = JSON.parse(readFileSync(goldFile, 'utf8')).entities;
      sources.push({ file, text: readFileSync(join(docs, file), 'utf8'), entities });
    }
  }
  if (sources.length === 0) throw new Error('real-news: no annotated documents found');
  return sources;
}

/** Names by kind over every document: the pools a document's names are drawn from. */
function namePools(sources) {
  const pools = { person: new Set(), city: new Set() };
  for (const { entities } of sources)
    for (const entity of entities) {
      const kind =
        entity.type === 'Person' ? 'person' : entity.subtype === 'city' ? 'city' : undefined;
      if (kind)
        for (const mention of entity.mentions)
          if (PROPER_NAME.test(mention) && mention.length > 3) pools[kind].add(mention);
    }
  return { person: [...pools.person], city: [...pools.city] };
}

/** One document's replacements: each full name and its surname get another full name's. */
function replacementsFor({ entities }, pools, pick) {
  const map = new Map();
  for (const entity of entities) {
    const kind =
      entity.type === 'Person' ? 'person' : entity.subtype === 'city' ? 'city' : undefined;
    if (!kind) continue;
    const names = entity.mentions.filter((m) => PROPER_NAME.test(m) && m.length > 3);
    const full = names.find((m) => m.includes(' ')) ?? names[0];
    if (!full) continue;
    const other = pick(pools[kind]);
    for (const name of names)
      map.set(name, name === full || !name.includes(' ') ? other : other.split(' ').at(-1));
    if (kind === 'person') map.set(full.split(' ').at(-1), other.split(' ').at(-1));
  }
  return map;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function shuffled(source, pools, rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const map = replacementsFor(source, pools, pick);
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  let text = source.text;
  if (keys.length > 0) {
    const names = new RegExp(`(?<![\\p{L}])(?:${keys.map(escape).join('|')})(?![\\p{L}])`, 'gu');
    text = text.replace(names, (name) => map.get(name) ?? name);
  }
  const yearShift = Math.floor(rand() * 8) - 5;
  text = text.replace(YEAR, (year) => String(Number(year) + yearShift));
  return text.replace(DAY_MONTH, (_, _day, _er, month) => {
    const day = 1 + Math.floor(rand() * 28);
    return `${day}${day === 1 && /^\p{Ll}/u.test(month) ? 'er' : ''} ${month}`;
  });
}

const [outDir, countArg = '1000', seedArg = '11'] = process.argv.slice(2);
if (!outDir) throw new Error('usage: real-news.mjs OUT_DIR N [SEED]');
const rand = seededRandom(Number(seedArg));
const sources = readSources();
const pools = namePools(sources);
await mkdir(outDir, { recursive: true });
let bytes = 0;
for (let i = 0; i < Number(countArg); i++) {
  const source = sources[i % sources.length];
  const text = shuffled(source, pools, rand);
  bytes += Buffer.byteLength(text);
  const name = `${String(i).padStart(6, '0')}-${basename(source.file).replace(/\.\w+$/u, '')}.txt`;
  await writeFile(join(outDir, name), text);
}
process.stdout.write(
  `real-news: ${countArg} documents from ${sources.length} annotated texts, ${(bytes / 1e6).toFixed(1)} MB in ${outDir}\n`,
);
