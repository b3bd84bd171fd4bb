// Kinds of attribution added for PARC-style recall: intentions and requests with an infinitive,
// quotations signed with a dash, speakers with a role apposition or a circumstance after the verb.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributionStage } from '../../../src/annotate/attributions/stage.js';
import { makeDocument } from '../../builders.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import type { Layers } from '../../../src/model/types.js';
import { attributionsOf, KNOWLEDGE } from './helpers.js';

const brief = (text: string) => attributionsOf(text).map((a) => [a.source?.text ?? null, a.cue.text, a.content.text]);

describe('intentions and requests', () => {
  it('reads a plan or wish with its infinitive as what the subject wants', () => {
    assert.deepEqual(brief('The governor wants to cut the sales tax before the election.'), [['The governor', 'wants', 'to cut the sales tax before the election']]);
    assert.deepEqual(brief('The union plans to strike next week.'), [['The union', 'plans', 'to strike next week']]);
  });

  it('reads a vow, a refusal and a hope', () => {
    assert.deepEqual(brief('Mayor Lee vowed to rebuild the bridge.'), [['Mayor Lee', 'vowed', 'to rebuild the bridge']]);
    const hoped = attributionsOf('The coach hopes to win the cup.');
    assert.equal(hoped[0]!.content.text, 'to win the cup');
    assert.equal(hoped[0]!.hedged, true);
  });

  it('starts a request at its addressee', () => {
    assert.deepEqual(brief('The senator urged colleagues to pass the budget.'), [['The senator', 'urged', 'colleagues to pass the budget']]);
  });

  it('gives "is expected to" no source', () => {
    const all = attributionsOf('The council is expected to approve the plan on Monday.');
    assert.equal(all.length, 1);
    assert.equal(all[0]!.source, null);
    // what is expected is the subject with the infinitive: two pieces around the cue, the subject first
    assert.equal(all[0]!.content.text, 'The council');
    assert.deepEqual(all[0]!.pieces?.map((p) => p.text), ['The council', 'to approve the plan on Monday']);
  });

  it('leaves a verb followed by a place or a noun phrase alone', () => {
    assert.deepEqual(brief('The team wants the trophy.'), []);
    assert.deepEqual(brief('The family moved to the coast.'), []);
  });
});

describe('quotations signed with a dash', () => {
  it('takes the name after the dash as the source', () => {
    assert.deepEqual(brief('“Every harbour needs a lighthouse.” ― Ingrid Solberg'), [['Ingrid Solberg', '―', 'Every harbour needs a lighthouse.']]);
  });

  it('ignores a dash that goes on with a sentence', () => {
    assert.deepEqual(brief('The “reform” — Smith calls it a trap — failed in the house.').filter((a) => a[1] === '—'), []);
  });
});

describe('speakers after a quotation', () => {
  it('reads a speaker with a party tag and a circumstance after the verb', () => {
    assert.deepEqual(brief('"The report is late," council member Ana Ruiz (D-Ohio) said after the hearing ended.'), [['council member Ana Ruiz (D-Ohio)', 'said', 'The report is late']]);
  });

  it('reads "told" with its listener and nothing else after it', () => {
    assert.deepEqual(brief('"The bridge will open in spring," Mr. Okafor told a group of residents.'), [['Mr. Okafor', 'told', 'The bridge will open in spring']]);
  });

  it('steps over a role apposition without an article', () => {
    assert.deepEqual(brief('Tom Reed, president of the National Union of Teachers, said schools need more money.'), [['Tom Reed', 'said', 'schools need more money']]);
  });

  it('keeps a coordinated subject that cannot speak inside the content', () => {
    assert.deepEqual(brief('The mayor said the protests and strikes demand a response.'), [['The mayor', 'said', 'the protests and strikes demand a response']]);
  });
});

describe('default extents', () => {
  it('uses PARC-style extents unless told otherwise', () => {
    const document = makeDocument('“We are ready,” the minister said. Officials said that the talks had failed.');
    const layers: Partial<Layers> = {};
    Object.assign(layers, sentenceStage().run({ document, layers }));
    layers.entities = [];
    const { attributions } = attributionStage(KNOWLEDGE).run({ document, layers });
    assert.deepEqual(attributions.map((a) => a.content.text), ['“We are ready,”', 'that the talks had failed']);
  });
});
