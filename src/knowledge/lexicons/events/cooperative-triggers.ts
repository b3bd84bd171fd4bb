// Triggers of the cooperative PLOVER types: AGREE, CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT.
// Phrases are lemmas ("hold … talk" matches "held two days of talks"). Types, modes and contexts
// follow PLOVER (openeventdata/PLOVER: plover_reference, CAMEO2PLOVER-2021.txt; CC BY-SA 4.0),
// trigger words follow the CAMEO codebook verb examples (Schrodt 2012) and English news usage,
// reviewed by hand (Dateline team). Where PLOVER and the coarse Dateline category differ (signing a
// treaty is PLOVER SUPPORT but an agreement in Dateline's categories) both are kept.
import { sense, triggers, type TriggerEntry } from './lexicon-types.js';

const agree = sense('AGREE', 'agreement');
const intent = sense('AGREE', 'agreement', null, [], { takesComplement: true });
const visit = sense('CONSULT', 'visit_or_meeting', 'visit', ['diplomatic']);
const meet = sense('CONSULT', 'visit_or_meeting', null, ['diplomatic'], { needsTarget: true });
const phone = sense('CONSULT', 'visit_or_meeting', 'phone', ['diplomatic']);
const mediate = sense('CONSULT', 'visit_or_meeting', 'third-party', ['diplomatic']);
const sign = sense('SUPPORT', 'agreement', null, ['diplomatic']);
const praise = sense('SUPPORT', 'other', null, ['diplomatic'], { needsTarget: true, takesComplement: true });
const cooperate = sense('COOPERATE', 'other');
const share = sense('COOPERATE', 'other', null, ['intelligence']);
const aid = sense('AID', 'aid_or_transfer');
const aidGoods = sense('AID', 'aid_or_transfer', null, [], { needs: ['aidGoods'] });
const militaryAid = sense('AID', 'aid_or_transfer', null, ['military'], { needs: ['weapon'] });
const asylum = sense('AID', 'aid_or_transfer', null, ['asylum']);
const receive = sense('AID', 'aid_or_transfer', null, [], { needs: ['aidGoods'], inverse: true });
const concede = sense('CONCEDE', 'other');
const ease = sense('CONCEDE', 'other', null, ['rights_freedoms']);
const ceasefire = sense('CONCEDE', 'other', null, ['military']);
const resign = sense('RETREAT', 'other', 'resign');
const disarm = sense('RETREAT', 'other', 'disarm', ['military']);
const access = sense('RETREAT', 'other', 'access', ['diplomatic']);
const easeSanctions = sense('RETREAT', 'other', 'ease', ['economic']);

