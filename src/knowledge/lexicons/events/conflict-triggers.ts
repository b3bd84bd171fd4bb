// Triggers of the conflictual PLOVER types: REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION,
// MOBILIZE, COERCE, ASSAULT. Phrases are lemmas ("impose … sanction" matches "imposed new
// sanctions"). Types, modes and contexts follow PLOVER (openeventdata/PLOVER: plover_reference,
// CAMEO2PLOVER-2021.txt; CC BY-SA 4.0) with the modes of the NGEC structured codebook; trigger words
// follow the CAMEO codebook verb examples (Schrodt 2012) and English news usage, reviewed by hand
// (Dateline team). Weapons tests, exercises and deployments are MOBILIZE with the modes
// weapons-test, military-exercise and troops; joint exercises are PLOVER COOPERATE (military).
import { sense, triggers, type TriggerEntry } from './lexicon-types.js';

const request = sense('REQUEST', 'other', null, [], { takesComplement: true });
const accuse = sense('ACCUSE', 'accusation_or_criticism', 'disapprove', [], { takesComplement: true });
const allege = sense('ACCUSE', 'accusation_or_criticism', 'allege', [], { takesComplement: true });
const investigate = sense('ACCUSE', 'accusation_or_criticism', 'investigate', ['legal']);
const reject = sense('REJECT', 'other', null, [], { takesComplement: true });
const threaten = sense('THREATEN', 'threat', null, [], { takesComplement: true });
const protest = sense('PROTEST', 'other', 'demo');
const strike = sense('PROTEST', 'other', 'strike', [], { needs: ['labour'] });
const sanction = sense('SANCTION', 'sanction', null, ['economic']);
const expel = sense('SANCTION', 'sanction', 'expel', ['diplomatic']);
const cutTies = sense('SANCTION', 'sanction', 'withdraw', ['diplomatic']);
const discontinue = sense('SANCTION', 'sanction', 'discontinue', []);
const weaponsTest = sense('MOBILIZE', 'weapons_test', 'weapons-test', ['military'], { needs: ['weapon'] });
const weaponsTestAlways = sense('MOBILIZE', 'weapons_test', 'weapons-test', ['military']);
const exercise = sense('MOBILIZE', 'military_exercise', 'military-exercise', ['military'], { needs: ['military'] });
const exerciseAlways = sense('MOBILIZE', 'military_exercise', 'military-exercise', ['military']);
const deploy = sense('MOBILIZE', 'deployment', 'troops', ['military'], { needs: ['troops'] });
const deployAlways = sense('MOBILIZE', 'deployment', 'troops', ['military']);
const alert = sense('MOBILIZE', 'deployment', 'troops', ['military']);
const arrest = sense('COERCE', 'other', 'arrest', ['legal']);
const seize = sense('COERCE', 'other', 'seize', []);
const ban = sense('COERCE', 'other', 'ban', []);
const restrict = sense('COERCE', 'other', 'restrict', []);
const deport = sense('COERCE', 'other', 'deport', ['legal']);
const cyber = sense('COERCE', 'other', 'cyber', []);
const attack = sense('ASSAULT', 'attack', null, ['military']);
const kill = sense('ASSAULT', 'attack', null, []);
const aerial = sense('ASSAULT', 'attack', 'aerial', ['military']);
const heavy = sense('ASSAULT', 'attack', 'heavy-weapons', ['military']);
const explosives = sense('ASSAULT', 'attack', 'explosives', []);
const firearms = sense('ASSAULT', 'attack', 'firearms', []);

