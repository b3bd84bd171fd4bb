// The scale benchmark's documents: real texts (the bundled examples/) repeated and varied, and
// short templated reports, as a JSON-lines stream written line by line, so 100,000 documents are
// never held in memory. Document k is a different text for every k (numbers, places, the order
// of paragraphs vary), so none is a content-hash duplicate of another.
import fs from 'node:fs';
import { once } from 'node:events';

const ACTORS = ['Russia', 'Iran', 'China', 'Israel', 'Ukraine', 'India', 'Pakistan', 'the United States', 'Turkey', 'Syria', 'Brazil', 'Nigeria', 'Mexico', 'Ethiopia'];
const TARGETS = ['Japan', 'Saudi Arabia', 'Taiwan', 'Lebanon', 'Poland', 'Iraq', 'the Philippines', 'Georgia', 'Sudan', 'Colombia', 'Kenya', 'Egypt'];
const CITIES = ['Tokyo', 'Kyiv', 'Beirut', 'Warsaw', 'Baghdad', 'Manila', 'Tbilisi', 'Riyadh', 'Geneva', 'Ankara', 'Nairobi', 'Cairo', 'Bogota', 'Lagos'];
const OUTLETS = ['Reuters', 'Associated Press', 'Agence France-Presse', 'Kyodo', 'Al Jazeera', 'BBC News', 'The Guardian'];
const SPEAKERS = ['the defence ministry', 'a military spokesman', 'the foreign ministry', 'officials', 'a senior official who asked not to be named', 'the state news agency', 'analysts', 'the prime minister', 'police'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ACTS = [
  (a: string, t: string, n: number) => `${a} fired ${n} ballistic missiles toward ${t}`,
  (a: string, t: string, n: number) => `${a} launched ${n} drone strikes on targets in ${t}`,
  (a: string, t: string) => `${a} held talks with ${t} on a ceasefire`,
  (a: string, t: string) => `${a} imposed new sanctions on ${t}`,
  (a: string, t: string) => `${a} tested a new cruise missile near the border with ${t}`,
  (a: string, t: string) => `${a} signed a trade agreement with ${t}`,
  (a: string, t: string, n: number) => `troops from ${a} clashed with forces of ${t}, killing ${n} soldiers`,
  (a: string, t: string) => `${a} accused ${t} of violating the truce`,
  (a: string, t: string, n: number) => `${a} arrested ${n} people suspected of spying for ${t}`,
  (a: string, t: string) => `${a} expelled diplomats from ${t}`,
];

const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length]!;

interface Line { id: string; text: string; title: string; outlet: string; published: string }

/** A short report of five paragraphs, each with an act, a speaker and a date. */
function templated(k: number): Omit<Line, 'id'> {
  const paragraphs: string[] = [];
  for (let p = 0; p < 5; p++) {
    const i = k * 5 + p;
    const act = pick(ACTS, i * 7 + (k >> 3))(pick(ACTORS, i + k), pick(TARGETS, i * 3 + (k >> 2)), 2 + (i % 17));
    const lead = p === 0 ? `${pick(CITIES, k).toUpperCase()} — ` : '';
    paragraphs.push(`${lead}${act[0]!.toUpperCase()}${act.slice(1)} on ${pick(DAYS, i)}, ${pick(SPEAKERS, i * 5 + 1)} said. "This is a serious threat," ${pick(SPEAKERS, i * 3 + 2)} told ${pick(OUTLETS, i + 2)} in ${pick(CITIES, i * 7 + 3)}.`);
  }
  const day = 1 + (k % 28);
  const month = 1 + (Math.floor(k / 28) % 12);
  return { text: paragraphs.join('\n\n'), title: `Report ${k}`, outlet: pick(OUTLETS, k), published: `${2020 + (Math.floor(k / 336) % 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** A bundled example with its paragraphs rotated and a dated lead of its own. */
function varied(source: { text: string; title: string | null; outlet: string | null; published: string | null }, k: number): Omit<Line, 'id'> {
  const paragraphs = source.text.split(/\n+/).filter((p) => p.trim());
  const shift = k % Math.max(1, paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  const lead = `${pick(ACTORS, k)} said on ${pick(DAYS, k)} it was following events in ${pick(CITIES, k * 3)} closely (update ${k}).`;
  return { text: [lead, ...rotated].join('\n\n'), title: `${source.title ?? 'Report'} (${k})`, outlet: source.outlet ?? pick(OUTLETS, k), published: source.published ?? '2025-03-21' };
}

type Example = { text: string; title: string | null; outlet: string | null; published: string | null };

export function loadExamples(root = 'examples'): Example[] {
  const out: Example[] = [{ text: fs.readFileSync(`${root}/seed-article.txt`, 'utf8'), title: null, outlet: null, published: '2025-03-21' }];
  for (const line of fs.readFileSync(`${root}/wikinews.jsonl`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { text: string; title?: string; outlet?: string; published?: string };
    out.push({ text: d.text, title: d.title ?? null, outlet: d.outlet ?? null, published: d.published ?? null });
  }
  return out;
}

/** Document k of the benchmark corpus: one in eight a varied example, the rest templated reports. */
export function benchDocument(k: number, examples: ReturnType<typeof loadExamples>): Line {
  const body = k % 8 === 7 ? varied(pick(examples, k >> 3), k) : templated(k);
  return { id: `bench-${k}`, ...body };
}

/** Writes documents [from, to) as JSON lines to `file`, waiting for the stream to drain. */
export async function writeCorpus(file: string, from: number, to: number): Promise<void> {
  const examples = loadExamples();
  const out = fs.createWriteStream(file);
  for (let k = from; k < to; k++) {
    if (!out.write(JSON.stringify(benchDocument(k, examples)) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
