// Refiner: PLOVER coding rules that depend on more than the trigger word (PLOVER manual; NGEC
// structured codebook): joint military exercises are COOPERATE; a promised or planned cooperative
// act is an AGREE (an expressed intent), a promised concession stays CONCEDE (the PLOVER manual counts promises in it), a promised or planned act of force or pressure is a
// THREATEN; a cooperative act refused or not done is a REJECT. The coarse category keeps what the
// act is (a planned visit stays a visit_or_meeting, with modality "planned").
import type { EventParticipant, PloverType } from '../../model/types.js';
import type { Draft } from './draft.js';
import type { DocView } from './view.js';
import { NEGATIONS, PREPOSITIONS, WORD_CLASSES } from '../../knowledge/lexicons/events/index.js';
import { PERSON_NOUNS } from '../../knowledge/lexicons/attribution/person-nouns.js';

// A promised release or withdrawal is AGREE, as the PLOVER gold codes it ("will release the hostages").
const COOPERATIVE = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT']);
const FORCEFUL = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'PROTEST']);
/** COERCE modes of measures a government announces for a date (curfews, emergencies, closures, bans). */
const ANNOUNCED_MEASURES: ReadonlySet<string> = new Set(['curfew', 'restrict', 'ban']);
const REFUSABLE = new Set<PloverType>(['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'RETREAT', 'CONCEDE']);

const CONDITIONAL_THREATS = new Set<PloverType>(['RETREAT', 'SANCTION', 'PROTEST', 'ASSAULT', 'COERCE', 'MOBILIZE']);

export function applyPloverRules(view: DocView, draft: Draft): void {
  // The model was trained on final PLOVER codes ("will boycott" is a THREATEN already).
  if (draft.modelTyped) return;
  // "will withdraw its force unless …": a planned act made conditional on the target is an ultimatum.
  if (draft.modality === 'planned' && CONDITIONAL_THREATS.has(draft.plover) && conditional(view, draft)) {
    draft.plover = 'THREATEN';
    return;
  }
  if (draft.category === 'military_exercise' && (draft.actors.length >= 2 || hasWord(view, draft, 'joint') || hasWord(view, draft, 'combined'))) {
    draft.plover = 'COOPERATE';
    draft.mode = null;
    draft.context = ['military'];
  }
  // "Angry crowds torched cars", "students clashed with riot police": violence by a crowd is a riot, PLOVER PROTEST (CAMEO 145);
  // a mob that lynches or wrecks is communal violence and stays ASSAULT.
  if (isRiot(draft)) {
    draft.plover = 'PROTEST';
    draft.category = 'other';
    draft.mode = 'riot';
    return;
  }
  // "Fresh troops arrived at the front", "extra police were flown to the province": forces moved somewhere are MOBILIZE, not a visit.
  if (draft.plover === 'CONSULT' && draft.mode === 'visit' && !draft.nominal && moverIsForce(draft)) {
    draft.plover = 'MOBILIZE';
    draft.category = 'deployment';
    draft.mode = 'troops';
    draft.context = ['military'];
    return;
  }
  // "evacuated the wounded", "evacuated thousands of residents": taking people in need to safety is humanitarian AID; forces leaving are the RETREAT.
  if (draft.plover === 'RETREAT' && view.lemmas[draft.match.head] === 'evacuate' && civiliansEvacuated(view, draft)) {
    draft.plover = 'AID';
    draft.category = 'aid_or_transfer';
    draft.mode = null;
    draft.context = ['humanitarian'];
    return;
  }
  // "Pirates seized nine sailors", "gunmen seized a local official": people seized by anyone but the authorities are
  // abducted, ASSAULT abduct (NGEC codebook); the authorities seizing property or the police seizing people stay COERCE.
  if (draft.plover === 'COERCE' && draft.mode === 'seize' && SEIZE_VERBS.has(view.lemmas[draft.match.head]!) && !draft.nominal
    && draft.targets.length > 0 && draft.targets.every((t) => isPersonTarget(view, t)) && !draft.actors.some(isAuthority)) {
    draft.plover = 'ASSAULT';
    draft.category = 'attack';
    draft.mode = 'abduct';
    draft.context = [];
    return;
  }
  // "Pirates seized a fishing vessel", "gunmen seized an airliner": a ship, plane or bus taken by anyone but the authorities
  // is hijacked, ASSAULT abduct (NGEC codebook: "hijack planes, buses, or other vehicles"); a state or coastguard seizing a
  // tanker stays COERCE seize.
  if (draft.plover === 'COERCE' && draft.mode === 'seize' && SEIZE_VERBS.has(view.lemmas[draft.match.head]!) && !draft.nominal
    && draft.actors.length > 0 && !draft.actors.some(isAuthority) && seizesVehicle(view, draft)) {
    draft.plover = 'ASSAULT';
    draft.category = 'attack';
    draft.mode = 'abduct';
    draft.context = [];
    return;
  }
  // Round 13 (helper conv), NGEC codebook RETREAT ceasefire "implement ceasefire (… just the actual implementation)": a
  // truce that holds or takes effect is carried out, RETREAT; the truce noun alone ("declared a truce") stays CONCEDE.
  if (draft.plover === 'CONCEDE' && draft.nominal && /^(ceasefire|cease-fire|truce)$/.test(draft.match.pattern.phrase) && truceInForce(view, draft.match.end)) {
    draft.plover = 'RETREAT';
    draft.mode = 'ceasefire';
    return;
  }
  // Round 13 (helper conv), NGEC codebook AID "rescue hostages": captives freed by troops or police are rescued, AID;
  // captives their captors free are released, RETREAT ("Police freed the detained protesters" stays a release).
  if (draft.plover === 'RETREAT' && draft.mode === 'release' && !draft.nominal && /^(free|set free|liberate)$/.test(draft.match.pattern.phrase)
    && draft.actors.length > 0 && draft.actors.every(isForce) && heldByOthers(view, draft)) {
    draft.plover = 'AID';
    draft.category = 'aid_or_transfer';
    draft.mode = null;
    draft.context = ['humanitarian'];
    return;
  }
  // "Mali quit the regional force", "Britain left the bloc": a state does not resign; a state quitting or leaving a body
  // withdraws from it, SANCTION withdraw (NGEC codebook: "a country withdraws itself from an organization, treaty, or group").
  if (draft.plover === 'RETREAT' && draft.mode === 'resign' && STATE_LEAVING.has(view.lemmas[draft.match.head]!)
    && draft.actors.length > 0 && draft.actors.every((a) => /^country:/.test(a.entity ?? ''))) {
    draft.plover = 'SANCTION';
    draft.category = 'sanction';
    draft.mode = 'withdraw';
    draft.context = ['diplomatic'];
    return;
  }
  // Round 13 (helper conv): "announced it was withdrawing from the regional community", "pulled out of the treaty": leaving
  // an organisation, treaty or group is SANCTION withdraw (NGEC codebook: "a country withdraws itself from an organization,
  // treaty, or group"), not a retreat from ground.
  if (draft.plover === 'RETREAT' && draft.mode === 'withdraw' && /^(withdraw|pull out|pull … out|retreat)$/.test(draft.match.pattern.phrase) && leavesBody(view, draft)) {
    draft.plover = 'SANCTION';
    draft.category = 'sanction';
    draft.context = ['diplomatic'];
    return;
  }
  // "Rebels seized the town of Goma", "troops seized the presidential palace": ground taken by force is an attack (CAMEO 19x,
  // occupy territory), as "captured the city" is; the police seizing drugs or a building's papers stay COERCE.
  if (draft.plover === 'COERCE' && draft.mode === 'seize' && SEIZE_VERBS.has(view.lemmas[draft.match.head]!) && !draft.nominal
    && seizesGround(view, draft) && !draft.actors.some((a) => WORD_CLASSES.lawEnforcement.has(a.name.toLowerCase().split(/\s+/).pop() ?? ''))) {
    draft.plover = 'ASSAULT';
    draft.category = 'attack';
    draft.mode = null;
    draft.context = ['military'];
    return;
  }
  // "Troops demolished the homes of suspected militants", "security forces raided the offices of a newspaper": the
  // authorities raiding or destroying people's property coerce them (CAMEO 171, PLOVER COERCE); gunmen raiding homes attack.
  if (draft.plover === 'ASSAULT' && !draft.nominal && PROPERTY_ACTS.has(view.lemmas[draft.match.head]!) && draft.actors.length > 0
    && draft.actors.every(isAuthority) && premisesAfter(view, draft)) {
    draft.plover = 'COERCE';
    draft.category = 'other';
    draft.mode = view.lemmas[draft.match.head] === 'raid' ? 'seize' : 'destroy';
    draft.context = ['legal'];
    return;
  }
  // Round 13 (helper conv): "police carried out a raid on the offices of …": the raid named by a noun, as the verb above
  // (NGEC codebook COERCE seize, "police or other authorities carrying out a law enforcement raid").
  if (draft.plover === 'ASSAULT' && /\braid\b/.test(draft.match.pattern.phrase) && (draft.nominal || view.lemmas[draft.match.head] !== 'raid') && draft.actors.length > 0
    && draft.actors.every(isAuthority) && premisesNear(view, draft.match.end)) {
    draft.plover = 'COERCE';
    draft.category = 'other';
    draft.mode = 'seize';
    draft.context = ['legal'];
    return;
  }
  // Round 13 (helper conv): "forcibly expelled thousands of villagers": a mass expulsion of civilians is ASSAULT cleansing
  // (NGEC codebook: "engage in mass expulsions or deportations"); a state deporting a journalist stays COERCE deport.
  if (draft.plover === 'COERCE' && draft.mode === 'deport' && !draft.nominal && massExpulsion(view, draft)) {
    draft.plover = 'ASSAULT';
    draft.category = 'attack';
    draft.mode = 'cleansing';
    draft.context = [];
    return;
  }
  // "The ruling party expelled the lawmaker", "the federation expelled two members": expelling someone from a party or
  // body is SANCTION expel (NGEC codebook: "expel an entity from a group, organization, political party"); a state
  // expelling people from its territory stays COERCE deport.
  if (draft.plover === 'COERCE' && draft.mode === 'deport' && view.lemmas[draft.match.head] === 'expel' && draft.actors.length > 0 && draft.actors.every(isBody)) {
    draft.plover = 'SANCTION';
    draft.category = 'sanction';
    draft.mode = 'expel';
    draft.context = [];
  }
  // A court that jails or imprisons someone sentences them: SANCTION convict (NGEC codebook), not an arrest.
  // (Custody ordered or a remand is detention before any verdict: "remanded the journalist in custody" stays COERCE arrest.)
  if (draft.plover === 'COERCE' && draft.mode === 'arrest' && draft.actors.some(isCourt) && !/custody|detention|detain|house arrest/.test(draft.match.pattern.phrase)) {
    draft.plover = 'SANCTION';
    draft.category = 'sanction';
    draft.mode = 'convict';
    return;
  }
  // PLOVER DISAPPROVE (ACCUSE): "solicit other parties to take actions against the target" ("called on Arabs to unite against …").
  if (draft.plover === 'REQUEST' && draft.sense.takesComplement && actionAgainst(view, draft)) {
    draft.plover = 'ACCUSE';
    draft.category = 'accusation_or_criticism';
    draft.mode = 'disapprove';
    return;
  }
  // "the government could freeze the assets", "it might ban the newspaper": force held out as possible is a threat (CAMEO 13x).
  if (FORCEFUL.has(draft.plover) && !draft.nominal && possibleAct(view, draft)) {
    draft.plover = 'THREATEN';
    return;
  }
  // "did not rule out the use of force", "would not exclude sanctions": force or penalties kept open are held out (CAMEO 13x).
  if (draft.plover === 'REJECT' && draft.modality === 'negated' && /^(rule out|exclude)\b/.test(draft.match.pattern.phrase) && forceKeptOpen(view, draft)) {
    draft.plover = 'THREATEN';
    draft.category = 'threat';
    draft.modality = 'asserted';
    return;
  }
  if (draft.modality === 'planned' && COOPERATIVE.has(draft.plover)) draft.plover = 'AGREE';
  // PLOVER manual: CONCEDE already covers promised concessions ("will lift the curfew"), so a planned CONCEDE stays one.
  // Session 14: "a curfew will be imposed from Friday", "will declare a state of emergency on Monday": a measure announced
  // for a set day is the measure, planned (CAMEO 172x), not a threat held out; unscheduled force stays a threat.
  else if (draft.modality === 'planned' && FORCEFUL.has(draft.plover) && !(draft.plover === 'COERCE' && ANNOUNCED_MEASURES.has(draft.mode ?? '') && draft.time.date)) draft.plover = 'THREATEN';
  else if (draft.modality === 'negated' && REFUSABLE.has(draft.plover) && refusalNegation(view, draft)) {
    draft.plover = 'REJECT';
    // A refusal is REJECT's category whatever was refused ("did not sign the accord" is no agreement).
    draft.category = 'other';
  }
}

/**
 * A negation that makes a refusal of the act: "not", "never", "nor", or "no" right before the event's noun ("reached no
 * agreement"). "Without rolling back the tariffs" and "made no mention of rolling back" refuse nothing: the act is
 * only left undone, so the event stays negated.
 */
function refusalNegation(view: DocView, draft: Draft): boolean {
  for (let i = draft.evidenceFirst; i <= draft.head; i++) {
    const w = view.words[i]!;
    if (w === 'without') continue;
    if (w === 'no' ? draft.head - i <= 2 : NEGATIONS.has(w) || w.endsWith("n't")) return true;
  }
  // Negated by a verb ("failed to reach", "declined to join") or by words outside the event's span.
  return !view.words.slice(draft.evidenceFirst, draft.head + 1).some((w) => w === 'without' || w === 'no');
}

function conditional(view: DocView, draft: Draft): boolean {
  const { first, end } = view.sentenceTokens[draft.sentence]!;
  // "would free them if their demands were met", "would observe a truce if the army did the same": a release or truce
  // offered on a condition is an offer; only "unless" makes it an ultimatum.
  const offerable = draft.plover === 'RETREAT';
  for (let i = Math.max(first, draft.evidenceFirst); i < end; i++) if (view.words[i] === 'unless' || (!offerable && view.words[i] === 'if' && i >= draft.evidenceEnd)) return true;
  return false;
}

const FORCE_NOUNS = new Set(['troops', 'soldiers', 'forces', 'reinforcements', 'police', 'policemen', 'paratroopers', 'commandos', 'marines', 'battalions', 'units', 'peacekeepers', 'warships']);

/** Who moved is a force named only as such ("fresh troops", "extra police"; the passive's subject is the target). */
function moverIsForce(draft: Draft): boolean {
  const movers = draft.actors.length > 0 ? draft.actors : draft.targets;
  return movers.length > 0 && movers.every((m) => m.entity === null && FORCE_NOUNS.has(m.name.toLowerCase().split(/\s+/).pop() ?? ''));
}

/** The object of "evacuate" names people in need ("the wounded", "thousands of residents"), before any preposition. */
function civiliansEvacuated(view: DocView, draft: Draft): boolean {
  for (let i = draft.match.head + 1; i < draft.match.head + 6 && i < view.words.length; i++) {
    const w = view.words[i]!;
    if (PREPOSITIONS.has(w) && w !== 'of') return false;
    if (WORD_CLASSES.civilians.has(w)) return true;
  }
  return false;
}

const PROPERTY_ACTS = new Set(['raid', 'demolish', 'bulldoze', 'raze']);
const PREMISES = new Set(['home', 'homes', 'house', 'houses', 'office', 'offices', 'premises', 'headquarters', 'residence', 'residences', 'newsroom', 'apartment', 'apartments', 'property', 'properties']);

/** People's homes or offices are what the act hits, named within a few words after its verb. */
function premisesAfter(view: DocView, draft: Draft): boolean {
  for (let i = draft.match.head + 1; i < view.words.length && i <= draft.match.head + 4; i++) {
    if (PREMISES.has(view.words[i]!)) return true;
    if (view.tokens[i]!.kind !== 'word' || (PREPOSITIONS.has(view.words[i]!) && view.words[i] !== 'of')) return false;
  }
  return false;
}

/** Ground right after the verb: a place named or a town, base or landmark noun ("seized the town of Goma", "seized the palace"). */
function seizesGround(view: DocView, draft: Draft): boolean {
  // "seize frozen Russian assets": money or goods seized from a state are property, not ground
  for (let i = draft.match.end; i < Math.min(draft.evidenceEnd, draft.match.end + 5); i++) {
    if (ASSET_NOUNS.has(view.words[i]!)) return false;
    if (PREPOSITIONS.has(view.words[i]!) && view.words[i] !== 'of') break;
  }
  if (draft.targets.some((t) => /^(place|country):/.test(t.entity ?? ''))) return true;
  for (let i = draft.match.end; i < Math.min(draft.evidenceEnd, draft.match.end + 5); i++) {
    const w = view.words[i]!;
    if (WORD_CLASSES.place.has(w) || GROUND_NOUNS.has(w)) return true;
    if (PREPOSITIONS.has(w) && w !== 'of') break;
  }
  return false;
}

/** Property that is seized, not conquered (COERCE seize, CAMEO 171). */
const ASSET_NOUNS = new Set(['asset', 'assets', 'fund', 'funds', 'money', 'cash', 'property', 'properties', 'account', 'accounts', 'reserves',
  'shares', 'stake', 'stakes', 'holdings', 'deposits', 'savings', 'goods', 'cargo', 'cargoes', 'shipment', 'shipments', 'equipment',
  'documents', 'records', 'passports', 'drugs', 'weapons', 'arms', 'oil', 'grain', 'gold', 'estates', 'villas', 'yachts']);

const STATE_LEAVING = new Set(['quit', 'leave']);

const VEHICLE_NOUNS = new Set(['vessel', 'vessels', 'ship', 'ships', 'boat', 'boats', 'tanker', 'tankers', 'freighter', 'trawler', 'trawlers',
  'yacht', 'ferry', 'plane', 'planes', 'aircraft', 'airliner', 'jet', 'jetliner', 'helicopter', 'bus', 'buses', 'coach', 'truck', 'trucks',
  'lorry', 'lorries', 'train', 'carrier', 'dhow', 'tug']);

/** The thing seized, right after the verb and before any preposition, is a ship, plane or other vehicle. */
function seizesVehicle(view: DocView, draft: Draft): boolean {
  for (let i = draft.match.end; i < Math.min(view.words.length, draft.match.end + 5); i++) {
    const w = view.words[i]!;
    if (VEHICLE_NOUNS.has(w)) return true;
    if (view.tokens[i]!.kind !== 'word' || PREPOSITIONS.has(w)) break;
  }
  return false;
}

const GROUND_NOUNS = new Set(['palace', 'airport', 'airfield', 'bridge', 'port', 'harbour', 'harbor', 'headquarters', 'compound', 'barracks', 'garrison', 'checkpoint', 'crossing', 'hill', 'island', 'oilfield', 'refinery', 'dam', 'parliament', 'outpost', 'stronghold']);

/** A court or judge named as the actor ("the court", "a military tribunal", "Judge X" is not read so). */
const SEIZE_VERBS = new Set(['seize', 'snatch', 'grab']);

/** A person, or people named by a common noun ("nine sailors", "a local official"), as the target. */
function isPersonTarget(view: DocView, t: EventParticipant): boolean {
  if (t.entity !== null) return view.personIds.has(t.entity);
  const head = t.name.toLowerCase().split(/\s+/).pop() ?? '';
  return PERSON_NOUNS.has(head) || WORD_CLASSES.civilians.has(head) || WORD_CLASSES.labour.has(head) || WORD_CLASSES.diplomat.has(head) || /(men|women|ers|ists|ians)$/.test(head) || head === 'official' || head === 'officials';
}

/** Police, soldiers, courts and governments seize people by arrest, not by abduction. */
const BODY_NOUNS = new Set(['organisation', 'organization', 'bloc', 'union', 'community', 'alliance', 'treaty', 'pact', 'accord', 'agreement', 'convention', 'court', 'council', 'commission', 'federation', 'league', 'coalition', 'body', 'forum', 'partnership', 'deal', 'initiative', 'charter', 'protocol', 'grouping']);

/** What is left, after "from" or "out of", is an organisation, treaty or group ("from the regional economic community"). */
function leavesBody(view: DocView, draft: Draft): boolean {
  const { end } = view.sentenceTokens[draft.sentence]!;
  let i = draft.match.end;
  if (view.words[i] === 'from') i++;
  else if (view.words[i] === 'of' && view.words[i - 1] === 'out') i++;
  else return false;
  for (let k = i; k < Math.min(end, i + 6); k++) {
    const w = view.words[k]!;
    if (view.tokens[k]!.kind !== 'word' || (PREPOSITIONS.has(w) && w !== 'of')) return false;
    // ("from the council building" is a place)
    if (BODY_NOUNS.has(w)) return !/^(building|buildings|headquarters|compound|offices|base|bases|premises|chamber)$/.test(view.words[k + 1] ?? '');
  }
  return false;
}

/** People's homes or offices within six words after a raid noun ("a raid on the headquarters of …"). */
function premisesNear(view: DocView, from: number): boolean {
  for (let i = from; i < view.words.length && i < from + 6; i++) {
    if (PREMISES.has(view.words[i]!)) return true;
    if (view.tokens[i]!.kind !== 'word') return false;
  }
  return false;
}

/** Villagers or residents expelled in thousands, or forcibly ("forcibly expelled the residents of three hamlets"). */
function massExpulsion(view: DocView, draft: Draft): boolean {
  const after = view.words.slice(draft.match.end, draft.match.end + 6);
  // (people driven from their homes; migrants or foreign nationals sent home in thousands are deported, COERCE)
  if (!after.some((w) => /^(villagers|residents|inhabitants|civilians|families)$/.test(w))) return false;
  const forcibly = view.words.slice(Math.max(0, draft.match.first - 1), draft.match.end + 1).includes('forcibly');
  return forcibly || after.some((w) => w === 'thousands' || w === 'millions');
}

const TRUCE_SKIP = new Set(['has', 'have', 'had', 'is', 'was', 'appeared', 'appears', 'seemed', 'seems', 'to', 'be', 'been', 'largely', 'broadly', 'mostly', 'still', 'so', 'far', 'generally', 'formally', 'officially']);

/** The words after a truce noun say it holds or takes effect ("the truce has largely held", "the ceasefire took effect at dawn"). */
function truceInForce(view: DocView, from: number): boolean {
  // "the truce in the north has held": the verb may follow a short place phrase after the noun
  const starts = [from];
  if (/^(in|on|along|across|between|around)$/.test(view.words[from] ?? '')) for (let k = from + 2; k <= from + 5; k++) if (view.tokens[k - 1]?.kind === 'word') starts.push(k); else break;
  return starts.some((start) => truceVerbAt(view, start));
}

function truceVerbAt(view: DocView, from: number): boolean {
  let i = from;
  while (i < from + 4 && TRUCE_SKIP.has(view.words[i] ?? '')) i++;
  const w = view.words[i] ?? '', next = view.words[i + 1] ?? '', after = view.words[i + 2] ?? '';
  if (/^(held|holds|holding|hold)$/.test(w)) return true;
  if (/^(took|takes|taking|take|taken)$/.test(w) && next === 'effect') return true;
  return /^(came|comes|coming|come|went|goes|going|go|gone|entered|enters|entering|enter)$/.test(w) && next === 'into' && /^(force|effect)$/.test(after);
}

/** Troops, commandos or police named only as such ("special forces", "police"). */
function isForce(actor: EventParticipant): boolean {
  const head = actor.name.toLowerCase().split(/\s+/).pop() ?? '';
  return actor.entity === null && (FORCE_NOUNS.has(head) || WORD_CLASSES.lawEnforcement.has(head) || /^(army|military|commandos|navy|coastguard|troops)$/.test(head));
}

/** The sentence says the freed people were held by someone else: hostages, kidnapped, abducted, captors. */
function heldByOthers(view: DocView, draft: Draft): boolean {
  const { first, end } = view.sentenceTokens[draft.sentence]!;
  for (let i = first; i < end; i++) if (/^(hostage|hostages|kidnapped|abducted|kidnappers|captors|abductors|kidnap|kidnapping)$/.test(view.words[i]!)) return true;
  return false;
}

function isAuthority(actor: EventParticipant): boolean {
  if (actor.entity !== null && !/^person:/.test(actor.entity)) return true;
  const head = actor.name.toLowerCase().split(/\s+/).pop() ?? '';
  return WORD_CLASSES.lawEnforcement.has(head) || /^(authorities|government|court|courts|army|armies|military|soldiers|troops|forces|police|officials|state|regime|junta|ministry|guards|coastguard)$/.test(head);
}

/** A party, league or other body of members, not a state or its police. */
function isBody(actor: EventParticipant): boolean {
  return /\b(party|parties|federation|league|association|club|union|committee|council|bloc|organi[sz]ation|movement|alliance|assembly|parliament|senate|board)\b/i.test(actor.name)
    && !/^(country|place):/.test(actor.entity ?? '');
}

function isCourt(actor: EventParticipant): boolean {
  return /\b(court|tribunal|judge|judges)\b/i.test(actor.name);
}

const CROWD_NOUNS = new Set(['crowd', 'crowds', 'protester', 'protesters', 'protestors', 'demonstrators', 'rioters', 'students', 'youths', 'marchers']);

/** Violence by a crowd: the coding rules make it a PROTEST riot. */
export function isRiot(draft: Draft): boolean {
  return draft.plover === 'ASSAULT' && draft.actors.length > 0 && draft.actors.every(isCrowd);
}

/** An actor named only by a crowd noun ("angry crowds", "hundreds of students"), not by an entity. */
function isCrowd(actor: EventParticipant): boolean {
  return actor.entity === null && CROWD_NOUNS.has(actor.name.toLowerCase().split(/\s+/).pop() ?? '');
}

const POSSIBILITY_MODALS = new Set(['could', 'may', 'might']);

/** A modal of possibility right before the act's verb ("could freeze", "may be closed"), not a guess about the past ("may have attacked"). */
function possibleAct(view: DocView, draft: Draft): boolean {
  for (let i = draft.head - 1; i >= draft.evidenceFirst && i >= draft.head - 3; i--) {
    const w = view.words[i]!;
    if (POSSIBILITY_MODALS.has(w)) return view.words[i + 1] !== 'have' && view.words[i + 1] !== 'not';
    if (w !== 'be' && w !== 'well' && w !== 'also' && w !== 'soon') return false;
  }
  return false;
}

/** Nouns of a long effort that "against" may follow without the asked act being aimed at anyone ("their armed struggle against Israel"). */
const EFFORT_NOUNS = new Set(['struggle', 'battle', 'fight', 'war', 'campaign', 'crusade', 'efforts', 'effort', 'cooperation']);

/** The act asked for is aimed against someone: "to unite against …", "to take action against …" (an infinitive, then "against" within three words). */
function actionAgainst(view: DocView, draft: Draft): boolean {
  for (let to = draft.head + 1; to < draft.evidenceEnd && to <= draft.head + 6; to++) {
    if (view.words[to] !== 'to') continue;
    for (let i = to + 2; i < draft.evidenceEnd && i <= to + 4; i++) {
      if (view.words[i] === 'against') return !EFFORT_NOUNS.has(view.words[i - 1]!);
    }
    return false;
  }
  return false;
}

/** Force, war or penalties named after the trigger in the draft's words ("… rule out military action", "… exclude sanctions"). */
function forceKeptOpen(view: DocView, draft: Draft): boolean {
  for (let i = draft.match.end; i < draft.evidenceEnd; i++) {
    const w = view.words[i]!;
    if (WORD_CLASSES.conflict.has(w) || WORD_CLASSES.military.has(w) || /^(sanctions?|invasion|strikes?|retaliation)$/.test(w)) return true;
  }
  return false;
}

function hasWord(view: DocView, draft: Draft, word: string): boolean {
  for (let i = draft.evidenceFirst; i < draft.evidenceEnd; i++) if (view.words[i] === word) return true;
  return false;
}

/** The type the rules above would give the draft, without changing it. */
export function ruledType(view: DocView, draft: Draft): PloverType {
  const copy = Object.assign({}, draft, { context: [...draft.context] });
  applyPloverRules(view, copy);
  return copy.plover;
}
