// Refiner: capitalised nouns that name no one. Titles are roles: wire copy capitalises a title set
// off by commas ("John Kerry, the Secretary of State, said", "Malaysia's Prime Minister, Najib
// Razak") and a title after an organisation ("the State Department Spokesperson"); without this
// the title became a place, a person or part of the organisation's name. Religious and ethnic
// groups ("Muslims", "the Rohingya") are peoples, not places or persons (CoNLL counts them MISC).
// A name after a vessel noun ("the cruise ship Freewinds", "the tanker, Eagle S") names a ship,
// wherever the report repeats it: not a person, whatever its shape.
import type { Knowledge } from '../../knowledge/knowledge.js';
import type { Candidate } from './candidates.js';
import { roleAt, roleEndingAt } from './roles.js';
import type { DocView } from './view.js';
import { NON_NAME_CAPS } from './words.js';

/** Religious and ethnic groups with no country of their own: the knowledge base's demonyms cover the rest. */
const PEOPLES = new Set(`muslims christians jews hindus sikhs buddhists rohingya rohingyas kurds yazidis uyghurs uighurs tamils
  pashtuns hazaras druze alawites shiites shias sunnis catholics protestants copts evangelicals bedouins bedouin`.split(/\s+/));

/** Nouns for vessels, whose name follows them. */
const VESSEL_NOUNS = new Set(`ship vessel tanker freighter carrier frigate destroyer submarine ferry yacht cruiser corvette
  trawler liner boat barge dhow icebreaker warship`.split(/\s+/));

export function dropCapitalisedNouns(view: DocView, knowledge: Knowledge, candidates: Candidate[]): Candidate[] {
  const ships = new Set(candidates.filter((c) => c.origin === 'pattern' && afterVesselNoun(view, c)).map((c) => c.name));
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.origin !== 'pattern' || c.linkTo) {
      kept.push(c);
      continue;
    }
    if (c.tokenEnd - c.tokenStart === 1 && PEOPLES.has(view.tokens[c.tokenStart]!.lower)) continue;
    if (ships.has(c.name) && c.type !== 'organisation') continue;
    if (namesNoEntity(view, c)) continue;
    // The whole name is a title ("Secretary of State", "Deputy Prime Minister").
    const whole = roleAt(view, knowledge, c.tokenStart, c.tokenEnd);
    if (whole && whole.tokenEnd === c.tokenEnd && !whole.courtesy) continue;
    // An organisation's name ending in a title ("State Department Spokesperson"): the organisation.
    if (c.type === 'organisation' && c.tokenEnd - c.tokenStart >= 2) {
      const tail = roleEndingAt(view, knowledge, c.tokenEnd - 1, c.tokenStart + 1);
      if (tail && tail.tokenStart > c.tokenStart && !tail.courtesy) trimTo(view, c, tail.tokenStart);
    }
    kept.push(c);
  }
  return kept;
}

/**
 * Names of things no entity of Dateline's kinds is: a treaty, a law, a war or a prize ("the Abraham Accords",
 * "the Digital Services Act"), an operation ("Operation Sea Guard"), a common noun in capitals ("EV makers",
 * "IT workers"), whatever a cue typed them as.
 */
function namesNoEntity(view: DocView, c: Candidate): boolean {
  const words = c.tokenEnd - c.tokenStart;
  if (words === 1) return view.tokens[c.tokenStart]!.allCaps && NON_NAME_CAPS.has(c.name);
  return NOT_ENTITY_HEADS.has(view.tokens[c.tokenEnd - 1]!.lower) || view.tokens[c.tokenStart]!.lower === 'operation';
}

/** Last words of names that name no entity of Dateline's kinds: agreements, laws, wars, prizes. */
const NOT_ENTITY_HEADS = new Set(['act', 'treaty', 'accord', 'accords', 'protocol', 'doctrine', 'declaration', 'amendment', 'war', 'wars',
  'revolution', 'prize', 'olympics', 'paralympics', 'memorandum', 'manifesto']);

/** "the cruise ship Freewinds", "the tanker, Eagle S,": a vessel noun right before the name, a comma allowed between. */
function afterVesselNoun(view: DocView, c: Candidate): boolean {
  let k = c.tokenStart - 1;
  if (view.tokens[k]?.text === ',') k--;
  const t = view.tokens[k];
  return !!t && t.sentence === c.sentence && t.kind === 'word' && VESSEL_NOUNS.has(t.lower) && t.text === t.lower;
}

function trimTo(view: DocView, c: Candidate, tokenEnd: number): void {
  const last = view.tokens[tokenEnd - 1]!;
  c.tokenEnd = tokenEnd;
  c.end = last.baseEnd;
  c.name = view.text.slice(c.start, c.end);
}
