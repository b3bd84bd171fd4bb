import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attributionsOf, byCue, ENTITIES, only, spanOf } from './helpers.js';

describe('"according to" and other source phrases', () => {
  it('takes the rest of the sentence after "According to X,"', () => {
    const text = 'According to an expert, the launch seems to be a weapons test.';
    const a = only(attributionsOf(text));
    assert.equal(a.cue.text, 'According to');
    assert.equal(a.source?.text, 'an expert');
    assert.equal(a.source?.name, 'an expert');
    assert.equal(a.source?.type, 'expert');
    assert.deepEqual([a.content.start, a.content.end], spanOf(text, 'the launch seems to be a weapons test'));
    assert.equal(a.hedged, true);
  });

  it('takes the sentence before a trailing ", according to X."', () => {
    const a = only(attributionsOf('The missile flew 500 km, according to the military.'));
    assert.equal(a.content.text, 'The missile flew 500 km');
    assert.equal(a.source?.text, 'the military');
    assert.equal(a.source?.type, 'military');
  });

  it('takes the clause before ", as announced by X," and leaves the clause after it', () => {
    const text = 'Kim Jong Un supervised the test of a new missile, as announced by state media, while a Russian envoy was visiting.';
    const a = only(attributionsOf(text, [ENTITIES.kim!]));
    assert.equal(a.cue.text, 'as announced by');
    assert.equal(a.source?.text, 'state media');
    assert.equal(a.source?.type, 'state_media');
    assert.equal(a.content.text, 'Kim Jong Un supervised the test of a new missile');
  });

  it('reads "as reported by" and "as per"', () => {
    const reported = only(attributionsOf('On Friday, the envoy arrived in Pyongyang, as reported by Yonhap.', [ENTITIES.yonhap!]));
    assert.equal(reported.source?.name, 'Yonhap News Agency');
    assert.equal(reported.source?.type, 'news_agency');
    assert.equal(reported.content.text, 'On Friday, the envoy arrived in Pyongyang');
    const per = only(attributionsOf('The launch happened at 9 a.m., as per the defense ministry.'));
    assert.equal(per.cue.text, 'as per');
    assert.equal(per.source?.text, 'the defense ministry');
  });

  it('keeps an attribution tail out of the content of the verb before it', () => {
    const text = 'Officials said the talks had failed, as reported by Yonhap.';
    const all = attributionsOf(text, [ENTITIES.yonhap!]);
    assert.equal(byCue(all, 'said').content.text, 'the talks had failed');
    // (session 11: the relay is the channel of the statement it relays, not a second copy of it)
    assert.equal(byCue(all, 'said').channel?.name, 'Yonhap News Agency');
    assert.ok(!all.some((a) => a.cue.text === 'as reported by'));
  });
});

describe('relayed and cited sources', () => {
  it('makes the outlet that quoted the speaker the channel ("as quoted by the agency")', () => {
    const text = 'KCNA said the test succeeded. Kim Jong Un remarked, as quoted by the agency, that the army would soon have a new weapon.';
    const a = byCue(attributionsOf(text, [ENTITIES.kcna!, ENTITIES.kim!]), 'remarked');
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.channel?.name, 'Korean Central News Agency');
    assert.equal(a.content.text, 'the army would soon have a new weapon');
  });

  it('makes the cited official the source and the reporting agency the channel', () => {
    const text = 'Yonhap reported, citing an official from the Joint Chiefs of Staff, that the missile flew 300 km.';
    const a = only(attributionsOf(text, [ENTITIES.yonhap!, ENTITIES.jcs!]));
    assert.equal(a.source?.text, 'an official from the Joint Chiefs of Staff');
    assert.equal(a.source?.name, 'Joint Chiefs of Staff');
    assert.equal(a.source?.type, 'military');
    assert.equal(a.cue.text, 'citing');
    assert.equal(a.channel?.name, 'Yonhap News Agency');
    assert.equal(a.content.text, 'the missile flew 300 km');
  });

  it('reads "…, as per X, citing Y." at the end of a sentence', () => {
    const text = 'The military was warned of a launch, which occurred at 9 a.m., as per Yonhap News Agency, citing an official from the Joint Chiefs of Staff (JCS).';
    const a = only(attributionsOf(text, [ENTITIES.yonhap!, ENTITIES.jcs!]));
    assert.equal(a.source?.text, 'an official from the Joint Chiefs of Staff (JCS)');
    assert.equal(a.source?.type, 'military');
    assert.equal(a.channel?.name, 'Yonhap News Agency');
    assert.equal(a.content.text, 'The military was warned of a launch, which occurred at 9 a.m.');
  });

  it('keeps a non-outlet as the source when it cites something', () => {
    const a = only(attributionsOf('The ministry said, citing intelligence reports, that troops had moved.'));
    assert.equal(a.source?.text, 'The ministry');
    assert.equal(a.content.text, 'troops had moved');
  });
});

