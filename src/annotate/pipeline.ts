// The annotation pipeline: one ordered list of stages, read top to bottom. Building it checks that
// every layer a stage requires is produced by an earlier stage (spaCy's requires/assigns).
import type { AnnotatedDocument, Document, LayerName, Layers } from '../model/types.js';
import { diagnostic } from '../model/diagnostics.js';
import type { AnyStage } from './stage.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { sentenceStage } from './sentences/stage.js';
import { entityStage } from './entities/stage.js';
import { timeStage } from './times/stage.js';
import { attributionStage } from './attributions/stage.js';
import { eventStage } from './events/stage.js';

export interface Pipeline {
  stages: readonly AnyStage[];
  annotate(document: Document): AnnotatedDocument;
}

/** The stages in the order they run. */
export function defaultStages(knowledge: Knowledge = loadKnowledge()): AnyStage[] {
  return [
    sentenceStage(),
    entityStage(knowledge),
    timeStage(),
    attributionStage(knowledge),
    eventStage(knowledge),
  ];
}

const EMPTY_LAYERS: Layers = { sentences: [], tokens: [], entities: [], times: [], attributions: [], events: [] };

export function buildPipeline(stages: readonly AnyStage[] = defaultStages()): Pipeline {
  checkOrder(stages);
  return { stages, annotate: (document) => runStages(stages, document) };
}

/** Throws when a stage requires a layer that no earlier stage produces, or two stages produce the same layer. */
export function checkOrder(stages: readonly AnyStage[]): void {
  const produced = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!produced.has(layer)) {
        throw new Error(`pipeline: stage "${stage.name}" requires layer "${layer}", which no earlier stage produces`);
      }
    }
    for (const layer of stage.produces) {
      const earlier = produced.get(layer);
      if (earlier) throw new Error(`pipeline: layer "${layer}" is produced twice, by "${earlier}" and "${stage.name}"`);
      produced.set(layer, stage.name);
    }
  }
}

function runStages(stages: readonly AnyStage[], document: Document): AnnotatedDocument {
  const layers: Partial<Layers> = {};
  const diagnostics = [...document.diagnostics];
  const ran: string[] = [];
  const failed = new Set<LayerName>();
  for (const stage of stages) {
    // A stage whose inputs failed is skipped rather than run on half a document.
    if (stage.requires.some((l) => failed.has(l))) {
      stage.produces.forEach((l) => failed.add(l));
      continue;
    }
    try {
      const { diagnostics: stageDiagnostics, ...produced } = stage.run({ document, layers });
      Object.assign(layers, produced);
      for (const d of stageDiagnostics ?? []) diagnostics.push({ stage: stage.name, ...d });
      ran.push(`${stage.name}@${stage.version}`);
    } catch (error) {
      stage.produces.forEach((l) => failed.add(l));
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(diagnostic('DL201', `stage ${stage.name} failed: ${reason}`, { stage: stage.name }));
    }
  }
  return { document: Object.assign({}, document, { diagnostics }), layers: Object.assign({}, EMPTY_LAYERS, layers), stages: ran };
}
