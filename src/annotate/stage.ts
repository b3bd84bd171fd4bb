// What a pipeline stage is: a named, versioned pure function from a document and the layers
// earlier stages made to the layers it produces. The pipeline checks requires/produces when built.
import type { Diagnostic, Document, LayerName, Layers } from '../model/types.js';

export interface StageInput {
  document: Document;
  layers: Partial<Layers>;
}

export type StageOutput<P extends LayerName> = Pick<Layers, P> & { diagnostics?: Diagnostic[] };

export interface Stage<P extends LayerName = LayerName> {
  name: string;
  version: string;
  requires: readonly LayerName[];
  produces: readonly P[];
  run(input: StageInput): StageOutput<P>;
}

/** A layer a stage declared in `requires`; missing means the pipeline was built wrong (a programming error). */
export function need<K extends LayerName>(layers: Partial<Layers>, name: K): Layers[K] {
  const layer = layers[name];
  if (!layer) throw new Error(`layer "${name}" is missing: declare it in the stage's requires and put a stage producing it earlier`);
  return layer as Layers[K];
}

/** Any stage, whatever it produces: the type of the pipeline's list. */
export interface AnyStage {
  name: string;
  version: string;
  requires: readonly LayerName[];
  produces: readonly LayerName[];
  run(input: StageInput): Partial<Layers> & { diagnostics?: Diagnostic[] };
}
