// Seeded bad-input generator for the extract fuzzer: well-formed seeds of every input format
// (text, HTML, RSS, Atom, JSON Feed, JSON lines), then mutations that break them in the ways
// real inputs break: truncation (also inside a multibyte character), NULs, odd Unicode, very long
// lines, deep nesting, byte flips, wrong BOMs. The seed texts are written here, not taken from data.

export { seededRandom as rng } from '../../bench/seeded-random.js';
import { seededRandom as rng } from '../../bench/seeded-random.js';

export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
  /** How it was made, for the report. */
  recipe: string;
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Random, max: number) => Math.floor(r() * max);

const SENTENCES = [
  'The council said on Tuesday that the bridge would reopen next month.',
  'Police arrested two men in Lyon after a protest turned violent, officials said.',
  '"We will not accept this," the minister told reporters in Nairobi.',
  'According to a spokeswoman, the company cut 300 jobs last year.',
  'Rebels attacked a convoy near the border on 12 March 2024, the army said.',
  'The central bank raised rates by 0.5 percentage points, its governor announced.',
  'Witnesses reported explosions late on Friday night.',
  'The president met his counterpart in Brasília and signed a trade deal.',
];

const ODD = [
  '\u0000', '\u200B', '\u200D', '\u200E', '\u200F', '\u202E', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\uFFFF', '\u00AD',
  'e\u0301\u0301\u0301', '👩🏽‍🚒', '🇫🇷', '\uD800', '\uDFFF', 'İ', 'ß', 'ﬃ', '\r', '\r\n', '\t', '\u000B', '\u0085', '\u3000', '\u0308'.repeat(50),
];

