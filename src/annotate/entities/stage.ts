// Stage 2: entities. Finders (known names, capitalised names with their titles) then refiners
// (types from context, country codes in sports listings, organisation cues, teams, places vs governments, overlaps, acronyms,
// surnames, names still untyped, ambiguity, affiliations, nominals, pronouns), then the entities
// with their mentions.
import type { Entity } from '../../model/types.js';
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Stage } from '../stage.js';
import { need } from '../stage.js';
import { buildView, type DocView } from './view.js';
import type { Candidate } from './candidates.js';
import { findKnownNames } from './find-known.js';
import { findNames } from './find-names.js';
import { typeNames } from './refine-types.js';
import { refinePlaces } from './refine-places.js';
import { findTeamsInResults } from './refine-teams.js';
import { removeOverlaps, trimLeadingCountries } from './refine-overlaps.js';
import { resolveKnown } from './refine-known.js';
import { linkAcronymDefinitions, linkOrganisationShortNames, linkSurnames } from './refine-links.js';
import { refineAffiliations } from './refine-affiliations.js';
import { findNominals } from './refine-nominals.js';
import { resolvePronouns } from './refine-pronouns.js';
import { buildEntities } from './build-entities.js';
import { typeUnknownNames } from './refine-unknown.js';
import { typeOrganisationsByContext } from './refine-org-context.js';
import { readCountryCodes } from './refine-country-codes.js';
import { linkCompassCountries } from './refine-compass-countries.js';
import { dropCapitalisedNouns } from './refine-capitalised-nouns.js';
import { keepAbbreviationStops } from './refine-abbreviations.js';
import { trimLowerPlaceHeads } from './refine-place-heads.js';
import { findNamesInShoutedHeadlines } from './refine-shouted-headlines.js';

export const ENTITY_STAGE_NAME = 'entities';

/** Finders and the refiners up to the typing of names no cue typed: the candidates that survive overlaps. */
export function findAndRefineNames(view: DocView, knowledge: Knowledge): Candidate[] {
  // finders
  const candidates = [...findKnownNames(view, knowledge), ...findNames(view, knowledge)];
  // refiners
  typeNames(view, knowledge, candidates);
  readCountryCodes(view, knowledge, candidates);
  typeOrganisationsByContext(view, knowledge, candidates);
  findTeamsInResults(view, knowledge, candidates);
  const placed = refinePlaces(view, knowledge, candidates);
  placed.push(...findNamesInShoutedHeadlines(view, placed));
  trimLeadingCountries(view, placed);
  const kept = linkCompassCountries(view, knowledge, removeOverlaps(placed, view));
  linkAcronymDefinitions(view, kept);
  linkOrganisationShortNames(view, kept);
  linkSurnames(view, kept);
  typeUnknownNames(view, knowledge, kept);
  const named = dropCapitalisedNouns(view, knowledge, kept);
  keepAbbreviationStops(view, named);
  trimLowerPlaceHeads(view, named);
  return named;
}

export function entityStage(knowledge: Knowledge): Stage<'entities'> {
  return {
    name: ENTITY_STAGE_NAME,
    version: '0.1.0',
    requires: ['sentences', 'tokens'],
    produces: ['entities'],
    run({ document, layers }) {
      const view = buildView(document, need(layers, 'sentences'), need(layers, 'tokens'));
      const kept = findAndRefineNames(view, knowledge);
      // After the links: a town that turned out to be a surname needs no place resolved.
      const diagnostics = resolveKnown(kept, ENTITY_STAGE_NAME);
      refineAffiliations(view, knowledge, kept);
      const nominals = findNominals(view, kept);
      const pronouns = resolvePronouns(view, [...kept, ...nominals]);
      const entities: Entity[] = buildEntities(document.text, [...kept, ...nominals, ...pronouns]);
      return { entities, diagnostics };
    },
  };
}
