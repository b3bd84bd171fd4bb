#!/usr/bin/env node
// Unseen PLOVER check from PETRARCH's unit-test records (openeventdata/petrarch2, MIT):
// PETR.UnitTest.records.xml holds ~285 stylised English sentences with event codings whose actors
// are fictional countries (Arnor, Gondor, …; PETR.Validate.actors.txt beside it). This converts them
// to the gold and input format of /work/shared/tools/eval. Only the <Text> is used (never the
// <Parse>); one gold event per PLOVER type in a sentence; repeated record ids get a "#n" suffix.
// Which type a coding gets:
// - The validation verb dictionary says most of its codes are WEIS, not CAMEO, so the CAMEO table
//   read literally gives wrong types (041 is "praise" there — congratulate, hail, welcome — but CAMEO
//   "discuss by telephone"; 064 is "grant recognition, restore ties", CAMEO "share intelligence";
//   122 "denounce", CAMEO "reject aid"). By default each code gets the PLOVER type of what it means
//   in that dictionary (CODE_TYPE below: the CAMEO code of the same meaning, through
//   CAMEO2PLOVER-2021.txt, or PLOVER's own definitions where CAMEO has none, e.g. a postponed
//   meeting is SANCTION). `--raw-cameo` applies CAMEO2PLOVER-2021.txt literally (longest prefix, as
//   bench/petr2-gsr-convert.mjs does); its score says little (5.6% at first reading).
// - No type: 01x/02x comments, negated acts (905-907), and codes PETRARCH's tests use for a pattern
//   or synonym-set feature on wording that reports no such act (NO_TYPE). The 9xx test codes carry
//   no meaning of their own, so those records are typed one by one (RECORD_TYPE).
// - RECORD_TYPE also sets aside (null) records whose coding is a pattern test on wording that does
//   not report the coded act ("renewing his gardener's license" coded as a meeting, "acting
//   strangely" coded as a demand); their ids only, no text, are listed.
// - Tense, as PLOVER and this project read it: a cooperative act the sentence puts after "will"
//   ("will contribute", "will meet") is AGREE (PLOVER: "all cooperative actions reported in future
//   tense are also taken to imply intentions"), and ties to be cut or abandoned are THREATEN
//   ("threaten to reduce or formally sever ties"); PETRARCH codes the act itself. "Is about to
//   restore ties" stays SUPPORT as coded (imminent; our rules read it so too).
// - A record is kept when at least one coding has a type. Records marked noevents="True" are left
//   out (PETRARCH codes nothing there because an actor or pattern is missing from its small test
//   dictionaries, not because nothing happened), and so are records whose coding is an error
//   (dateline, bad_input_parse, sentencediscard, storydiscard: tests of input handling).
// - Gold actors/targets are the names the actor dictionary lists for the code's first three letters.
// The shared data is read at run time only and the output goes where you point it (never the repo):
//   node bench/petr-unittest-convert.mjs [--raw-cameo] --input-out /tmp/petru.in.jsonl > /tmp/petru.gold.jsonl
import { readFileSync, writeFileSync } from 'node:fs';
import { EVENTS_DATA, ploverOf } from './cameo-plover.mjs';

const DATA = EVENTS_DATA;
const xml = readFileSync(`${DATA}/petrarch2/PETR.UnitTest.records.xml`, 'utf8');

