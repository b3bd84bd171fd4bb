// Runs the attributions stage on a short text with sentences and tokens from the sentence stage and
// entities built by hand from specs, so these tests do not move when the entities annotator changes.
// Every result is checked against the offset rule before a test sees it.
import assert from 'node:assert/strict';
import type { Attribution, Entity, EntityType, Layers, MentionKind, SourceType, Span } from '../../../src/model/types.js';
import { sentenceStage } from '../../../src/annotate/sentences/stage.js';
import { attributionStage, type AttributionOptions } from '../../../src/annotate/attributions/stage.js';
import { createKnowledge, type Knowledge } from '../../../src/knowledge/knowledge.js';
import { makeDocument } from '../../builders.js';

/** A tiny knowledge base: a few outlets the channel check can find by name. */
export const KNOWLEDGE: Knowledge = createKnowledge({
  version: 1,
  sources: ['test'],
  entities: [
    { id: 'org:reuters', name: 'Reuters', type: 'organisation', aliases: [], country: 'GB', sourceType: 'news_agency' },
    { id: 'org:afp', name: 'Agence France-Presse', type: 'organisation', aliases: ['AFP'], country: 'FR', sourceType: 'news_agency' },
    { id: 'org:yonhap', name: 'Yonhap News Agency', type: 'organisation', aliases: ['Yonhap'], country: 'KR', sourceType: 'news_agency' },
  ],
  places: [],
  capitals: { Pyongyang: 'country:KP' },
  roles: [],
  // given names whose gender a later "he" or "she" is checked against
  personNames: { given: ['anna', 'sonya', 'paul', 'david'], family: [], male: ['paul', 'david'], female: ['anna', 'sonya'] },
});

/** An entity and the surface forms that mention it; every occurrence of each form is a mention. */
export interface EntitySpec {
  name: string;
  type: EntityType;
  sourceType?: SourceType;
  forms: (string | [string, MentionKind])[];
}

export const ENTITIES: Record<string, EntitySpec> = {
  kim: { name: 'Kim Jong Un', type: 'person', forms: ['Kim Jong Un'] },
  kcna: { name: 'Korean Central News Agency', type: 'organisation', sourceType: 'state_media', forms: ['Korean Central News Agency', ['KCNA', 'acronym']] },
  yonhap: { name: 'Yonhap News Agency', type: 'organisation', sourceType: 'news_agency', forms: ['Yonhap News Agency', ['Yonhap', 'alias']] },
  reuters: { name: 'Reuters', type: 'organisation', sourceType: 'news_agency', forms: ['Reuters'] },
  afp: { name: 'Agence France-Presse', type: 'organisation', sourceType: 'news_agency', forms: [['AFP', 'acronym']] },
  jcs: { name: 'Joint Chiefs of Staff', type: 'organisation', sourceType: 'military', forms: ['Joint Chiefs of Staff', ['JCS', 'acronym']] },
  northKorea: { name: 'North Korea', type: 'country', sourceType: 'government', forms: ['North Korea', ['Pyongyang', 'capital']] },
  shin: { name: 'Shin Seung-ki', type: 'person', forms: ['Shin Seung-ki'] },
};

export function buildEntities(text: string, specs: EntitySpec[]): Entity[] {
  return specs.map((spec, i) => {
    const mentions: Entity['mentions'] = [];
    for (const form of spec.forms) {
      const [surface, kind] = typeof form === 'string' ? [form, 'name' as MentionKind] : form;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(pattern)) mentions.push({ start: m.index!, end: m.index! + surface.length, text: surface, entity: `e${i}`, kind });
    }
    // a longer form wins where two forms overlap ("Yonhap News Agency" over "Yonhap")
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept = mentions.filter((m, k) => !mentions.slice(0, k).some((o) => o.start <= m.start && m.end <= o.end));
    return { id: `e${i}`, name: spec.name, type: spec.type, aliases: [], country: null, ...(spec.sourceType ? { sourceType: spec.sourceType } : {}), mentions: kept };
  });
}

/**
 * Runs the stage; these tests read Dateline's own 'inner' extents (quotation without its marks,
 * reported speech after "that") unless they ask for another. The stage's default is 'parc'.
 */
export function attributionsOf(text: string, specs: EntitySpec[] = [], options: AttributionOptions = { extents: 'inner' }): Attribution[] {
  const document = makeDocument(text);
  const layers: Partial<Layers> = {};
  Object.assign(layers, sentenceStage().run({ document, layers }));
  layers.entities = buildEntities(text, specs);
  const { attributions } = attributionStage(KNOWLEDGE, options).run({ document, layers });
  for (const a of attributions) assertOffsets(text, a);
  return attributions;
}

/** The offset rule: every span's text is the slice of the document text it points to. */
export function assertOffsets(text: string, a: Attribution): void {
  const check = (label: string, s: Span & { text: string }) => assert.equal(text.slice(s.start, s.end), s.text, `${a.id} ${label}`);
  check('cue', a.cue);
  check('content', a.content);
  if (a.source) check('source', a.source);
  for (const h of a.hedges) check('hedge', h);
  for (const piece of a.pieces ?? []) check('piece', piece);
  // pieces are in text order, do not overlap, and the first is the content
  if (a.pieces) {
    assert.deepEqual([a.pieces[0]!.start, a.pieces[0]!.end], [a.content.start, a.content.end], `${a.id} first piece`);
    a.pieces.forEach((p, i) => i > 0 && assert.ok(a.pieces![i - 1]!.end <= p.start, `${a.id} piece order`));
  }
  if (a.channel?.span) assert.ok(a.channel.span.start < a.channel.span.end);
}

/** The only attribution, failing with the full list when there is not exactly one. */
export function only(attributions: Attribution[]): Attribution {
  assert.equal(attributions.length, 1, JSON.stringify(attributions.map((a) => [a.cue.text, a.content.text])));
  return attributions[0]!;
}

/** The attribution whose cue is this text. */
export function byCue(attributions: Attribution[], cue: string): Attribution {
  const found = attributions.find((a) => a.cue.text === cue);
  assert.ok(found, `no attribution with cue "${cue}" in ${JSON.stringify(attributions.map((a) => a.cue.text))}`);
  return found;
}

/** [start, end) of the first occurrence of `words` in `text`. */
export function spanOf(text: string, words: string, from = 0): [number, number] {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" is not in the text`);
  return [start, start + words.length];
}
