import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, only } from './helpers.js';

describe('source resolution', () => {
  it('names the entity a source span mentions and takes its kind from the entity', () => {
    const a = only(attributionsOf('The Korean Central News Agency (KCNA) reported on Friday that the test succeeded.', [ENTITIES.kcna!]));
    assert.equal(a.source?.text, 'The Korean Central News Agency (KCNA)');
    assert.equal(a.source?.name, 'Korean Central News Agency');
    assert.equal(a.source?.entity, 'e0');
    assert.equal(a.source?.type, 'state_media');
    assert.equal(a.content.text, 'the test succeeded');
  });

  it('resolves "he" the entities layer left alone to the latest person speaker or subject', () => {
    const text = 'Kim Jong Un visited the launch site on Thursday. He said the test was a success.';
    const a = only(attributionsOf(text, [ENTITIES.kim!]));
    assert.equal(a.source?.text, 'He');
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.source?.type, 'person');
  });

  it('uses the entities layer when it resolved a pronoun itself', () => {
    const text = 'Shin Seung-ki spoke on Monday. He said the launch was a test.';
    const a = only(attributionsOf(text, [{ ...ENTITIES.shin!, forms: ['Shin Seung-ki', ['He', 'pronoun']] }]));
    assert.equal(a.source?.name, 'Shin Seung-ki');
  });

  it('resolves "it" and "the agency" to an earlier organisation', () => {
    const text = 'KCNA published photos of the launch. It said the test was a success. The agency added that Kim Jong Un attended.';
    const all = attributionsOf(text, [ENTITIES.kcna!, ENTITIES.kim!]);
    assert.equal(byCue(all, 'said').source?.name, 'Korean Central News Agency');
    assert.equal(byCue(all, 'added').source?.name, 'Korean Central News Agency');
    assert.equal(byCue(all, 'added').source?.type, 'state_media');
  });

  it('resolves "the ministry" to the ministry named earlier', () => {
    const text = 'The Ministry of Unification met the envoy. The ministry said talks would resume.';
    const a = only(attributionsOf(text, [{ name: 'Ministry of Unification', type: 'organisation', sourceType: 'government', forms: ['Ministry of Unification'] }]));
    assert.equal(a.source?.text, 'The ministry');
    assert.equal(a.source?.name, 'Ministry of Unification');
    assert.equal(a.source?.type, 'government');
  });

  it('resolves a surname to the person named in full earlier', () => {
    const text = 'Kim Jong Un supervised the test. Kim said the army would soon have new weapons.';
    const a = only(attributionsOf(text, [ENTITIES.kim!]));
    assert.equal(a.source?.text, 'Kim');
    assert.equal(a.source?.name, 'Kim Jong Un');
  });

  it('stands a capital for its government', () => {
    const a = only(attributionsOf('Pyongyang said the drills were a provocation.', [ENTITIES.northKorea!]));
    assert.equal(a.source?.name, 'North Korea');
    assert.equal(a.source?.type, 'government');
  });

  it('keeps the words of unnamed sources as the name and types them from the head noun', () => {
    const cases: [string, string, string][] = [
      ['An expert said the launch was a test.', 'An expert', 'expert'],
      ['Analysts said the launch was a test.', 'Analysts', 'expert'],
      ['A senior administration official said the launch was a test.', 'A senior administration official', 'anonymous_official'],
      ['Sources familiar with the matter said the launch was a test.', 'Sources familiar with the matter', 'anonymous_official'],
      ['State media said the launch was a test.', 'State media', 'state_media'],
      ['Seoul’s spy agency said the launch was a test.', 'Seoul’s spy agency', 'intelligence'],
    ];
    for (const [text, name, type] of cases) {
      const a = only(attributionsOf(text));
      assert.equal(a.source?.name, name, text);
      assert.equal(a.source?.entity, null, text);
      assert.equal(a.source?.type, type, text);
    }
  });

  it('links an official of a body to the body and takes its kind', () => {
    const a = only(attributionsOf('An official from the Joint Chiefs of Staff said the missile flew 300 km.', [ENTITIES.jcs!]));
    assert.equal(a.source?.text, 'An official from the Joint Chiefs of Staff');
    assert.equal(a.source?.name, 'Joint Chiefs of Staff');
    assert.equal(a.source?.type, 'military');
  });

  it('keeps a source near a body ("close to", "familiar with") apart from the body: anonymous, not the body speaking', () => {
    for (const text of [
      'A source close to the Joint Chiefs of Staff said the missile flew 300 km.',
      'People familiar with the Joint Chiefs of Staff said the missile flew 300 km.',
    ]) {
      const a = only(attributionsOf(text, [ENTITIES.jcs!]));
      assert.equal(a.source?.entity, null, text);
      assert.equal(a.source?.type, 'anonymous_official', text);
      assert.equal(a.source?.name, a.source?.text, text);
    }
  });

  it('makes a named person with an expert role an expert', () => {
    const text = 'Shin Seung-ki, a researcher at a defence institute, said the launch was a test.';
    assert.equal(only(attributionsOf(text, [ENTITIES.shin!])).source?.type, 'expert');
  });
});
