import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, checkOrder } from '../../../src/annotate/pipeline.js';
import type { AnyStage as Stage } from '../../../src/annotate/stage.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { makeDocument } from '../../builders.js';

const stage = (name: string, requires: Stage['requires'], produces: Stage['produces'], run?: Stage['run']): Stage => ({
  name, version: '1', requires, produces, run: run ?? (() => ({}) as never),
});

describe('pipeline', () => {
  it('refuses to build when a stage needs a layer no earlier stage makes', () => {
    assert.throws(() => checkOrder([stage('events', ['attributions'], ['events'])]), /requires layer "attributions"/);
  });

  it('refuses two stages making the same layer', () => {
    assert.throws(() => checkOrder([sentenceStage(), stage('again', [], ['sentences'])]), /produced twice/);
  });

  it('runs the default stages in order and records their versions', () => {
    const pipeline = buildPipeline();
    assert.deepEqual(pipeline.stages.map((s) => s.name), ['sentences', 'entities', 'times', 'attributions', 'events']);
    const out = pipeline.annotate(makeDocument('Russia said on Monday that it would hold talks.', { published: '2025-03-21' }));
    assert.equal(out.stages.length, 5);
    assert.ok(out.stages.every((s) => /^\w+@\d/.test(s)));
  });

  it('records a failing stage as a DL201 diagnostic and skips the stages that need its layers', () => {
    const broken = stage('broken', ['sentences'], ['entities'], () => {
      throw new Error('boom');
    });
    const after = stage('after', ['entities'], ['events'], () => ({ events: [] }));
    const out = buildPipeline([sentenceStage(), broken, after]).annotate(makeDocument('One sentence.'));
    assert.deepEqual(out.stages, ['sentences@1.0.0']);
    assert.equal(out.document.diagnostics[0]!.code, 'DL201');
    assert.match(out.document.diagnostics[0]!.message, /broken failed: boom/);
    assert.deepEqual(out.layers.events, []);
    assert.equal(out.layers.sentences.length, 1);
  });
});

describe('outlets as channels (whole pipeline, shipped knowledge)', () => {
  const channelOf = (text: string) => buildPipeline().annotate(makeDocument(text, { published: '2025-03-21' })).layers.attributions[0]?.channel?.name ?? null;

  it('names an outlet the statement was made to, for outlets added in session 11', () => {
    assert.equal(channelOf('The official told the Daily Beast that the plan had failed.'), 'The Daily Beast');
    assert.equal(channelOf('“It is over,” the commander told Ruptly.'), 'Ruptly');
  });

  it('does not read a surname shared with an outlet as the outlet', () => {
    assert.equal(channelOf('Kate Forbes said the budget was fair.'), null);
  });
});