describe('passives', () => {
  it('reads "X was quoted as saying"', () => {
    const a = only(attributionsOf('Kim Jong Un was quoted as saying the test was a success.', [ENTITIES.kim!]));
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.cue.text, 'quoted as saying');
    assert.equal(a.content.text, 'the test was a success');
    assert.equal(a.channel, null);
  });

  it('reads "X was cited by Y as saying" with Y the channel', () => {
    const a = only(attributionsOf('The minister was cited by Yonhap as saying that talks would resume.', [ENTITIES.yonhap!]));
    assert.equal(a.source?.text, 'The minister');
    assert.equal(a.channel?.name, 'Yonhap News Agency');
    assert.equal(a.content.text, 'talks would resume');
  });

  it('reads "Y quoted X as saying" with X the source and Y the channel', () => {
    const a = only(attributionsOf('KCNA quoted Kim Jong Un as saying: “We are ready.”', [ENTITIES.kcna!, ENTITIES.kim!]));
    assert.equal(a.source?.name, 'Kim Jong Un');
    assert.equal(a.channel?.name, 'Korean Central News Agency');
    assert.equal(a.content.text, 'We are ready.');
    assert.equal(a.kind, 'direct');
  });

  it('reads "it was announced that" with no source', () => {
    const a = only(attributionsOf('It was announced that the summit would be postponed.'));
    assert.equal(a.source, null);
    assert.equal(a.cue.text, 'It was announced');
    assert.equal(a.content.text, 'the summit would be postponed');
  });

  it('hedges "it is believed that"', () => {
    const a = only(attributionsOf('It is believed that the regime has more missiles.'));
    assert.equal(a.hedged, true);
  });
});

describe('speaker lines', () => {
  it('reads a transcript line "NAME: words"', () => {
    const a = only(attributionsOf('WALLACE: Will she be there tomorrow night?'));
    assert.equal(a.source?.text, 'WALLACE');
    assert.equal(a.cue.text, ':');
    assert.equal(a.content.text, 'Will she be there tomorrow night?');
  });

  it('does not read a headline with a colon as a speaker line', () => {
    assert.deepEqual(attributionsOf('Little Relief for Refugees: The crisis deepens.'), []);
  });
});

describe('a connective set off by commas between the speaker and the cue', () => {
  it('skips ", however," and ", for its part," and keeps the speaker before them', () => {
    for (const [text, source] of [
      ['The ministry, however, said the talks had failed.', 'The ministry'],
      ['The militia, for its part, said its fighters were still in the city.', 'The militia'],
      ['John Smith, meanwhile, said the plan would fail.', 'John Smith'],
    ] as const) {
      const a = only(attributionsOf(text));
      assert.equal(a.source?.text, source, text);
      assert.equal(a.cue.text, 'said', text);
    }
  });
});

describe('a circumstance between the listener and the content', () => {
  it('ends the listener at "after", "during", "outside": "told reporters after the talks that …"', () => {
    for (const text of [
      'Wang told reporters after the talks that China was willing to help.',
      'Wang told reporters outside the court that China was willing to help.',
    ]) assert.equal(only(attributionsOf(text)).content.text, 'China was willing to help', text);
  });
});

describe('a document named with the time it came out', () => {
  it('ends the source before the participle whose time was cut ("The report released Monday says")', () => {
    const a = only(attributionsOf('The draft resolution adopted Friday demands that all prisoners be freed.'));
    assert.equal(a.source?.name, 'The draft resolution');
    assert.equal(only(attributionsOf('The report released on Monday says the economy shrank.')).source?.name, 'The report');
  });

  it('keeps a noun in -en that ends the phrase ("The women on Monday said")', () => {
    assert.equal(only(attributionsOf('The women on Monday said the deal was unfair.')).source?.name, 'The women');
  });
});