function text(r: Random): string {
  const paragraphs: string[] = [];
  for (let p = 0, n = 1 + int(r, 5); p < n; p++) {
    const sentences: string[] = [];
    for (let s = 0, m = 1 + int(r, 4); s < m; s++) sentences.push(pick(r, SENTENCES));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const SEEDS: Record<string, (r: Random) => { name: string; body: string }> = {
  text: (r) => ({ name: 'report.txt', body: `NAIROBI, Kenya (AP) — ${text(r)}` }),
  html: (r) => ({
    name: 'page.html',
    body: `<!doctype html><html><head><meta charset="utf-8"><title>Report</title><meta property="article:published_time" content="2024-03-12T10:00:00Z"></head><body><nav>Home | World</nav><article><h1>Bridge to reopen</h1>${text(r).split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('')}</article><script>var x = "<p>not text</p>";</script></body></html>`,
  }),
  rss: (r) => ({
    name: 'feed.rss',
    body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>${[0, 1, 2].map((i) => `<item><title>Item ${i}</title><link>https://example.org/${i}</link><pubDate>Tue, 12 Mar 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>${text(r)}</p>]]></description></item>`).join('')}</channel></rss>`,
  }),
  atom: (r) => ({
    name: 'feed.atom',
    body: `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>One</title><updated>2024-03-12T10:00:00Z</updated><content type="html">${escapeXml(`<p>${text(r)}</p>`)}</content></entry></feed>`,
  }),
  jsonfeed: (r) => ({
    name: 'feed.json',
    body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items: [{ id: '1', content_text: text(r), date_published: '2024-03-12T10:00:00Z' }] }),
  }),
  jsonl: (r) => ({
    name: 'docs.jsonl',
    body: [0, 1, 2].map((i) => JSON.stringify(i === 1 ? { id: `d${i}`, html: `<p>${text(r)}</p>`, published: '2024-03-12' } : { id: `d${i}`, text: text(r), published: '2024-03-12' })).join('\n'),
  }),
};

const enc = new TextEncoder();

/** Sizes of long lines and nesting are multiplied by `scale` (1 in the script, small in the test suite). */
const MUTATIONS: Record<string, (r: Random, s: string, scale: number) => string | Uint8Array> = {
  none: (_r, s) => s,
  truncate: (r, s) => enc.encode(s).subarray(0, int(r, enc.encode(s).length + 1)),
  oddUnicode: (r, s) => {
    let out = s;
    for (let i = 0, n = 1 + int(r, 20); i < n; i++) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, ODD) + out.slice(at);
    }
    return out;
  },
  nuls: (r, s) => {
    const b = enc.encode(s);
    for (let i = 0, n = 1 + int(r, 3); i < n; i++) b[int(r, b.length)] = 0;
    return b;
  },
  longLine: (r, s, scale) => {
    const at = int(r, s.length + 1);
    const unit = pick(r, ['a', 'word ', 'Police said ', 'é', '😀', ' ', '.', '"', '<b>', '&amp;']);
    return s.slice(0, at) + unit.repeat(Math.ceil((20_000 + int(r, 60_000)) * scale)) + s.slice(at);
  },
  deepNesting: (r, s, scale) => {
    const depth = Math.ceil((1000 + int(r, 20_000)) * scale);
    const [open, close] = pick(r, [['<div>', '</div>'], ['<b><i>', ''], ['[', ']'], ['{"a":', '}'], ['<![CDATA[', ']]>'], ['((', '))']]);
    const at = int(r, s.length + 1);
    return s.slice(0, at) + open!.repeat(depth) + 'Officials said troops arrived.' + (r() < 0.5 ? close!.repeat(depth) : '') + s.slice(at);
  },
  byteFlips: (r, s) => {
    const b = enc.encode(s);
    for (let i = 0, n = 1 + int(r, 30); i < n; i++) b[int(r, b.length)] = int(r, 256);
    return b;
  },
  splice: (r, s) => {
    const a = int(r, s.length + 1);
    const b = int(r, s.length + 1);
    return s.slice(0, Math.min(a, b)) + s.slice(Math.max(a, b)) + s.slice(Math.min(a, b), Math.max(a, b)).repeat(1 + int(r, 4));
  },
  entities: (r, s) => s.replace(/ /g, () => (r() < 0.1 ? pick(r, ['&#0;', '&#xD800;', '&#1114112;', '&nbsp;', '&bogus;', '&#x202E;', '&amp', '&#9999999999;']) : ' ')),
  bom: (r, s) => {
    const boms = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00]];
    const bytes = enc.encode(s);
    const out = new Uint8Array(pick(r, boms).concat(Array.from(bytes.subarray(0, int(r, bytes.length + 1)))));
    return out;
  },
  randomBytes: (r) => Uint8Array.from({ length: int(r, 4096) }, () => int(r, 256)),
  whitespace: (r) => pick(r, ['', ' ', '\n\n\n', '\uFEFF', '\u00A0\u2003\u3000', '<p></p>', '[]', '{}', '\n{}\n', '<rss></rss>']),
  crlf: (_r, s) => s.replace(/\n/g, '\r\n').replace(/\. /g, '.\r'),
};

export const SEED_KINDS = Object.keys(SEEDS);
export const MUTATION_KINDS = Object.keys(MUTATIONS);

/** The i-th input for a seed: the same (seed, i) always gives the same bytes. */
export function generate(seed: number, index: number, scale = 1): FuzzInput {
  const r = rng((seed * 1_000_003 + index) >>> 0);
  const kind = pick(r, SEED_KINDS);
  const mutation = pick(r, MUTATION_KINDS);
  const base = SEEDS[kind]!(r);
  // Sometimes the wrong extension, so format detection sees content it does not expect.
  const name = r() < 0.15 ? pick(r, ['x.txt', 'x.html', 'x.xml', 'x.jsonl', 'x.json', 'x']) : base.name;
  const out = MUTATIONS[mutation]!(r, base.body, scale);
  const bytes = typeof out === 'string' ? enc.encode(out) : out;
  return { name, bytes, recipe: `${kind}/${mutation}${name === base.name ? '' : ` as ${name}`}` };
}
