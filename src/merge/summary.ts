// What merging keeps of one document: its MinHash signature, its raw feature counts, its news
// day and era, its id and publication date. A summary is a few kilobytes, so a large corpus can
// be streamed through `summarize` without keeping its annotated documents alive.
import type { AnnotatedDocument } from '../model/types.js';
import { shinglesOfWords, signature } from './minhash.js';
import { leadAct, leadKind, newsDay, textEra, type LeadAct, type ProfileOptions } from './profile.js';
import { Vocabulary } from './vocabulary.js';
import { WORD, wordTokens } from './words.js';

export interface DocumentSummary {
  id: string;
  published: string | null;
  day: number | null;
  era: number | null;
  lead: LeadAct | null;
  /** The kind of the first typed event the document tells (news tells its event first), or null. */
  leadKind: string | null;
  /** Distinct features of the headline and lead (their content words and the entities named there); null unless the lead test is on. */
  opening: Int32Array | null;
  signature: Uint32Array;
  /** Distinct feature ids and their weighted counts (title and lead words count double). */
  features: Int32Array;
  counts: Float64Array;
}

/** Summaries of many documents sharing one vocabulary (feature ids are only comparable within it). */
export class Summarizer {
  readonly vocabulary = new Vocabulary();
  private counts = new Float64Array(1024);
  private words = new Int32Array(1024);

  constructor(private readonly options: ProfileOptions = {}) {}

  summarize(doc: AnnotatedDocument): DocumentSummary {
    const { text, title } = doc.document;
    const leadChars = this.options.leadChars ?? 250;
    const v = this.vocabulary;
    const touched: number[] = [];
    const add = (feature: number, n: number) => {
      if (feature < 0) return;
      if (feature >= this.counts.length) {
        const bigger = new Float64Array(Math.max(feature + 1, this.counts.length * 2));
        bigger.set(this.counts);
        this.counts = bigger;
      }
      if (this.counts[feature] === 0) touched.push(feature);
      this.counts[feature]! += n;
    };
    // Only the clusterer's lead test reads openings and lead kinds: not summarized when it is off.
    const leadTest = (this.options.eventThreshold ?? 0) > 0;
    const opening = new Set<number>();
    const addWords = (tokens: readonly string[], n: number, lead = false) => {
      for (const w of tokens) {
        const f = v.contentOf(v.word(w));
        add(f, n);
        if (lead && leadTest && f >= 0) opening.add(f);
      }
    };

    if (title && !text.startsWith(title)) addWords(wordTokens(title), 2, true);
    // Every word of the text, once; the lead is tokenized on its own (a word cut at the lead's
    // end counts as its two halves, as it always has).
    const lower = text.toLowerCase();
    const exact = lower.length === text.length && !text.includes('Σ');
    const lead = exact ? lower.slice(0, leadChars) : text.slice(0, leadChars).toLowerCase();
    addWords(lead.match(WORD) ?? [], 2, true);
    let count = 0;
    let straddles = false;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
      const id = v.word(m[0]);
      if (count === this.words.length) {
        const bigger = new Int32Array(count * 2);
        bigger.set(this.words);
        this.words = bigger;
      }
      this.words[count++] = id;
      if (m.index >= leadChars) {
        if (exact && !straddles) add(v.contentOf(id), 1);
      } else if (m.index + m[0].length > leadChars) straddles = true;
    }
    // A word running across the lead's end, or a text whose lower case moves offsets: the rest is tokenized apart.
    if (straddles || !exact) addWords(wordTokens(text.slice(leadChars)), 1);

    for (const e of doc.layers.entities) {
      if (e.mentions.length === 0) continue;
      const feature = v.feature(`E:${e.id}`);
      add(feature, Math.min(4, e.mentions.length) * (this.options.entityWeight ?? 3));
      if (leadTest && e.mentions.some((m) => m.start < leadChars)) opening.add(feature);
    }
    for (const t of doc.layers.times) {
      if (!t.value || t.type !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
      if (t.inferred.includes('year')) continue; // a year taken from the publication date says nothing new
      add(v.feature(`Y:${t.value.slice(0, 4)}`), 1.5);
      if (/^\d{4}-\d{2}/.test(t.value)) add(v.feature(`M:${t.value.slice(0, 7)}`), 1.5);
    }
    for (const e of doc.layers.events) if (e.category !== 'other') add(v.feature(`C:${e.category}`), 0.5);

    const features = Int32Array.from(touched);
    const counts = new Float64Array(touched.length);
    touched.forEach((f, k) => {
      counts[k] = this.counts[f]!;
      this.counts[f] = 0;
    });
    const hashes = new Uint32Array(count);
    for (let k = 0; k < count; k++) hashes[k] = v.hashOf(this.words[k]!);
    return {
      id: doc.document.id,
      published: doc.document.published?.value ?? null,
      day: newsDay(doc),
      era: textEra(doc),
      lead: leadAct(doc),
      leadKind: leadTest ? leadKind(doc) : null,
      opening: leadTest ? Int32Array.from(opening).sort() : null,
      signature: signature(shinglesOfWords(hashes)),
      features,
      counts,
    };
  }
}
