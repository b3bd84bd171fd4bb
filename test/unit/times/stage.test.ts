import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOrder } from '../../../src/annotate/pipeline.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { timeStage } from '../../../src/annotate/times/stage.js';
import { annotate } from './annotate.js';

describe('the times stage', () => {
  it('declares its name and layers, and fits after the sentence stage', () => {
    const stage = timeStage();
    assert.equal(stage.name, 'times');
    assert.deepEqual(stage.requires, ['sentences', 'tokens']);
    assert.deepEqual(stage.produces, ['times']);
    assert.doesNotThrow(() => checkOrder([sentenceStage(), stage]));
  });

  it('produces nothing, and no diagnostics, for a text without times', () => {
    const a = annotate('The delegation crossed the border and met the governor.');
    assert.deepEqual(a.times, []);
    assert.deepEqual(a.diagnostics, []);
  });

  it('fills every field of a time expression', () => {
    const t = annotate('Protests broke out on Thursday.').time('Thursday');
    assert.deepEqual(t, { id: 't1', start: 22, end: 30, text: 'Thursday', type: 'DATE', value: '2025-03-20', granularity: 'day', anchor: '2025-03-21', inferred: ['year', 'month', 'day'] });
  });
});
