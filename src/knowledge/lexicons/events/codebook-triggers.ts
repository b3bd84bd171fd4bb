// Triggers written from the event descriptions of the CAMEO-to-PLOVER table (openeventdata/PLOVER:
// CAMEO2PLOVER-2021.txt, CC BY-SA 4.0) and the mode definitions of the NGEC structured PLOVER
// codebook (ahalterman/NGEC, MIT-declared): for each description ("Criticize or denounce",
// "Express intent to meet", "Use violent repression", "Reduce or stop aid", "Engage in mass killings")
// the ordinary English verbs, nouns and support-verb phrasings news uses for it, chosen by hand
// (Dateline team). Only labels are taken from those sources; no evaluation text is used.
import { sense, triggers, type TriggerEntry } from './lexicon-types.js';

const disapprove = sense('ACCUSE', 'accusation_or_criticism', 'disapprove', [], { takesComplement: true });
const allege = sense('ACCUSE', 'accusation_or_criticism', 'allege', [], { takesComplement: true });
/** "faced criticism", "came under fire": the subject is the one criticised. */
const criticised = sense('ACCUSE', 'accusation_or_criticism', 'disapprove', [], { inverse: true });
const intent = sense('AGREE', 'agreement', null, [], { takesComplement: true });
const meet = sense('CONSULT', 'visit_or_meeting', null, ['diplomatic']);
const request = sense('REQUEST', 'other', null, [], { takesComplement: true });
const restrict = sense('COERCE', 'other', 'restrict', []);
const discontinue = sense('SANCTION', 'sanction', 'discontinue', []);
const repression = sense('ASSAULT', 'attack', null, ['military']);
const heavy = sense('ASSAULT', 'attack', 'heavy-weapons', ['military'], { needs: ['troops', 'weapon', 'place', 'military', 'armedGroup'] });
const massacre = sense('ASSAULT', 'attack', 'massacre', []);

