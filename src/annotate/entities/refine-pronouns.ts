// Refiner: third-person pronouns back to their entity. "he", "she" (and "him", "his", "her")
// go to the most recent person named within the last two sentences; "it said", "its" to the most
// recent organisation, group or country there. A bare "it" is left alone: it is expletive too
// often ("it is likely"). Runs after the nominals; the pronoun mentions link to a head mention.
import type { EntityType } from '../../model/types.js';
import { RANK, type Candidate } from './candidates.js';
import type { DocView } from './view.js';
import { SPEECH_VERBS } from './words.js';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
const NEUTER_TYPES = new Set<EntityType>(['organisation', 'group', 'country']);
/** How many sentences back an antecedent may stand. */
const REACH = 2;

export function resolvePronouns(view: DocView, kept: Candidate[]): Candidate[] {
  const { tokens } = view;
  const heads = [...kept].filter((c) => c.origin !== 'role-title').sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let next = 0;
  let person: Candidate | undefined;
  let neuter: Candidate | undefined;
  const neuters: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Mentions that end before this word are antecedents now.
    while (next < heads.length && heads[next]!.end <= t.start) {
      const c = heads[next++]!;
      const head = headOf(c);
      const type = typeOf(head);
      if (type === 'person') person = c;
      else if (type && NEUTER_TYPES.has(type) && c.kind !== 'demonym') {
        neuter = c;
        neuters.push(c);
      }
    }
    if (t.kind !== 'word') continue;
    let target: Candidate | undefined;
    if (PERSONAL.has(t.lower)) target = person;
    else if (t.lower === 'its' || (t.lower === 'it' && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.sentence === t.sentence)) target = neuter;
    // "North Korea fired cruise missiles, South Korea's military said, its second launch this week":
    // the speaker of a reporting clause set off by commas is not what the apposition after it is about
    if (t.lower === 'its' && target) target = outsideReportingClause(view, i, target, neuters);
    if (!target || t.sentence - target.sentence > REACH) continue;
    // "The UN did not respond. … killed in the palace after its capture": a thing named in this sentence
    // before "its", after an antecedent from an earlier sentence, is the likelier owner
    if (t.lower === 'its' && target.sentence < t.sentence && definiteThingBefore(view, i)) continue;
    out.push(pronoun(view, i, headOf(target)));
  }
  return out;
}

/** The antecedent before a ", X said," clause that ends right before the pronoun, when the found one is inside it. */
function outsideReportingClause(view: DocView, i: number, found: Candidate, neuters: readonly Candidate[]): Candidate | undefined {
  const { tokens } = view;
  if (tokens[i - 1]?.text !== ',' || !SPEECH_VERBS.has(tokens[i - 2]?.lower ?? '')) return found;
  let open = i - 3;
  while (open >= 0 && tokens[open]!.sentence === tokens[i]!.sentence && tokens[open]!.text !== ',') open--;
  if (open < 0 || tokens[open]!.text !== ',' || tokens[open]!.sentence !== tokens[i]!.sentence || found.start < tokens[open]!.end) return found;
  for (let k = neuters.length - 1; k >= 0; k--) if (neuters[k]!.end <= tokens[open]!.start) return neuters[k];
  return undefined;
}

function headOf(c: Candidate): Candidate {
  let h = c;
  while (h.linkTo) h = h.linkTo;
  return h;
}

function typeOf(c: Candidate): EntityType | null {
  if (c.known.length === 1) return c.kind === 'capital' ? 'country' : c.known[0]!.type;
  return c.type;
}

function pronoun(view: DocView, i: number, target: Candidate): Candidate {
  const t = view.tokens[i]!;
  return {
    start: t.start,
    end: t.end,
    tokenStart: i,
    tokenEnd: i + 1,
    sentence: t.sentence,
    origin: 'nominal',
    kind: 'pronoun',
    known: [],
    type: null,
    name: t.text,
    linkTo: target,
    rank: RANK.patternOther,
  };
}

/** "the palace", "a convoy": a determiner and a lower-case word earlier in the sentence of token `at`. */
function definiteThingBefore(view: DocView, at: number): boolean {
  const { tokens } = view;
  const sentence = tokens[at]!.sentence;
  for (let k = at - 1; k > 0 && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    const before = tokens[k - 1]!;
    if (t.kind === 'word' && t.text === t.lower && before.sentence === sentence && THING_DETERMINERS.has(before.lower)) return true;
  }
  return false;
}

const THING_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);
