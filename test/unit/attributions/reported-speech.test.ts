import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, only, spanOf } from './helpers.js';

describe('reported speech', () => {
  it('takes the content after "that" to the end of the sentence, without the period', () => {
    const text = 'The ministry said that the missile flew 500 km.';
    const a = only(attributionsOf(text));
    assert.equal(a.source?.text, 'The ministry');
    assert.equal(a.cue.text, 'said');
    assert.deepEqual([a.content.start, a.content.end], spanOf(text, 'the missile flew 500 km'));
    assert.equal(a.kind, 'indirect');
  });

  it('takes the content straight after the verb when there is no "that"', () => {
    const a = only(attributionsOf('Officials say the talks will resume next week.'));
    assert.equal(a.content.text, 'the talks will resume next week');
    assert.equal(a.source?.type, 'anonymous_official');
  });

  it('makes the outlet told the channel', () => {
    const text = 'Shin Seung-ki told Reuters that the launch was a weapons test.';
    const a = only(attributionsOf(text, [ENTITIES.shin!, ENTITIES.reuters!]));
    assert.equal(a.cue.text, 'told');
    assert.equal(a.channel?.name, 'Reuters');
    assert.equal(a.content.text, 'the launch was a weapons test');
  });

  it('does not make an audience that is no outlet the channel', () => {
    const a = only(attributionsOf('The general told reporters on Monday that the drills would continue.'));
    assert.equal(a.channel, null);
    assert.equal(a.content.text, 'the drills would continue');
  });

  it('makes the outlet a statement was made to the channel ("stated to AFP")', () => {
    const text = 'Ahn Chan-il, a defector and researcher, stated to AFP that the launch could be a test.';
    const a = only(attributionsOf(text, [ENTITIES.afp!]));
    assert.equal(a.source?.text, 'Ahn Chan-il');
    assert.equal(a.source?.type, 'expert');
    assert.equal(a.channel?.name, 'Agence France-Presse');
    assert.equal(a.content.text, 'the launch could be a test');
    assert.equal(a.hedged, true);
  });

  it('finds an outlet known to the knowledge base even when no entity marks it', () => {
    const a = only(attributionsOf('The minister told Reuters the plan was dead.'));
    assert.equal(a.channel?.name, 'Reuters');
    assert.equal(a.content.text, 'the plan was dead');
  });

  it('steps over "in a statement" and a time before "that"', () => {
    const a = only(attributionsOf('The ministry said in a statement on Friday that talks would resume.'));
    assert.equal(a.content.text, 'talks would resume');
  });

  it('reads many verbs of saying', () => {
    for (const verb of ['added', 'noted', 'remarked', 'warned', 'claimed', 'announced', 'reported', 'revealed', 'insisted', 'denied', 'confirmed']) {
      const a = only(attributionsOf(`The spokesman ${verb} that the talks had failed.`));
      assert.equal(a.cue.text, verb);
      assert.equal(a.content.text, 'the talks had failed');
    }
  });

  it('takes the content before the speaker in "…, X said."', () => {
    const a = only(attributionsOf('The talks have failed, the spokesman said.'));
    assert.equal(a.source?.text, 'the spokesman');
    assert.equal(a.content.text, 'The talks have failed');
  });

  it('takes the content before an inverted speaker in "…, said X."', () => {
    const a = only(attributionsOf('The talks have failed, said the spokesman.'));
    assert.equal(a.source?.text, 'the spokesman');
    assert.equal(a.content.text, 'The talks have failed');
  });

  it('takes a content around an inserted speaker as two pieces without the speaker\'s words', () => {
    const text = 'The talks, the spokesman said, have failed.';
    const a = only(attributionsOf(text));
    assert.equal(a.content.text, 'The talks');
    assert.deepEqual(a.pieces?.map((p) => p.text), ['The talks', 'have failed']);
    assert.equal(a.source?.text, 'the spokesman');
  });

  it('gives a participial cue the speaker of its clause', () => {
    const text = 'The ministry said the missile flew 500 km, adding that more tests would follow.';
    const all = attributionsOf(text);
    assert.equal(byCue(all, 'said').content.text, 'the missile flew 500 km');
    const added = byCue(all, 'adding');
    assert.equal(added.source?.text, 'The ministry');
    assert.equal(added.content.text, 'more tests would follow');
  });

  it('reads the subject through a relative clause between commas', () => {
    const text = 'Shin Seung-ki, who leads research at a state institute, told Reuters that the launch was a test.';
    const a = only(attributionsOf(text, [ENTITIES.shin!, ENTITIES.reuters!]));
    assert.equal(a.source?.text, 'Shin Seung-ki');
    assert.equal(a.source?.type, 'expert');
  });

  it('reports nothing when the speaker did not say it', () => {
    assert.deepEqual(attributionsOf('The ministry did not say whether talks would resume.'), []);
  });

  it('reports nothing for a passive verb of saying', () => {
    assert.deepEqual(attributionsOf('The military was informed of the launch in advance.'), []);
  });

  it('does not read nouns spelt like verbs as cues', () => {
    assert.deepEqual(attributionsOf('The United States and other member states around the region met.', [{ name: 'United States', type: 'country', forms: ['United States'] }]), []);
    assert.deepEqual(attributionsOf('Campaigns in battleground states around the country spent more.'), []);
  });

  it('keeps the nested statement, with the reporting outlet as its channel (session 13: the report is no second statement)', () => {
    const text = 'KCNA reported that Kim Jong Un said the test was a success.';
    const inner = only(attributionsOf(text, [ENTITIES.kcna!, ENTITIES.kim!]));
    assert.equal(inner.cue.text, 'said');
    assert.equal(inner.content.text, 'the test was a success');
    assert.equal(inner.channel?.name, 'Korean Central News Agency');
  });

  it('marks reported speech with quoted words as mixed', () => {
    const a = only(attributionsOf('The agency reported that the weapon is “highly reliable”.'));
    assert.equal(a.content.text, 'the weapon is “highly reliable”');
    assert.equal(a.kind, 'mixed');
  });
});

