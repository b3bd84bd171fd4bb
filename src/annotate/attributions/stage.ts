// Stage 4: attributions — who says what, through which outlet, how directly and how hedged.
// Finders (quotations, reported speech, "according to", "quoted as saying", evaluative speech acts)
// propose spans; refiners dedupe them, hand on speakers to participial cues, resolve speakers and
// channels against the entities layer, and set kind and hedges.
import type { Stage } from '../stage.js';
import { need } from '../stage.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import { buildAttributions } from './build.js';
import { findAccordingTo } from './finders/according-to.js';
import { findColonSpeakers } from './finders/colon.js';
import { findDashBylines } from './finders/dash-bylines.js';
import { findDirectQuotes } from './finders/direct-quotes.js';
import { findEvidentials, withoutNestedEvidentials } from './finders/evidentials.js';
import { findEvaluative } from './finders/evaluative.js';
import { findFrontedParticiples } from './finders/fronted-participle.js';
import { findIntentions } from './finders/intentions.js';
import { findNominal } from './finders/nominal.js';
import { findPassives } from './finders/passives.js';
import { findPutIt } from './finders/put-it.js';
import { findPolls } from './finders/polls.js';
import { findInView } from './finders/in-view.js';
import { findSeeAs } from './finders/see-as.js';
import { findQuotedAs } from './finders/quoted-as.js';
import { findRecords } from './finders/records.js';
import { findReportedSpeech } from './finders/reported-speech.js';
import { findStanceAdjectives } from './finders/stance-adjectives.js';
import { dedupe, inheritSources } from './refine/dedupe.js';
import { applyExtents, type ContentExtents } from './refine/extents.js';
import { passOuterRelays } from './refine/outer-relays.js';
import { withUncuedQuotes } from './refine/uncued-quotes.js';
import { topicPrepositionsToCue } from './refine/topic-preposition.js';
import { withoutGroundRules } from './refine/ground-rules.js';
import { channelsFromAppositions } from './refine/apposition-channel.js';
import { buildView } from './view.js';

export interface AttributionOptions {
  /** 'parc' (default): PARC/PolNeAR extents, quotation marks and "that" kept; 'inner': quotations without their marks, reported speech after "that". */
  extents?: ContentExtents;
}

export function attributionStage(knowledge: Knowledge, options: AttributionOptions = {}): Stage<'attributions'> {
  const extents = options.extents ?? 'parc';
  return {
    name: 'attributions',
    version: '1.0.0',
    requires: ['sentences', 'tokens', 'entities'],
    produces: ['attributions'],
    run({ document, layers }) {
      const view = buildView(document, need(layers, 'sentences'), need(layers, 'tokens'), need(layers, 'entities'), knowledge);
      const candidates = [
        ...findDirectQuotes(view),
        ...findDashBylines(view),
        ...findQuotedAs(view),
        ...findEvaluative(view),
        ...findReportedSpeech(view),
        ...findAccordingTo(view),
        ...findColonSpeakers(view),
        ...findIntentions(view),
        ...findNominal(view),
        ...findFrontedParticiples(view),
        ...findStanceAdjectives(view),
        ...findEvidentials(view),
        ...findPassives(view),
        ...findPutIt(view),
        ...findPolls(view),
        ...findInView(view),
        ...findSeeAs(view),
        ...findRecords(view),
      ];
      const attributions = buildAttributions(view, applyExtents(view, channelsFromAppositions(view, passOuterRelays(view, withUncuedQuotes(view, inheritSources(view, topicPrepositionsToCue(view, dedupe(view, withoutGroundRules(view, withoutNestedEvidentials(candidates)))))))), extents));
      return { attributions };
    },
  };
}
