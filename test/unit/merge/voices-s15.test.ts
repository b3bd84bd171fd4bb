// Independent voices, read on real multi-outlet coverage (session 15): one speaker named differently across reports
// is one voice, and a clause or an authorless text misread as a speaker is none (invented names).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { corroboration } from '../../../src/merge/corroboration.js';
import type { AnnotatedDocument, Entity } from '../../../src/model/types.js';
import { makeAnnotated } from '../../builders.js';

/** A report whose one statement carries its event, said by `name` (resolved to `entity` when given). */
function saidBy(id: string, name: string, entity?: Partial<Entity> & Pick<Entity, 'id' | 'type'>): AnnotatedDocument {
  const doc = makeAnnotated(id);
  const a = doc.layers.attributions[0]!;
  a.source = { ...a.source!, name, type: entity?.type === 'person' ? 'person' : entity ? 'organisation' : 'unknown', entity: entity?.id ?? null };
  if (entity) doc.layers.entities.push({ name, aliases: [], country: null, mentions: [], ...entity } as Entity);
  return doc;
}
const voices = (...docs: AnnotatedDocument[]) => corroboration(docs, new Map()).voices.map((v) => v.voice);

describe('independent voices across the reports of a story', () => {
  it('counts a country that speaks and its state media as one voice', () => {
    const a = saidBy('a', 'Freedonia', { id: 'country:FD', type: 'country', country: 'FD' });
    const b = saidBy('b', 'Freedonia News Agency', { id: 'org:fna', type: 'organisation', country: 'FD' });
    b.layers.attributions[0]!.source!.type = 'state_media';
    assert.deepEqual(voices(a, b), ['state:FD']);
  });

  it('counts one person named with a title, in full and by surname as one voice', () => {
    const a = saidBy('a', 'Inspector Maria Kowalczyk', { id: 'person:inspector-maria-kowalczyk', type: 'person' });
    const b = saidBy('b', 'Maria Kowalczyk', { id: 'person:maria-kowalczyk', type: 'person' });
    const c = saidBy('c', 'Kowalczyk', { id: 'person:kowalczyk', type: 'person' });
    assert.equal(voices(a, b, c).length, 1);
  });

  it('counts one name resolved to different kinds, or with and without its article, as one voice', () => {
    const a = saidBy('a', 'Oceanlink', { id: 'org:oceanlink', type: 'organisation' });
    const b = saidBy('b', 'Oceanlink', { id: 'person:oceanlink', type: 'person' });
    assert.equal(voices(a, b).length, 1);
    assert.equal(voices(saidBy('c', 'the coastguard'), saidBy('d', 'Coastguard')).length, 1);
  });

  it('keeps apart a surname that two different people bear', () => {
    const a = saidBy('a', 'Tomas Brandt', { id: 'person:tomas-brandt', type: 'person' });
    const b = saidBy('b', 'Elke Brandt', { id: 'person:elke-brandt', type: 'person' });
    const c = saidBy('c', 'Brandt', { id: 'person:brandt', type: 'person' });
    assert.equal(voices(a, b, c).length, 3);
  });

  it('does not look for a common noun in longer names ("officials" may be anyone\'s)', () => {
    const a = saidBy('a', 'officials');
    const b = saidBy('b', 'Harbour Authority officials');
    assert.equal(voices(a, b).length, 2);
  });

  it('counts no clause and no text without its author as a voice', () => {
    for (const name of ['on hearing of the verdict', 'including those in the capital', 'saying the plant had closed', 'The statement', 'autopsy results', 'a March resolution']) {
      assert.deepEqual(voices(saidBy('a', name)), [], name);
    }
    assert.deepEqual(voices(saidBy('a', 'a statement from Northwind Dairies')), ['name:a statement from northwind dairies']);
  });
});