export const CONFLICT_TRIGGERS: TriggerEntry[] = [
  // REQUEST: demands, appeals, orders
  ...triggers('urge, call on, call upon, call for, demand, ask … to, ask for, request, appeal to, appeal for, press, plead, petition, insist on, order, pressure, pressure … to, implore, exhort, push for, press for, seek', 'verb', request),
  ...triggers('demand, appeal, request, call for', 'noun', request),
  // ACCUSE: criticism, accusations, complaints, lawsuits, investigations
  ...triggers('accuse, blame, charge … with, allege, hold … responsible', 'verb', allege),
  ...triggers('attack … as, hit … for, hit back at, hit out at, lash out at, round on, take aim at', 'verb', accuse),
  ...triggers('criticize, criticise, condemn, denounce, slam, decry, lambaste, rebuke, censure, castigate, deplore, chastise, lash out at, blast, berate, assail, protest to, complain, complain about, lodge … protest, lodge … complaint, file … complaint, file … protest, register … protest, send … protest note, deliver … protest note, diplomatic protest, protest note, summon … ambassador, summon … envoy, summon … diplomat', 'verb', accuse),
  ...triggers('criticism, condemnation, denunciation, accusation, rebuke, complaint', 'noun', accuse),
  ...triggers('sue, file … lawsuit, file … suit, bring … lawsuit, lawsuit', 'any', sense('ACCUSE', 'accusation_or_criticism', 'allege', ['legal'])),
  ...triggers('investigate, probe, open … investigation, launch … investigation, launch … probe, open … probe, investigation', 'any', investigate),
  // REJECT: rejections, refusals, vetoes
  ...triggers('reject, refuse, veto, rebuff, spurn, snub, turn down, renege on, oppose, defy, decline to, refuse to, resist', 'verb', reject),
  // Session 14 (helper rev14): pushing back on an idea or a plan refuses it ("Republicans have pushed back on that idea"; the
  // bare "push back" of people at a border stays COERCE).
  ...triggers('push back on, push back against', 'verb', reject),
  ...triggers('boycott', 'any', sense('PROTEST', 'other', 'boycott')),
  ...triggers('dismiss, deny', 'verb', sense('REJECT', 'other', null, [], { needs: ['proposal'] })),
  ...triggers('rejection, refusal, veto', 'noun', reject),
  // THREATEN: threats, ultimatums, warnings of force
  ...triggers('threaten, threaten to, vow to retaliate, threat, threats, vow … retaliation, vow … revenge', 'any', threaten),
  // Session 15 (helper conf15): people ordered or forced from their homes are displaced by force, no one expelled from a
  // country ("orders tens of thousands more people to leave their homes" had been the expulsion of "order … to leave"):
  // the ordering side coerces, those told to leave are its targets.
  // (Not "forced … from their homes": driving people out by force is an assault, as the probes have it.)
  ...triggers(['order', 'tell'].flatMap((v) => [`${v} … to leave … home`, `${v} … to flee … home`, `${v} … to evacuate`, `${v} … to flee`]).join(', '),
    'verb', sense('COERCE', 'other', 'displace', [])),
  // Session 15 (helper conf15): a vow to go on with a war, or to destroy an enemy, holds out force, no agreement ("Israel has
  // vowed to continue the war until …" had been AGREE, the sense of "vow to").
  ...triggers(['vow', 'pledge', 'swear', 'promise'].flatMap((v) => [
    ...['war', 'fighting', 'fight', 'offensive', 'attack', 'strike', 'airstrike', 'bombing', 'campaign', 'operation'].map((n) => `${v} to continue … ${n}`),
    `${v} to keep fighting`, `${v} to fight on`, `${v} to destroy`, `${v} to crush`, `${v} to wipe out`, `${v} to eliminate`, `${v} to annihilate`,
  ]).join(', '), 'verb', threaten),
  // "retaliated by firing artillery", "retaliated with air strikes": done, an attack; "would retaliate" is planned, so a threat.
  ...triggers('retaliate', 'verb', kill),
  // "warned that it would stop cooperating unless …", "warned it would close the ports unless …": a warning with a
  // condition is an ultimatum. (The verb's senses sit in one entry: a second "warn" entry for verbs alone was never tried.)
  ...triggers('warn', 'any', sense('THREATEN', 'threat', null, [], { needs: ['conflict'], takesComplement: true }), sense('THREATEN', 'threat', null, [], { needs: ['condition'], takesComplement: true, pos: 'verb' })),
  ...triggers('warn of, warning', 'any', sense('THREATEN', 'threat', null, [], { needs: ['conflict'], takesComplement: true })),
  ...triggers('warn that', 'verb', sense('THREATEN', 'threat', null, [], { needs: ['condition'], takesComplement: true })),
  // PROTEST: demonstrations, strikes, riots, boycotts, blockades
  ...triggers('protest, demonstrate, protest against, take to the street, stage … protest, stage … demonstration, stage … sit-in', 'verb', protest),
  ...triggers('protest, demonstration, sit-in, protester, protesters, demonstrator, demonstrators', 'noun', protest),
  // A rally or march is a protest only when it is against something (not a campaign rally).
  ...triggers('rally, march', 'any', sense('PROTEST', 'other', 'demo', [], { needs: ['dissent'] })),
  ...triggers('hunger strike, go on … hunger strike', 'any', sense('PROTEST', 'other', 'hunger')),
  ...triggers('go on strike, walk out, walkout, stop work, general strike', 'any', sense('PROTEST', 'other', 'strike')),
  ...triggers('strike', 'any', strike),
  ...triggers('riot, rioter, rioters, unrest', 'any', sense('PROTEST', 'other', 'riot')),
  ...triggers('block … road, block … highway, block … bridge, block … street, block … railway, block … traffic, block … transport, blockade … road, barricade', 'verb', sense('PROTEST', 'other', 'obstruct')),
  // SANCTION: reductions of relations, sanctions, expulsions of diplomats
  // "the 14th sanctions package", "a new round of sanctions": the noun names the measures as a whole.
  ...triggers('sanction package, sanction regime, package of sanction, round of sanction, set of sanction, wave of sanction, raft of sanction, tranche of sanction', 'noun', sanction),
  ...triggers('sanction, impose … sanction, slap … sanction, tighten … sanction, extend … sanction, expand … sanction, impose … embargo, impose … tariff, blacklist, embargo, freeze … asset, impose … restriction on', 'any', sanction),
  ...triggers('expel … diplomat, expel … ambassador, expel … envoy, expel … inspector, expel … observer, expel … staff, recall … ambassador, recall … envoy, withdraw … ambassador, withdraw … envoy, declare … persona non grata, close … embassy, shut … embassy, withdraw … inspector, withdraw … observer, withdraw … monitor, withdraw … peacekeeper', 'verb', expel),
  ...triggers('suspension, halt, freeze, cutoff, cut-off', 'noun', sense('SANCTION', 'sanction', 'discontinue', [], { needs: ['ties', 'talks', 'aidGoods'] })),
  ...triggers('prohibit … aid, ban … aid, block … aid, deny … aid, withhold … aid', 'verb', discontinue),
  ...triggers('sever … tie, sever … relation, break off … tie, break off … relation, cut … tie, cut … relation, downgrade … tie, downgrade … relation, suspend … relation, suspend … tie, suspend … partnership, freeze … partnership, suspend … participation, suspend … membership, freeze … tie, freeze … relation, withdraw from … treaty, withdraw from … agreement, withdraw from … accord, withdraw from … pact, withdraw from … deal, withdraw from … court, withdraw from … organization, withdraw from … organisation, withdraw from … alliance, withdraw from … union, withdraw from … bloc, withdraw from … convention, withdraw from … council, withdraw from … commission, leave … alliance, quit … alliance, quit … organization, quit … organisation, quit … bloc, quit … treaty, pull out of … treaty, pull out of … agreement, pull out of … deal', 'verb', cutTies),
  // Leaving a bloc, named as a noun or with "leave"/"exit": "announced the country's withdrawal from the bloc", "were leaving the bloc".
  ...triggers('withdrawal from … bloc, withdrawal from … alliance, withdrawal from … treaty, withdrawal from … agreement, withdrawal from … organization, withdrawal from … organisation, withdrawal from … union, withdrawal from … court, exit from … bloc, exit from … union, leave … bloc, leave … union, leave … organization, leave … organisation, leave … treaty, exit … bloc, exit … union, exit … treaty', 'any', cutTies),
  ...triggers('suspend … aid, cut … aid, halt … aid, freeze … aid, stop … aid, suspend … assistance, cut … assistance, halt … assistance, suspend … talk, break off … talk, end … talk, halt … talk, walk out of … talk, end … mediation, suspend … cooperation, halt … cooperation, suspend … flight, suspend … link, halt … flight, cancel … visit, cancel … meeting, cancel … summit, cancel … talk, postpone … visit, suspend … delivery, halt … delivery, suspend … shipment, halt … shipment', 'verb', discontinue),
  // MOBILIZE: weapons tests
  ...triggers('test-fire, test fire, test-launch, test launch, test-firing, test firing, missile test, nuclear test, weapon test, missile launch, rocket launch, test-launching, launch test', 'any', weaponsTestAlways),
  ...triggers('test, launch, fire, detonate', 'verb', weaponsTest),
  ...triggers('test, launch, detonation, flight test', 'noun', weaponsTest),
  // MOBILIZE: military exercises (joint ones become PLOVER COOPERATE in the refiners)
  ...triggers('exercise, drill, maneuver, manoeuvre, manoeuvres, maneuvers, wargame', 'noun', exercise),
  ...triggers('war game, war-game, military exercise, military drill, joint exercise, joint drill, naval exercise, naval drill, live-fire exercise, live-fire drill, air drill, military maneuver, military manoeuvre', 'any', exerciseAlways),
  // MOBILIZE: deployments, troop movements, alerts
  ...triggers('deploy, dispatch, send, station, mobilize, mobilise, move, mass, amass, reinforce, beef up, bolster, strengthen, post, redeploy, rotate', 'verb', deploy),
  ...triggers('deployment, buildup, build-up, troop buildup, military buildup, redeployment, mobilization, mobilisation', 'noun', deployAlways),
  ...triggers('put … on alert, place … on alert, put … on high alert, place … on high alert, put … on full alert, place … on full alert, remain on … alert, be on … alert, raise … alert, heighten … alert, go on … alert, increase … readiness, raise … readiness', 'verb', alert),
  // Session 12 (helper rev12): forces scrambled ("jets were scrambled") are an alert; "automakers scrambling to find parts"
  // is haste, no force at all: the verb needs a force or military word near it.
  ...triggers('scramble', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'], { needs: ['troops', 'military'] })),
  ...triggers('train', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'], { needs: ['troops', 'weapon'] })),
  // COERCE: arrests, seizures, bans, censorship, curfews, deportations, cyber attacks
  ...triggers('arrest, detain, imprison, jail, incarcerate, round up, take into custody, apprehend, place … under house arrest, hold … in custody', 'verb', arrest),
  // NGEC codebook: indictments, charges and trials are ACCUSE (allege); convictions and sentences are SANCTION (convict).
  ...triggers('indict, prosecute, put … on trial, bring … to trial, stand trial, press … charge, file … charge, bring … charge, indictment, prosecution, present … evidence against, produce … evidence against, submit … evidence against', 'any', sense('ACCUSE', 'accusation_or_criticism', 'allege', ['legal'])),
  ...triggers('convict, sentence, find … guilty, hand down … sentence, conviction', 'any', sense('SANCTION', 'sanction', 'convict', ['legal'])),
  ...triggers('arrest, detention, crackdown, imprisonment', 'noun', arrest),
  ...triggers('crack down, crack down on', 'verb', sense('COERCE', 'other', 'restrict', [])),
  ...triggers('seize, confiscate, impound, expropriate, nationalize, nationalise, search', 'verb', seize),
  ...triggers('ban, outlaw, prohibit, bar, dissolve, proscribe, blacklist', 'verb', ban),
  ...triggers('censor, block … website, shut down … newspaper, shut down … station, shut down … media, close … newspaper, jam', 'verb', sense('COERCE', 'other', 'censor', [])),
  ...triggers('impose … curfew, declare … curfew, impose … martial law, declare … martial law, impose … state of emergency, declare … state of emergency, declare … emergency, declare … state of siege, impose … lockdown', 'verb', sense('COERCE', 'other', 'curfew', [])),
  ...triggers('restrict, prevent, blockade, cordon off, seal off, curb, suppress', 'verb', restrict),
  ...triggers('deport, expel, deportation, expulsion', 'any', deport),
  ...triggers('hack, deface, hack into, cyberattack, cyber-attack, cyber attack', 'any', cyber),
  // An attack on computers, or a raid or search by the police, is coercion, not military force (NGEC codebook: cyber, seize).
  // (Same part of speech as the entries they add a sense to, so that the senses join one pattern.)
  ...triggers('attack, target', 'any', sense('COERCE', 'other', 'cyber', [], { needs: ['cyber'] })),
  ...triggers('raid, storm', 'any', sense('COERCE', 'other', 'seize', ['legal'], { needs: ['lawEnforcement'] })),
  ...triggers('search', 'verb', sense('COERCE', 'other', 'seize', ['legal'], { needs: ['lawEnforcement'] })),
  ...triggers('occupy, annex, occupation, annexation', 'any', sense('COERCE', 'other', 'seize', ['military'])),
  ...triggers('hold … hostage, take … hostage, take … captive, kidnap, abduct, hijack, kidnapping, abduction, hijacking', 'any', sense('ASSAULT', 'attack', 'abduct', [])),
  // ASSAULT: attacks, killings, fighting
  ...triggers('attack, assault, raid, invade, offensive, incursion, invasion, counteroffensive, counter-offensive, onslaught, intervene militarily, clash, clash with, fighting, clashes, hostilities', 'any', attack),
  ...triggers('ambush, storm, overrun, capture, recapture, retake, bombard, besiege, target, hit, strike, fight, fight against, battle', 'any', sense('ASSAULT', 'attack', null, ['military'], { needs: ['troops', 'weapon', 'place', 'conflict', 'military', 'armedGroup'] })),
  ...triggers('launch … attack, launch … strike, launch … offensive, launch … raid, launch … assault, carry out … attack, carry out … strike, carry out … raid, carry out … bombing, conduct … strike, conduct … raid, mount … attack, open fire, open fire on, fire on, fire at, fire upon, fire … at', 'verb', attack),
  ...triggers('airstrike, air strike, air raid, air attack, drone strike, drone attack, bomb, bombing, aerial bombardment', 'any', aerial),
  ...triggers('shell, shelling, artillery fire, rocket attack, missile strike, missile attack, rocket fire, mortar fire, bombardment', 'any', heavy),
  ...triggers('suicide bombing, suicide attack, car bomb, car bombing, roadside bomb, roadside bombing', 'any', explosives),
  ...triggers('explosion, blast', 'noun', explosives),
  ...triggers('shoot, shoot dead, gun down, shooting, gunfire, gunbattle, gun battle, firefight, exchange … fire', 'any', firearms),
  ...triggers('fire … tear gas, use … tear gas, tear gas, tear-gas, water cannon, rubber bullet, disperse, fire … rubber bullet', 'any', sense('ASSAULT', 'attack', 'crowd-control', [])),
  ...triggers('shoot down', 'verb', sense('ASSAULT', 'attack', 'aerial', ['military'], { needs: ['troops', 'weapon'] })),
  // "downed a drone"; not "police tracked down …" (a police force is no aircraft).
  ...triggers('down', 'verb', sense('ASSAULT', 'attack', 'aerial', ['military'], { needs: ['weapon'] })),
  ...triggers('kill, wound, injure, massacre, murder, slaughter, killing, massacre', 'any', kill),
  // "Five civilians died in the air strike": who died is the attack's target (the subject receives the act).
  ...triggers('die in … attack, die in … strike, die in … airstrike, die in … raid, die in … shelling, die in … bombing, die in … ambush, die in … shooting, die in … clash, die in … fighting, die in … bombardment, die in … assault, perish in … attack, perish in … strike, perish in … shelling, perish in … bombing',
    'verb', sense('ASSAULT', 'attack', null, [], { inverse: true })),
  // Session 15 (helper conf15): the toll of a war told with the side that wages it ("20,000 Palestinians have died in Gaza
  // during Israel's war against Hamas", "died in the army's offensive"): those who died are the targets, the war's side
  // (a possessive or demonym before the noun) the attacker; with no side named there is no attacker.
  ...triggers(['die during', 'perish during', 'die in'].flatMap((v) => ['war', 'offensive', 'bombardment', 'campaign', 'onslaught', 'assault', 'attack', 'strike', 'airstrike', 'shelling', 'bombing', 'fighting']
    .map((n) => `${v} … ${n}`)).filter((p) => !/^die in … (?:attack|strike|airstrike|shelling|bombing|fighting|bombardment|assault)$/.test(p)).join(', '),
    'verb', sense('ASSAULT', 'attack', null, [], { inverse: true })),
  ...triggers('assassinate, assassination, assassination attempt', 'any', sense('ASSAULT', 'attack', 'assassinate', [])),
  ...triggers('torture', 'any', sense('ASSAULT', 'attack', 'torture', [])),
  // (Not a team beating another: only with captives, workers, civilians or forces near it, "police beat protesters".)
  ...triggers('beat, beat up, beating', 'any', sense('ASSAULT', 'attack', 'beat', [], { needs: ['captive', 'labour', 'civilians', 'troops'] })),
  ...triggers('execute, execution', 'any', sense('ASSAULT', 'attack', 'execute', ['legal'], { needs: ['captive'] })),
  ...triggers('ethnic cleansing, genocide', 'any', sense('ASSAULT', 'attack', 'cleansing', ['religion_ethnicity'])),
  ...triggers('destroy, demolish, raze, set fire to, torch, burn', 'verb', sense('ASSAULT', 'attack', 'destroy', [])),
  ...triggers('violate … ceasefire, violate … truce, breach … ceasefire, break … ceasefire, ceasefire violation', 'any', sense('ASSAULT', 'attack', null, ['legal', 'military'])),
  ...triggers('use … chemical weapon, chemical attack, gas attack', 'any', sense('ASSAULT', 'attack', 'unconventional', ['cbrn'])),
];