describe('belief and evidence cues', () => {
  it('reads "Experts suggest that …" as hedged, with experts as the source', () => {
    const a = only(attributionsOf('Experts suggest that the regime could be receiving foreign help.'));
    assert.equal(a.source?.text, 'Experts');
    assert.equal(a.source?.type, 'expert');
    assert.equal(a.cue.text, 'suggest');
    assert.equal(a.hedged, true);
    assert.deepEqual(a.hedges.map((h) => h.text), ['suggest', 'could']);
  });

  it('reads "Analysts indicate that …" and "… believe …"', () => {
    assert.equal(only(attributionsOf('Analysts indicate that over 10,000 soldiers have been deployed.')).content.text, 'over 10,000 soldiers have been deployed');
    const belief = only(attributionsOf('Analysts believe the regime will test again.'));
    assert.equal(belief.content.text, 'the regime will test again');
    assert.equal(belief.hedged, true);
  });

  it('lets a record show something', () => {
    const a = only(attributionsOf('The report shows that exports fell sharply.'));
    assert.equal(a.source?.text, 'The report');
    assert.equal(a.content.text, 'exports fell sharply');
  });

  it('does not make a thing that is no speaker a source', () => {
    assert.deepEqual(attributionsOf('The recent test confirmed the weapon is reliable.'), []);
    assert.deepEqual(attributionsOf('The latest launch could indicate a new weapon.'), []);
  });
});

describe('evaluative speech acts', () => {
  it('takes the quoted words of "X criticized Y as “…”" as a direct content', () => {
    const text = 'Pyongyang criticized the drills on Friday as “a rehearsal of an aggressive war”.';
    const a = only(attributionsOf(text, [ENTITIES.northKorea!]));
    assert.equal(a.source?.text, 'Pyongyang');
    assert.equal(a.source?.name, 'North Korea');
    assert.equal(a.source?.type, 'government');
    assert.equal(a.cue.text, 'criticized');
    assert.equal(a.content.text, 'a rehearsal of an aggressive war');
    assert.equal(a.kind, 'direct');
  });

  it('reads the speaker after "which" in a relative clause', () => {
    const text = 'The allies ended their drills, which Pyongyang condemned as “a provocation”.';
    const a = only(attributionsOf(text, [ENTITIES.northKorea!]));
    assert.equal(a.source?.name, 'North Korea');
    assert.equal(a.content.text, 'a provocation');
  });

  it('reads called, described as and branded with quoted words', () => {
    assert.equal(only(attributionsOf('The senator called the plan “reckless”.')).content.text, 'reckless');
    assert.equal(only(attributionsOf('The minister described the talks as “productive”.')).content.text, 'productive');
    assert.equal(only(attributionsOf('The envoy branded the test “a grave threat”.')).content.text, 'a grave threat');
  });

  it('does not read "called" without quoted words as an attribution', () => {
    assert.deepEqual(attributionsOf('The senator called the police.'), []);
  });
});