export const COOPERATIVE_TRIGGERS: TriggerEntry[] = [
  // AGREE: agreements reached, offers, promises, intentions
  ...triggers('agree, agree on, agree to, agree upon', 'verb', intent),
  ...triggers('reach … agreement, reach … deal, reach … accord, reach … consensus, reach … understanding, reach … settlement, strike … deal, clinch … deal, seal … deal, broker … deal, broker … ceasefire, broker … truce', 'verb', agree),
  ...triggers('agreement, deal, accord, pact, treaty, memorandum of understanding, framework agreement, peace deal, peace agreement, trade deal, armistice', 'noun', agree),
  ...triggers('offer to, promise, promise to, pledge, pledge to, vow to, swear to, vow, commit to, undertake to, be ready to, be prepared to, be willing to, express willingness, consent to, accept', 'verb', intent),
  ...triggers('invite', 'verb', sense('AGREE', 'agreement', null, ['diplomatic'], { needsTarget: true })),
  // CONSULT: visits, meetings, talks, calls, mediation
  ...triggers('visit, pay … visit, travel to, arrive in, arrive at, fly to', 'verb', visit),
  ...triggers('visit, trip, state visit, official visit', 'noun', visit),
  ...triggers('host', 'verb', visit),
  ...triggers('meet, meet with, negotiate, negotiate with, confer, confer with, consult with, discuss with, sit down with', 'verb', meet),
  // A meeting named by a noun with its verb ("attended a summit", "held talks") is an event even with one party named.
  ...triggers('talk, meeting, summit, consultation, negotiation, discussion, dialogue, peace talk', 'noun', sense('CONSULT', 'visit_or_meeting', null, ['diplomatic'])),
  ...triggers('phone call, telephone call, telephone conversation, phone conversation, call … by phone, call … by telephone, speak by phone, speak by telephone, speak on the phone, hold … phone call, hold … telephone call', 'any', phone),
  ...triggers('phone, telephone', 'verb', phone),
  ...triggers('mediate, mediation, mediation effort', 'any', mediate),
  // SUPPORT: verbal support, praise, recognition, signing and ratifying
  ...triggers('sign, ink', 'verb', sense('SUPPORT', 'agreement', null, ['diplomatic'], { needs: ['agreementNoun'] })),
  ...triggers('ratify, signing', 'any', sign),
  ...triggers('support, back, endorse, praise, welcome, commend, applaud, hail, laud, defend, throw … support behind', 'verb', praise),
  ...triggers('rally … support, mobilize … support, mobilise … support, drum up … support, win … support', 'verb', praise),
  ...triggers('recognize, recognise', 'verb', sense('SUPPORT', 'other', null, ['diplomatic'], { needs: ['ties'] })),
  // Ties are between two sides even when the sentence names them together ("the two countries established relations").
  ...triggers('establish … relation, establish … tie, restore … relation, restore … tie, upgrade … tie, upgrade … relation, normalize … relation, normalise … relation, resume … relation, resume … tie', 'verb', sense('SUPPORT', 'other', null, ['diplomatic'])),
  ...triggers('forgive', 'any', praise),
  // COOPERATE: material cooperation
  ...triggers('cooperate, cooperate with, collaborate, collaborate with, cooperation, collaboration, partnership, strategic partnership', 'any', cooperate),
  ...triggers('share … intelligence, share … information, share … evidence, share … expertise, share … data, exchange … intelligence, exchange … information', 'verb', share),
  ...triggers('extradite, extradition', 'any', sense('COOPERATE', 'other', null, ['legal'])),
  // AID: material aid, transfers of arms and goods, asylum
  ...triggers('provide, supply, deliver, send, give, transfer, ship, donate, hand over, airlift, lend', 'verb', militaryAid, aidGoods),
  ...triggers('provide … with, supply … with, equip', 'verb', aid),
  ...triggers('grant, extend', 'verb', sense('AID', 'aid_or_transfer', null, ['asylum'], { needs: ['aidGoods'] })),
  ...triggers('grant … asylum, give … asylum, offer … asylum, grant … refuge, give … refuge', 'verb', asylum),
  ...triggers('fund, finance, bankroll', 'verb', sense('AID', 'aid_or_transfer', null, ['economic'], { needsTarget: true })),
  ...triggers('rescue', 'verb', aid),
  // NGEC codebook: debt forgiveness and loan cancellation are AID.
  ...triggers('forgive … debt, cancel … debt, write off … debt, waive … debt, debt relief, debt forgiveness, debt cancellation', 'any', sense('AID', 'aid_or_transfer', null, ['economic'])),
  ...triggers('aid, assistance, military aid, military assistance, humanitarian aid, humanitarian assistance, economic aid, financial aid, arm delivery, arm shipment, weapon delivery, weapon shipment, donation, bailout, rescue package, bailout package', 'noun', aid),
  ...triggers('transfer, delivery, shipment', 'noun', aidGoods),
  ...triggers('receive, obtain, acquire, get', 'verb', receive),
  // CONCEDE: verbal concessions, easing of restrictions, declared ceasefires
  ...triggers('concede, concede to, give in, back down, accede to, yield to, bow to', 'verb', concede),
  ...triggers('ease … restriction, ease … curfew, ease … ban, ease … measure, ease … emergency, lift … curfew, lift … ban, lift … restriction, lift … emergency, lift … martial law, relax … restriction, relax … curfew, cancel … restriction, scrap … restriction, end … curfew, end … emergency', 'verb', ease),
  ...triggers('call off … strike, call off … protest, call off … boycott, suspend … strike, end … strike, end … protest, end … boycott, suspend … protest', 'verb', sense('CONCEDE', 'other', null, ['rights_freedoms'])),
  ...triggers('declare … ceasefire, declare … cease-fire, declare … truce, announce … ceasefire, announce … truce, offer … ceasefire, offer … truce, propose … ceasefire', 'verb', ceasefire),
  ...triggers('amnesty, pardon', 'any', concede),
  // RETREAT: withdrawals, releases, resignations, disarmament, access
  ...triggers('withdraw, pull out, pull back, pull … out, pull … back, retreat, pullout, pull-out, withdrawal', 'any', sense('RETREAT', 'other', 'withdraw', ['military'], { needs: ['troops', 'place'] })),
  ...triggers('evacuate, evacuation', 'any', sense('RETREAT', 'other', 'withdraw', ['military'], { needs: ['place'] })),
  ...triggers('release, free, set free, hand over, return, repatriate, exchange', 'verb', sense('RETREAT', 'other', 'release', ['legal'], { needs: ['captive', 'person'] })),
  ...triggers('release, prisoner exchange, prisoner swap, swap', 'noun', sense('RETREAT', 'other', 'release', ['legal'], { needs: ['captive'] })),
  ...triggers('return … territory, return … property, return … land, hand back, cede', 'verb', sense('RETREAT', 'other', 'return', ['legal'])),
  ...triggers('resign, step down, quit, resignation', 'any', resign),
  ...triggers('disarm, demobilize, demobilise, surrender, lay down … arm, disarmament, demobilization', 'any', disarm),
  ...triggers('allow … access, grant … access, allow … observer, allow … inspector, admit … inspector, admit … observer, open … border, open … crossing, reopen … border, reopen … crossing, receive … observer, receive … inspector, receive … mission, allow … delivery, allow … aid, allow … convoy, open … bridge, reopen … bridge, open … corridor', 'verb', access),
  ...triggers('lift … sanction, ease … sanction, lift … embargo, ease … embargo, lift … blockade, ease … blockade, lift … siege, unfreeze … asset', 'verb', easeSanctions),
  ...triggers('observe … ceasefire, observe … truce, implement … ceasefire, hold … fire', 'verb', sense('RETREAT', 'other', 'ceasefire', ['military'])),
  ...triggers('ceasefire, cease-fire, truce', 'noun', ceasefire),
];

