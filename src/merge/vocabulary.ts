// Words and features interned to small integers, so that each document is tokenized once and
// its shingles and profile are built from the same word ids. A word's hash and its content
// feature (stemmed, or none for stop words) are worked out the first time the word is seen.
import { fnv1a } from './hash.js';
import { contentFeature } from './words.js';

export class Vocabulary {
  private readonly wordIds = new Map<string, number>();
  private readonly featureIds = new Map<string, number>();
  /** Feature names by id (the tie-break when two features weigh the same). */
  readonly featureNames: string[] = [];
  private hashes = new Uint32Array(1024);
  private contents = new Int32Array(1024);

  get featureCount(): number {
    return this.featureNames.length;
  }

  feature(name: string): number {
    let id = this.featureIds.get(name);
    if (id === undefined) {
      id = this.featureNames.length;
      this.featureIds.set(name, id);
      this.featureNames.push(name);
    }
    return id;
  }

  word(w: string): number {
    let id = this.wordIds.get(w);
    if (id !== undefined) return id;
    id = this.wordIds.size;
    this.wordIds.set(w, id);
    if (id >= this.hashes.length) {
      this.hashes = grow(this.hashes, new Uint32Array(this.hashes.length * 2));
      this.contents = grow(this.contents, new Int32Array(this.contents.length * 2));
    }
    this.hashes[id] = fnv1a(w);
    const content = contentFeature(w);
    this.contents[id] = content === null ? -1 : this.feature(content);
    return id;
  }

  hashOf(word: number): number {
    return this.hashes[word]!;
  }

  /** The content feature of a word id, or -1 for a stop word. */
  contentOf(word: number): number {
    return this.contents[word]!;
  }
}

function grow<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
