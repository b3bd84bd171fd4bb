// Refiner (placeholder): pronoun resolution ("he", "she", "it", "the country's" is handled as a
// nominal). Not done yet: this is where it goes, after nominals and before entities are built,
// adding candidates of kind "pronoun" linked to the entity they refer to.
import type { Candidate } from './candidates.js';
import type { DocView } from './view.js';

export function resolvePronouns(_view: DocView, _kept: Candidate[]): Candidate[] {
  return [];
}
