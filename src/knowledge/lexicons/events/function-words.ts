// Closed-class English words the events annotator reads clause structure and modality from:
// auxiliaries, determiners, prepositions, subordinators, hedges, negations, future markers.
// SOURCE: reviewed by hand (Dateline team) from standard English grammar word lists; the hedge and
// modality cues follow the usual event-factuality cue sets (FactBank / TimeML modality words).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Auxiliary and modal verbs, which sit in a verb group before the main verb. */
export const AUXILIARIES = set(`
  be am is are was were been being 's have has had having do does did will would shall should can could may might must
  'll 'd 've 're ought
`);

/** Forms of "be" that make a passive with a past participle. */
export const BE_FORMS = set('be am is are was were been being');

/** Adverbs that may stand inside a verb group ("has also reportedly visited"). */
export const VERB_GROUP_ADVERBS = set(`
  also reportedly allegedly already just recently finally again once then today yesterday later formally officially
  jointly successfully repeatedly still now soon previously earlier first separately publicly secretly quietly
  reportedly apparently actually indeed even further currently initially eventually subsequently routinely
  bluntly flatly strongly sharply fiercely outright once twice immediately swiftly quickly openly personally
  not never n't no longer
`);

/** Words ending in -ly that are nouns or adjectives, not adverbs ("the family filed", "an ally said"). */
export const LY_NON_ADVERBS = set(`
  family ally rally assembly supply reply monopoly anomaly melancholy homily lily belly bully jelly folly holly
  july italy sicily daily weekly monthly yearly quarterly nightly hourly elderly friendly unfriendly
  costly deadly lively lonely ugly holy silly orderly disorderly burly surly curly hilly
  woolly wily
`);

/** An adverb by its -ly ending ("reportedly", "sharply"), not a noun or adjective that ends so ("family"). */
export const isLyAdverb = (word: string): boolean => /[a-z]ly$/.test(word) && !LY_NON_ADVERBS.has(word);

export const DETERMINERS = set(`
  the a an this that these those its their his her our my your any some no another every each such both either neither
  all several many few more most much other
`);

export const PREPOSITIONS = set(`
  in at on to into onto from by with without for of about against among amid amidst around across over under near
  through throughout toward towards within inside outside beyond between behind despite during via per upon along
  off past since until till before after following including regarding concerning like unlike versus
  aboard atop beside beneath below above alongside underneath
`);

/** Prepositions that attach a place to an event ("in Pyongyang", "near the border"). */
export const PLACE_PREPOSITIONS = set('in at near inside outside across around throughout within along off over');

/** Prepositions that attach the goal of a movement ("deployed to Russia", "arrived in Pyongyang"). */
export const GOAL_PREPOSITIONS = set('to into toward towards');

/** Words that open a relative clause. */
export const RELATIVE_PRONOUNS = set('which who whom whose where when');

/** Subordinating conjunctions that always open a new clause. */
export const SUBORDINATORS = set('while whereas although though because unless if whether once whenever wherever');

/** Words that open a clause only when a finite verb follows soon ("after X attacked" vs "after talks"). */
export const CLAUSAL_PREPOSITIONS = set('after before until since as');

/** Participles that open a trailing clause after a comma (", saying ...", ", citing ..."). */
export const TRAILING_PARTICIPLES = set(`
  saying adding citing noting claiming stressing insisting arguing warning calling urging describing referring
  according quoting killing wounding injuring leaving prompting forcing causing raising marking following
`);

/** Phrases after a comma that open an attribution frame rather than more of the event. */
export const FRAME_OPENERS = set('as according citing quoting per');

/** Coordinators that open a new clause after a comma. */
export const COORDINATORS = set('and but or yet so nor');

/** Negation cues. */
export const NEGATIONS = set(`not n't never no neither nor without`);

/** Verbs that negate the event they govern ("failed to reach", "denied attacking"). */
export const NEGATING_VERBS = set('fail deny refuse decline');

/** Cues that an event is planned, promised or expected rather than done. */
export const FUTURE_MODALS = set(`will 'll shall would`);
export const PLANNING_VERBS = set(`
  plan intend aim expect schedule slate set prepare propose hope seek want wish mean consider plot
  invitation
`);
// (Round 13, helper conv: "an invitation to visit Moscow" is a visit not yet made; NGEC codebook AGREE "invite a
// delegation to visit (… actual visits/meetings do not fall under this definition)".)
export const PLANNING_ADJECTIVES = set('upcoming forthcoming planned scheduled proposed expected prospective future next');

/** Cues that hedge an event: possibility, likelihood, hearsay. */
export const HEDGES = set(`
  could may might possibly possible probably probable likely unlikely perhaps reportedly allegedly apparently seemingly
  suspected alleged potential potentially presumably purportedly supposedly rumored rumoured believed thought seem seems
  seemed appear appears appeared unconfirmed unclear
`);

/** Words that mark a noun as definite, so a noun trigger after them may point back to an event told before. */
export const DEFINITE_MARKERS = set(`
  the this that these those its their his her our latest recent previous last earlier same
`);

/** Verbs that report speech or thought: a "that" after them opens a content clause. Never event triggers. */
export const REPORTING_VERBS = set(`
  say tell report state note announce add claim confirm reveal indicate suggest believe think argue insist explain stress
  write remark assert maintain acknowledge admit disclose declare estimate predict expect hope fear know learn show
  find conclude agree warn understand assume suspect allege deny
`);

/** Verbs of occurring, which in a relative clause give the time of the noun event before them ("a launch, which occurred at 9"). */
export const OCCURRENCE_VERBS = set('occur happen take come begin start end hold conduct carry stage');

/**
 * Verbs whose subject is an event noun that thereby happened ("riots broke out", "an air strike hit
 * a hospital", "clashes left three dead"). Lemmas; general English verbs of occurring, spreading and
 * causing harm (hand-reviewed, Dateline team).
 */
export const HAPPENING_VERBS = set(`
  break erupt occur happen take begin start resume continue spread flare rage escalate intensify follow hit strike kill
  wound injure destroy damage rock shake leave claim target spark paralyse paralyze disrupt engulf sweep grip close
  shut halt cause trigger prompt
`);