// actor dictionary: "ARNOR_  [ARN]" and "+ALIAS" lines after it; names keyed by the 3-letter code
const namesByCode = new Map();
let lastCode = null;
for (const line of readFileSync(`${DATA}/petrarch2/PETR.Validate.actors.txt`, 'utf8').split('\n')) {
  const entry = /^([A-Z][A-Z0-9_ .'-]*?)\s*\[([A-Za-z]{3})[A-Za-z]*\]/.exec(line);
  const alias = /^\+([A-Z][A-Z0-9_ .'-]*)/.exec(line);
  const name = (s) => s.replace(/_/g, ' ').trim().toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  if (entry) { lastCode = entry[2].toUpperCase(); namesByCode.set(lastCode, [...(namesByCode.get(lastCode) ?? []), name(entry[1])]); }
  else if (alias && lastCode) namesByCode.get(lastCode).push(name(alias[1]));
  else if (!line.trim()) lastCode = null;
}
const actorNames = (code) => (code ? namesByCode.get(code.slice(0, 3).toUpperCase()) ?? [] : []);

const args = process.argv.slice(2);
const inputOut = args[args.indexOf('--input-out') + 1];
if (!args.includes('--input-out') || !inputOut) throw new Error('usage: petr-unittest-convert.mjs [--raw-cameo] --input-out INPUT.jsonl > GOLD.jsonl');
const RAW = args.includes('--raw-cameo');
// What each code means in PETR.Validate.verbs.txt, as a PLOVER type (the verbs that carry it in brackets).
const CODE_TYPE = {
  '030': 'AGREE', // agree that … should be resolved (CAMEO 030 intent to cooperate)
  '031': 'CONSULT', '032': 'CONSULT', '033': 'CONSULT', // meet, talks; visit, depart for; receive
  '041': 'SUPPORT', '042': 'SUPPORT', // praise: congratulate, hail, welcome; endorse: back, reaffirm
  '050': 'AGREE', // promise (CAMEO 03 intent)
  '064': 'SUPPORT', // restore, renew ties, recognise (CAMEO 054; PLOVER SUPPORT "resume … diplomatic")
  '066': 'RETREAT', // free, release (CAMEO 0841)
  '070': 'AID', '071': 'AID', // contribute, lend, finance
  '081': 'SUPPORT', '085': 'SUPPORT', // sign an accord, a trade protocol (CAMEO 057 sign formal agreement)
  '095': 'REQUEST', '096': 'REQUEST', '102': 'REQUEST', // appeal, call for, urge
  '112': 'REJECT', // oppose, refuse
  '121': 'ACCUSE', '122': 'ACCUSE', '123': 'ACCUSE', '131': 'ACCUSE', '132': 'ACCUSE', // criticize, condemn, deplore, chide
  '161': 'SANCTION', '1717': 'SANCTION', '345': 'SANCTION', '901': 'SANCTION', '902': 'SANCTION', // break (down), abandon ties
  '1721': 'COERCE', // cordon off roads (CAMEO 172 restrictions)
  '173': 'THREATEN', // vow war, promise raids
  '174': 'COERCE', // extradite (CAMEO 174)
  '191': 'SANCTION', // postpone, cancel a meeting (PLOVER SANCTION "cancellation of meetings")
  '194': 'ASSAULT', // fire artillery
  '212': 'COERCE', // arrest, detain
  '223': 'ASSAULT', '224': 'ASSAULT', // attack, offensive, death toll; shot dead
  '911': 'SUPPORT', '912': 'SUPPORT', '913': 'SUPPORT', '914': 'SUPPORT', '915': 'SUPPORT', // welcomed memos, assurances
};
// Codes with no PLOVER type here: comments; test codes for hosting or celebrating a feast, 'allowed
// that', 'adopt a revolution'; 'warned of' someone without a threat; 'noted … regretted'; negated acts.
const NO_TYPE = new Set(['023', '024', '025', '027', '036', '043', '044', '045', '046', '075', '080', '082', '083', '100', '1010',
  '1011', '103', '111', '115', '160', '162', '181', '192', '201', '222', '802', '905', '906', '907',
  '174K', '174L']); // 174K/174L: test codes for 'bargain for asylum'
// Records typed one by one: the 903/904 test codes (money contributed, relations abandoned, a negated
// clash), and pattern tests whose coding the wording does not report (null).
const RECORD_TYPE = {
  'SYNSET-07b': 'AID', 'SYNSET-08a': 'AID', 'SYNSET-08b': 'AID', 'SYNSET-09': 'AID', 'SYNSET-10': 'AID', 'SYNSET-19a': 'AID',
  'SYNSET-20a': 'AID', 'SYNSET-20b': 'AID', 'SYNSET-22a': 'SANCTION', 'SYNSET-22c': 'SANCTION', 'SYNSET-22d': 'SANCTION',
  'SYNSET-13': null, 'SYNSET-14': null, 'SYNSET-17': null, 'SYNSET-18': null, 'COMPOUND-42': 'AGREE',
  'DATE-01': null, 'DATE-06': null, 'DATE-11': null, 'VERB-17': null, 'VERB-18': null, 'VERB-19': null, 'DEMO-27': null,
  'DEMO-30': null, 'DEMO-31': null, 'DEMO-32': null, 'COMPOUND-23': null, 'COMPOUND-32': null, 'VERB-11': null, 'VERB-12': null,
  'VERB-13': null, 'SYNSET-21a': null, 'SYNSET-21b': null, 'PATTERN-01': null, 'PATTERN-02': null, 'PATTERN-05': null,
  'PATTERN-11': null, 'PATTERN-21': null, 'DATE-02': null,
};
const COOPERATIVE = new Set(['SUPPORT', 'CONSULT', 'AID', 'COOPERATE']);
const withTense = (type, text) => (RAW || !type || !/\bwill\b/i.test(text) ? type
  : COOPERATIVE.has(type) ? 'AGREE' : type === 'SANCTION' ? 'THREATEN' : type);
const typeOf = (id, code) => {
  if (RAW) return ploverOf(code);
  if (id in RECORD_TYPE) return RECORD_TYPE[id];
  if (NO_TYPE.has(code)) return null;
  if (!(code in CODE_TYPE)) throw new Error(`petr-unittest: code ${code} (${id}) has no entry`);
  return CODE_TYPE[code];
};
const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const gold = [];
const inputs = [];
const counts = {};
const idCount = new Map();
const dropped = { noevents: 0, error: 0, untyped: 0 };
for (const block of xml.split(/<Sentence\s/).slice(1)) {
  const baseId = /id\s*=\s*"([^"]+)"/.exec(block)?.[1];
  const seen = (idCount.get(baseId) ?? 0) + 1;
  idCount.set(baseId, seen);
  const id = seen === 1 ? baseId : `${baseId}#${seen}`;
  const text = /<Text>([\s\S]*?)<\/Text>/.exec(block)?.[1];
  if (!id || text === undefined || text.trim() === '') continue;
  if (/<EventCoding\s+noevents\s*=\s*"True"/i.test(block)) { dropped.noevents++; continue; }
  if (/<EventCoding\s+error\s*=/.test(block)) { dropped.error++; continue; }
  const byType = new Map();
  for (const m of block.matchAll(/<EventCoding\s+([^>]*)>/g)) {
    const attr = (k) => new RegExp(`${k}\\s*=\\s*"([^"]*)"`).exec(m[1])?.[1];
    const code = attr('eventcode');
    const plover = code ? withTense(typeOf(baseId, code), text) : null;
    if (!plover) continue;
    const ev = byType.get(plover) ?? { plover, plover_original: plover, cameo: [], type: null, mode: null, context: null, actors: [], targets: [], evidence: '', place: null };
    ev.cameo.push(code);
    for (const n of actorNames(attr('sourcecode'))) if (!ev.actors.includes(n)) ev.actors.push(n);
    for (const n of actorNames(attr('targetcode'))) if (!ev.targets.includes(n)) ev.targets.push(n);
    byType.set(plover, ev);
  }
  if (byType.size === 0) { dropped.untyped++; continue; }
  const clean = decode(text).replace(/\s+/g, ' ').trim();
  for (const t of byType.keys()) counts[t] = (counts[t] ?? 0) + 1;
  gold.push({ id, published: '2000-01-01', dataset: 'petr-unittest', split: 'heldout', text: clean, events: [...byType.values()] });
  inputs.push({ id, text: clean, published: '2000-01-01' });
}
writeFileSync(inputOut, inputs.map((d) => JSON.stringify(d)).join('\n') + '\n');
process.stdout.write(gold.map((d) => JSON.stringify(d)).join('\n') + '\n');
process.stderr.write(`petr-unittest${RAW ? ' (raw CAMEO table)' : ''}: ${gold.length} sentences (left out: ${JSON.stringify(dropped)}); types ${JSON.stringify(counts)}\n`);