export const CODEBOOK_TRIGGERS: TriggerEntry[] = [
  // ACCUSE (CAMEO 110-112 disapprove, criticize or denounce, accuse): expressed disapproval and its support verbs
  ...triggers('express … concern, voice … concern, raise … concern, express … alarm, voice … alarm, express … disappointment, voice … disappointment, express … displeasure, express … regret over, express … indignation, voice … indignation, express … disapproval, voice … disapproval, voice … criticism, voice … objection, raise … objection', 'verb', disapprove),
  ...triggers('attack … for, attack … over, criticize … for, criticise … for, fault … for', 'verb', disapprove),
  ...triggers('charge that, claim … responsibility of, be responsible for, be to blame for, be behind … attack', 'verb', allege),
  ...triggers('face … criticism, face … accusation, face … allegation, come under … criticism, come under … fire, come under … attack from, draw … criticism, draw … condemnation, draw … rebuke, draw … fire, attract … criticism', 'verb', criticised),
  // CONSULT (CAMEO 040-046): meetings, talks, discussions, mediation
  ...triggers('discuss, hold … consultation, consult, mediate, mediate between, broker … talk, host … talk, host … meeting, host … summit, chair … meeting, chair … talk', 'verb', meet),
  ...triggers('summit, consultation, negotiation, mediation, bilateral meeting, working visit, state visit, official visit', 'noun', meet),
  // AGREE (CAMEO 030-039): offers and expressed intent
  ...triggers('offer', 'verb', intent),
  ...triggers('agree on, agree upon, settle on, reach … deal, reach … accord, strike … deal, hammer out … deal, clinch … deal, seal … deal, broker … deal, broker … agreement', 'verb', intent),
  ...triggers('commit … to, be open to, be willing to, be ready for, declare … readiness', 'verb', intent),
  // SUPPORT (CAMEO 057): agreements initialled or signed; verbal backing (CAMEO 051-053)
  ...triggers('initial … accord, initial … agreement, initial … deal, initial … treaty', 'verb', sense('SUPPORT', 'agreement', null, ['diplomatic'])),
  ...triggers('voice … backing, express … backing, pledge … backing, give … backing, reaffirm … backing, reiterate … backing, lend … support, throw … weight behind', 'verb', sense('SUPPORT', 'other', null, ['diplomatic'])),
  // CONSULT (CAMEO 040, 041): talks held sitting together, by phone, or by briefing another party
  ...triggers('sit down together, exchange … view, exchange … idea, telephone call, phone call, phone conversation, telephone conversation', 'any', meet),
  ...triggers('brief', 'verb', sense('CONSULT', 'visit_or_meeting', null, ['diplomatic'], { needsTarget: true })),
  // COOPERATE (CAMEO 061): joint ventures
  ...triggers('jointly develop, jointly produce, jointly build, jointly operate, jointly run, jointly manage, jointly fund', 'verb', sense('COOPERATE', 'other', null, ['economic'])),
  // AID (CAMEO 071, 075): money set aside for someone; refugees taken in
  ...triggers('earmark, set aside', 'verb', sense('AID', 'aid_or_transfer', null, ['economic'], { needs: ['aidGoods'] })),
  ...triggers('take in … refugee, take in … migrant, take in … asylum seeker, shelter … refugee, host … refugee, resettle … refugee', 'verb', sense('AID', 'aid_or_transfer', null, ['asylum'])),
  // CONCEDE (CAMEO 083, 0833): self-rule and rights granted
  ...triggers('grant … autonomy, grant … self-rule, grant … independence, grant … citizenship, grant … more power, devolve … power', 'verb', sense('CONCEDE', 'other', null, ['political_institutions'])),
  // SANCTION (CAMEO 166, 1661-1663): missions, peacekeepers, observers and aid agencies expelled
  // SANCTION (CAMEO 164, 165; PLOVER: "terminate discussions, negotiations … failed negotiations and walk-outs").
  ...triggers('walk out of … negotiation, walk out of … meeting, walk out of … summit, withdraw from … talk, withdraw from … negotiation, pull out of … talk, pull out of … negotiation, break off … negotiation, suspend … negotiation, halt … negotiation, call off … talk, call off … negotiation, call off … meeting, call off … visit, call off … summit, talk … break down, talk … collapse, negotiation … break down, negotiation … collapse', 'any', sense('SANCTION', 'sanction', 'withdraw', ['diplomatic'])),
  // SANCTION (CAMEO 162x, "reduce or stop aid"): loans and lending stopped, funding withdrawn.
  ...triggers('freeze … loan, halt … lending, stop … lending, suspend … lending, cut … lending, halt … loan, stop … loan, withdraw … funding, pull … funding', 'verb', discontinue),
  // SANCTION (CAMEO 1661, 1662): diplomats ordered out of the country, or ambassadors ordered home.
  ...triggers('order … diplomat, order … envoy, order … ambassador', 'verb', sense('SANCTION', 'sanction', 'expel', ['diplomatic'])),
  ...triggers('expel … mission, expel … peacekeeper, expel … aid worker, expel … aid agency, expel … agency, expel … ngo, expel … monitor, order … mission to leave', 'verb', sense('SANCTION', 'sanction', 'expel', ['diplomatic'])),
  // PROTEST (CAMEO 144): protesters, or students and workers, occupying a place ("students occupied the ministry lobby")
  ...triggers('occupy', 'any', sense('PROTEST', 'other', 'obstruct', [], { needs: ['dissent', 'labour'] })),
  // MOBILIZE (CAMEO 154): armed forces called out
  ...triggers('call out … army, call out … troop, call in … army, call in … troop, call out … military, call in … military', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'])),
  // REQUEST (CAMEO 100-108): pleas and calls made with a support verb
  ...triggers('issue … plea, make … plea, issue … call for, send … appeal, renew … appeal, repeat … appeal', 'verb', request),
  // COERCE (CAMEO 172): administrative sanctions on institutions
  ...triggers('suspend … constitution, dissolve … parliament, suspend … parliament, dissolve … assembly, suspend … assembly, dissolve … party, disband, shut down … party, strip … of citizenship, strip … of immunity', 'verb', restrict),
  // REJECT (CAMEO 12x): a request or offer left unanswered
  ...triggers('ignore … offer, ignore … request, ignore … plea, disregard … call, disregard … demand, disregard … appeal', 'verb', sense('REJECT', 'other', null, [])),
  // COERCE (CAMEO 191 restrict movement): people kept out or sent back at a border
  ...triggers('turn back, turn away, push back', 'verb', sense('COERCE', 'other', 'restrict', [], { needs: ['captive', 'actor', 'person'] })),
  // PROTEST (CAMEO 141): vigils and sit-ins held against something
  ...triggers('vigil, hold … vigil, candlelight vigil', 'any', sense('PROTEST', 'other', 'demo', [], { needs: ['dissent'] })),
  // COERCE (CAMEO 174): people sent away against their will
  ...triggers('forcibly return, forcibly repatriate, forcibly deport, forcibly expel, forcibly evict', 'verb', sense('COERCE', 'other', 'deport', ['legal'])),
  // AID (CAMEO 07x): goods flown or shipped in
  ...triggers('fly, truck, ferry', 'verb', sense('AID', 'aid_or_transfer', null, [], { needs: ['aidGoods'] })),
  // RETREAT (CAMEO 0872, 0874): forces leaving a place
  ...triggers('leave', 'verb', sense('RETREAT', 'other', 'withdraw', ['military'], { needs: ['troops'] })),
  // COOPERATE (CAMEO 06x): working together on a task
  ...triggers('work with, work alongside, work closely with, in cooperation with, in collaboration with, in coordination with', 'any', sense('COOPERATE', 'other')),
  // COERCE (CAMEO 1721): closures of media and organisations ordered by authorities
  ...triggers('order … closure, order … shutdown, order … closing, shut down … office, close down', 'verb', restrict),
  // SANCTION (CAMEO 16x): frozen accounts and funds, reduced relations, travel bans
  ...triggers('travel ban, visa ban, impose … travel ban, slap … travel ban, impose … visa ban, slap … ban on, freeze … support, suspend … support, cut … support, withhold … support, withdraw … support', 'any', sense('SANCTION', 'sanction', null, ['diplomatic'])),
  ...triggers('freeze … account, freeze … fund, freeze … bank account, freeze … asset, downgrade … relation, lower … relation, scale back … relation, scale down … relation, cancel … contract, cancel … deal, terminate … agreement, terminate … contract, suspend … agreement, suspend … deal', 'verb', discontinue),
  // ASSAULT (CAMEO 175 violent repression; 19x conventional force; 20x mass violence)
  ...triggers('crush, quell, put down, stamp out, wipe out, annihilate', 'verb', repression),
  ...triggers('pound, pummel, hammer, blitz, strafe, rain … on, rocket, mortar', 'verb', heavy),
  ...triggers('use … live ammunition, use … live fire, use … live round, use … excessive force, use … force against, use … lethal force', 'verb', sense('ASSAULT', 'attack', 'firearms', [])),
  ...triggers('mass killing, mass killings, mass murder, bloodbath, carnage', 'any', massacre),
  // PROTEST (CAMEO 143, strikes and boycotts): a strike begun or called by workers is a labour strike, not an air strike.
  ...triggers('launch … strike, call … strike, begin … strike, start … strike, hold … strike, announce … strike', 'verb', sense('PROTEST', 'other', 'strike', [], { needs: ['labour'] })),
  // PROTEST (CAMEO 1411-1414): fasting in protest, staying away from a vote or a session in protest.
  ...triggers('refuse … food, refuse … meal, stay away from … election, stay away from … poll, stay away from … vote, stay away from … session', 'verb', sense('PROTEST', 'other', 'hunger')),
  // ASSAULT (CAMEO 19x, "use conventional military force"): force used, or, when threatened or promised, a THREATEN (plover-rules.ts).
  ...triggers('use … force, use … military force', 'verb', sense('ASSAULT', 'attack', null, ['military'])),
  // MOBILIZE (CAMEO 15x): troops ordered somewhere.
  ...triggers('order … troop, order … army, order … soldier, order … warship', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'])),
  // THREATEN (CAMEO 139, "give ultimatum"): a deadline set for the other side to act.
  ...triggers('give … hour to, give … day to, give … week to, give … deadline, set … deadline for', 'verb', sense('THREATEN', 'threat', null, [], { takesComplement: true })),
  // COOPERATE (CAMEO 06x): bodies and operations set up jointly.
  ...triggers('joint commission, joint committee, joint investigation, joint programme, joint program, joint task force, joint centre, joint center, coordinated patrol, joint patrol', 'noun', sense('COOPERATE', 'other')),
  ...triggers('exchange … data, exchange … liaison officer, pool … resource, pool … research', 'verb', sense('COOPERATE', 'other', null, ['intelligence'])),
  // RETREAT (CAMEO 0874, 0872): positions and towns given up, ships and forces called back.
  ...triggers('abandon', 'verb', sense('RETREAT', 'other', 'withdraw', ['military'], { needs: ['troops', 'place'] })),
  ...triggers('recall … warship, recall … troop, recall … force, recall … ship', 'verb', sense('RETREAT', 'other', 'withdraw', ['military'])),
  // COERCE (CAMEO 1724, 175): power or media taken by force; supplies cut off to a population.
  ...triggers('seize … control, take … control of, seize … power, take over … station, take over … broadcaster', 'verb', sense('COERCE', 'other', 'seize', ['political_institutions'])),
  // "The rebels forced villagers to flee", "forced to work": made to act by force (CAMEO 17), not asked. Only with civilians, captives, work, police
  // or armed groups near it ("the airline was forced to cancel flights" is no coercion); not 'troops', whose "force" is the trigger.
  ...triggers('force … to, compel … to', 'verb', sense('COERCE', 'other', null, [], { needs: ['civilians', 'captive', 'labour', 'lawEnforcement', 'armedGroup'] })),
  ...triggers('cut off … water, cut off … electricity, cut off … power, cut off … supply, cut off … food', 'verb', sense('COERCE', 'other', 'restrict', [])),
  // AID (CAMEO 073, humanitarian aid): medical teams and relief workers sent in.
  ...triggers('send … doctor, dispatch … doctor, send … medical team, dispatch … medical team, send … rescue team, dispatch … rescue team, send … relief worker, fly in … doctor', 'verb', sense('AID', 'aid_or_transfer', null, ['humanitarian'])),
  // COOPERATE (CAMEO 063, judicial cooperation): suspects turned over to another state, as 'hand over … suspect' already was.
  ...triggers('turn over … suspect, turn over … fugitive, hand over … fugitive, turn over … smuggler, hand over … smuggler', 'verb', sense('COOPERATE', 'other', null, ['legal'])),
  // CONSULT (CAMEO 042/043): a visitor received by a host ("was received by President X").
  ...triggers('receive', 'verb', sense('CONSULT', 'visit_or_meeting', 'visit', ['diplomatic'], { needs: ['diplomat', 'person'] })),
  // SUPPORT (CAMEO 051-053): a position backed in public.
  ...triggers('come out in favour of, come out in favor of, come out in support of, speak out in favour of, speak out in favor of, speak out in support of', 'verb', sense('SUPPORT', 'other', null, ['diplomatic'])),
  // AID (CAMEO 073, humanitarian aid): vaccination campaigns.
  ...triggers('vaccinate, immunize, immunise', 'verb', sense('AID', 'aid_or_transfer', null, ['humanitarian'])),
  // ASSAULT (CAMEO 19x): military action taken, or when considered or threatened a THREATEN (plover-rules.ts).
  ...triggers('military action, military strike, military force', 'noun', sense('ASSAULT', 'attack', null, ['military'])),
  // MOBILIZE (CAMEO 152, 154): alert raised with an adjective between ("on maximum alert"), troops rushed somewhere.
  ...triggers('put … on … alert, place … on … alert', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'])),
  ...triggers('rush', 'verb', sense('MOBILIZE', 'deployment', 'troops', ['military'], { needs: ['troops'] })),
];
