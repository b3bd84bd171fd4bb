// Verbs that carry a noun event ("conducted a test", "held talks", "oversaw the launch"): the noun
// gives the event's type, the verb gives its subject, tense and modality.
// SOURCE: reviewed by hand (Dateline team) from English support-verb constructions (light verbs)
// as described in NomBank/PropBank support-verb annotation, restricted to news usage.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Single-word light verbs (lemmas). */
export const LIGHT_VERBS = set(`
  conduct hold stage launch begin start resume complete conclude finish make undertake pay mount perform organize
  organise host attend join open continue intensify escalate wage unleash order oversee supervise observe watch guide
  inspect witness lead stage announce carry hold plan schedule prepare approve authorize authorise restart renew
  wrap kick step engage participate take expand deepen boost enhance broaden improve increase strengthen bolster issue
  adopt unveil place keep
`);

/** Particles that may follow a light verb ("carry out", "kick off", "step up", "take part in"). */
export const LIGHT_VERB_PARTICLES = set('out off up in part');

/** Verbs whose subject receives the noun event rather than doing it ("received assistance"). */
export const RECEIVING_VERBS = set('receive get obtain accept win secure');

/**
 * Session 13 (helper rev13): things published, not people freed: "released a letter from his doctor", "a poll released
 * in May", "the video was released by police". (Singular forms: the blockers match lemmas.)
 */
export const PUBLISHED_THINGS: ReadonlySet<string> = set(`
  letter poll survey video footage photo photograph image picture recording audio transcript memo email map study
  analysis update guidance estimate forecast clip tape text note report statement data figure result document detail
  finding record album film song trailer version budget plan list schedule tally toll count
  book memoir novel biography anthology documentary movie episode podcast
`);

/**
 * Phrases that look like triggers but name no event ("seize on a remark", "a heart attack", "gave a
 * speech", "met the deadline"): matched first, and their words are then not triggers.
 */
export const NON_EVENT_PHRASES: readonly string[] = [
  'decline to comment', 'refuse to comment', 'decline … comment', 'decline to say', 'decline to elaborate', 'decline to give',
  'decline to provide', 'decline to disclose', 'decline to specify', 'decline to confirm', 'decline to identify', 'decline to discuss',
  'refuse to say', 'refuse to elaborate', 'refuse to disclose', 'refuse to confirm', 'refuse to discuss', 'refuse to identify', 'seize on', 'seize upon', 'strike … balance', 'strike … chord', 'strike … tone', 'strike … note', 'attack ad', 'hit piece',
  'hit list', 'hit song', 'hit record', 'box office hit', 'fire up', 'launch … campaign', 'launch … bid', 'launch … website', 'launch … app',
  'launch … product', 'launch … service', 'launch … program', 'launch … programme', 'launch … book', 'launch … initiative', 'launch … fund',
  'give … speech', 'give … interview', 'give … address', 'give … testimony', 'give … way', 'give … rise', 'give … up',
  'give … birth', 'give … credit', 'give … chance', 'take … shot', 'meet … demand', 'meet … deadline', 'meet … target',
  'meet … need', 'meet … requirement', 'meet … criteria', 'meet … expectation', 'meet … goal', 'meet … standard',
  'test positive', 'test negative', 'blood test', 'drug test', 'stress test', 'test case', 'test score', 'heart attack',
  'panic attack', 'asthma attack', 'shoot … film', 'shoot … video', 'shoot … scene', 'shoot … footage', 'support … claim',
  'support … view', 'support … idea', 'support … theory', 'support … argument', 'deal with', 'big deal', 'good deal',
  'great deal', 'release … statement', 'release … report', 'release … data', 'release … figure', 'release … video',
  'release … album', 'release … film', 'release … record', 'release … detail', 'release … document', 'release … result',
  'release … name', 'release … version', 'release … plan', 'release … budget', 'release … tax return', 'release … footage',
  // Session 13 (helper rev13): more things published ("released a letter from his physician", "released poll results").
  'release … letter', 'release … poll', 'release … survey', 'release … photo', 'release … image', 'release … picture',
  'release … recording', 'release … audio', 'release … transcript', 'release … memo', 'release … email', 'release … map',
  'release … finding', 'release … estimate', 'release … forecast', 'release … clip', 'release … tape', 'release … guidance',
  // Session 14 (helper rev14): books and programmes released are published too ("would release his book April 7").
  'release … book', 'release … memoir', 'release … novel', 'release … movie', 'release … documentary', 'release … episode',
  'release … podcast', 'release … anthology', 'release … biography',
  'press conference', 'press release', 'press secretary', 'press office', 'press briefing', 'press statement', 'free trade',
  'free speech', 'free market', 'for free', 'target audience', 'target market', 'exercise … right', 'exercise … power',
  'exercise … option', 'exercise … restraint', 'exercise … caution', 'exercise … veto',
  // Phrases of reporting and publishing, not acts: "according to a posting", "posted to Twitter", "a photo shoot".
  'according to', 'in accordance with', 'post … twitter', 'post … facebook', 'post … instagram', 'post … online', 'post … social media',
  'post … website', 'post … blog', 'photo shoot', 'shoot … photo', 'shoot … photograph', 'shoot … picture', 'shoot … portrait',
  // Getting used to a state of things is no act toward anyone: "Russia has adapted to the restrictions".
  'adapt to', 'adjust to', 'cope with',
  // Going on with something is no demand: "troops would press ahead with an operation" (the operation is the act).
  'press ahead', 'push ahead', 'forge ahead', 'press on with',
  // Rescue work after a strike or a disaster: searching rubble is no police search, pulling out survivors no withdrawal.
  'search … rubble', 'search … debris', 'search … wreckage', 'search … ruins', 'search for … survivor', 'search for … body', 'search for … missing',
  'pull … survivor', 'pull … body', 'pull … from … rubble', 'pull … from … debris', 'pull … from … wreckage', 'pull … from … ruins',
  // Defending one's own ground or forces is a military stance, not a statement of support for someone.
  'defend … territory', 'defend … country', 'defend … border', 'defend … borders', 'defend … sovereignty', 'defend … interests',
  'defend … force', 'defend … forces', 'defend … troops', 'defend itself', 'defend themselves', 'defend … homeland', 'defend … city',
  // Deaths in accidents and disasters are no attacks: "killed in a stampede", "injured in the crash".
  ...['kill', 'injure', 'wound'].flatMap((verb) => ['stampede', 'crush', 'crash', 'collision', 'accident', 'derailment', 'earthquake', 'quake',
    'flood', 'floods', 'flooding', 'landslide', 'mudslide', 'avalanche', 'storm', 'cyclone', 'hurricane', 'typhoon', 'tornado', 'wildfire',
    'blaze', 'collapse', 'heatwave', 'eruption'].map((cause) => `${verb} … ${cause}`)),
  // A launch that fails is no attack: "the rocket exploded shortly after liftoff", "blew up on the launch pad".
  ...['explode', 'blow up', 'explosion', 'blast'].flatMap((verb) => ['liftoff', 'lift-off', 'launch', 'launchpad', 'takeoff', 'take-off', 'ascent']
    .map((moment) => `${verb} … ${moment}`)),
  // A crowd crush: "crushed by the wave of people behind them", "crushed in the crowd".
  'crush … wave', 'crush … crowd', 'crush … throng', 'crush … stampede',
  // Session 11 (helper rev): a reaction something was met with is no meeting ("the remark was met with laughter"); an
  // abstract state threatened by something is no threat by anyone ("rising prices threaten the survival of farms").
  ...['laughter', 'derision', 'skepticism', 'scepticism', 'silence', 'applause', 'jeer', 'jeers', 'boo', 'boos', 'hoot', 'hoots', 'cheer', 'cheers',
    'disbelief', 'dismay', 'ridicule', 'outrage', 'indifference', 'suspicion', 'resistance', 'success', 'approval'].map((reaction) => `meet with … ${reaction}`),
  ...['viability', 'survival', 'stability', 'livelihood', 'livelihoods', 'existence', 'prospects', 'recovery', 'future of', 'integrity of'].map((state) => `threaten … ${state}`),
  // Session 12 (helper rev12): a legal, medical or personal struggle is no fighting ("is battling extradition", "fighting for
  // their lives", "battled cancer"); a deal one is on the cusp, verge or brink of is not yet made.
  // (Singular words only: a word listed here joins the lemmatizer's vocabulary, and "charges" listed would stop being "charge".)
  ...['battle', 'fight'].flatMap((verb) => ['extradition', 'deportation', 'charge', 'conviction', 'cancer', 'illness', 'disease',
    'addiction', 'lawsuit', 'ruling', 'for … life', 'for survival',
    // Session 14 (helper rev14): and an epidemic, a fire or the weather, or a dispute at law ("battling the coronavirus
    // outbreak", "the fight against the blaze", "battling torrential rain", "fighting over custody of the children").
    'virus', 'coronavirus', 'outbreak', 'pandemic', 'epidemic', 'infection', 'blaze', 'wildfire', 'bushfire', 'flame', 'against … fire',
    'rain', 'flood', 'drought', 'storm', 'custody', 'inheritance', 'divorce'].map((thing) => `${verb} … ${thing}`)),
  // (The -ing form keeps its own lemma, the noun of "fighting broke out": "were fighting over custody" needs it listed.)
  ...['virus', 'coronavirus', 'outbreak', 'pandemic', 'epidemic', 'blaze', 'wildfire', 'bushfire', 'against … fire', 'custody',
    'inheritance', 'divorce', 'extradition', 'deportation', 'cancer', 'illness', 'disease', 'addiction', 'lawsuit', 'for … life']
    .map((thing) => `fighting … ${thing}`),
  // Session 14 (helper rev14): catching an illness is no contract ("who recently contracted COVID-19"); speeches, wishes
  // and views delivered or offered are words, no aid or offer ("delivered his new year wishes", "offers a wry look at");
  // a thing that gives hope gives nothing ("results giving officials hope"); a book arriving "at a time" visits no one;
  // nominations or entries received are no aid.
  ...['virus', 'coronavirus', 'covid', 'covid-19', 'disease', 'illness', 'infection', 'flu', 'measles', 'malaria'].map((illness) => `contract … ${illness}`),
  ...['speech', 'address', 'remark', 'wish', 'message', 'lecture', 'sermon', 'eulogy', 'keynote', 'greeting'].map((words) => `deliver … ${words}`),
  ...['look', 'glimpse', 'insight', 'view', 'perspective', 'take', 'portrait', 'reflection', 'meditation'].map((view) => `offer … ${view}`),
  'give … hope', 'offer … hope', 'arrive at a time', 'come at a time',
  // Session 15 (helper conf15): hope, or a say, handed over in words is no aid ("this Council provided a glimmer of hope",
  // "rejected giving the U.N. sole responsibility for inspecting aid": a role or power given is no goods given).
  ...['give', 'provide', 'offer'].flatMap((verb) => ['glimmer', 'responsibility', 'mandate', 'role', 'upper hand']
    .map((thing) => `${verb} … ${thing}`)),
  ...['nomination', 'application', 'entry', 'submission', 'complaint', 'inquiry', 'enquiry'].map((thing) => `receive … ${thing}`),
  'be on … cusp of', 'be on … verge of', 'be on … brink of',
  // A warning of a state of things threatens no one ("warned of deteriorating conditions", "warned of famine"); warning of a
  // response or of consequences stays a threat.
  ...['condition', 'famine', 'starvation', 'hunger', 'shortage', 'risk', 'danger', 'outbreak', 'epidemic', 'drought'].map((state) => `warn of … ${state}`),
  // Session 13 (helper rev13): a reporter's sourcing conventions are no requests ("an official, who requested anonymity",
  // "asked not to be named", "did not respond to requests for comment").
  'request … anonymity', 'ask … anonymity', 'demand … anonymity', 'request … anonymity to discuss', 'ask … anonymity to discuss',
  'anonymity to discuss', 'condition of anonymity to discuss', 'not authorize to discuss', 'not authorise to discuss', 'ask not to be named', 'ask not to be identified', 'request not to be named',
  // A voter's preference is no act of support ("said he was leaning toward the senator").
  'lean toward', 'lean towards',
  // "thanks to" gives a cause, no thanks to anyone ("was leaning toward her thanks to her answers").
  'thank to',
  // Appeal as attractiveness is no appeal to anyone ("to broaden her appeal", "a stance which holds appeal to voters").
  'broaden … appeal', 'widen … appeal', 'expand … appeal', 'hold … appeal', 'broad appeal', 'wide appeal', 'mass appeal', 'popular appeal',
  // Prices and indexes that claw or bounce back are no one's support ("stocks clawed back some losses").
  'claw back', 'bounce back',
  // Session 14 (helper rev14): "back" after a verb is its particle, not the verb of support ("brought back staff", "calling
  // back employees", "to come back to the office", "kick back the vote", "were driven back"): a phrasal verb of return.
  // ("pull back", "hand back", "scale back …" and "hit back at" stay triggers of their own: a longer trigger outranks these;
  // "allowed the stations back on air" is no such particle verb: a concession.)
  ...['bring', 'come', 'call', 'kick', 'get', 'go', 'drive', 'head', 'fly', 'be', 'win', 'look', 'write', 'report', 'pay', 'fall', 'sit',
    'hold', 'put', 'set'].flatMap((verb) => [`${verb} back`, `${verb} … back`]),
  'request not to be identified', 'request for comment', 'request … comment', 'ask for comment', 'ask … for comment',
  // Names of forces and kit, not acts: "riot police fired tear gas".
  'riot police', 'riot squad', 'riot gear', 'riot shield', 'riot officer', 'strike force', 'attack helicopter', 'attack submarine',
  // Session 15 (helper conf15): evidence that backs up a claim supports no one ("has not presented any evidence to back up
  // the claim" had become a negated REJECT); "press on" goes on with something, it presses no one ("said it would press on
  // until the group is destroyed" had become a REQUEST).
  'back up', 'back … up', 'press on', 'press ahead',
  // Session 15 (helper conf15): fighting named as what is to end or pause is no fighting told ("calls for a cease-fire rather
  // than an immediate end to fighting" had become an attack by the caller; "a halt to the attacks" a concession).
  ...['end', 'halt', 'stop', 'pause', 'lull', 'let-up', 'cessation', 'suspension', 'respite'].flatMap((noun) => ['to', 'in', 'of'].flatMap((prep) =>
    ['fighting', 'fight', 'hostility', 'attack', 'strike', 'airstrike', 'bombing', 'bombardment', 'shelling', 'violence', 'war', 'killing', 'offensive']
      .map((act) => `${noun} ${prep} … ${act}`))),
];
