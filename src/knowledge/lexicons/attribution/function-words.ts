// Closed-class English words the attribution patterns step over or stop at. SOURCE: reviewed by the
// Dateline team (standard English grammar: auxiliaries, pronouns, subordinators, time words).

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Auxiliaries and modals between a subject and its verb ("has said", "would later tell"). */
export const AUXILIARIES = words(`is are was were be been being am has have had having will would shall should can could may might must do does did 's 've 'd 'll`);

/** Forms of "be": a speech verb after one is passive ("was informed"), not said by the subject. */
export const BE_FORMS = words(`is are was were be been being am`);

/** Negation: "did not say" reports no statement. */
export const NEGATIONS = words(`not never cannot n't no`);

/** Adverbs that sit between a subject and its speech verb ("also said", "later told"). */
export const CUE_ADVERBS = words(`
  also later previously recently repeatedly again twice thrice often once then reportedly allegedly publicly privately earlier first
  further separately already still always frequently similarly likewise subsequently initially originally simply flatly
  bluntly angrily firmly openly explicitly quickly immediately formally officially specifically clearly strongly
  emphatically jokingly sarcastically confidently insistently calmly tearfully quietly loudly proudly frankly candidly
  just even only long now today yesterday tonight additionally accurately correctly wrongly falsely erroneously
  directly indirectly personally herself himself themselves itself together jointly
`);

/** Words that name a time ("on Friday", "last week", "earlier this month"). */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weeks weekend month
  months year years morning afternoon evening night day days hour hours ago earlier later recently january february
  march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
`);

/** Words that start a time adverbial when a time word follows ("on Friday", "last month", "earlier this week"). */
export const TIME_LEADS = words(`on last this next earlier late early in during over at around since`);

/** Nouns of the occasion a statement was made on ("in a statement", "on Twitter", "at a rally"). */
export const OCCASION_NOUNS = words(`
  statement interview speech briefing conference remarks post tweet tweets letter message video email op-ed article
  column address session hearing meeting rally event appearance broadcast programme program show podcast debate forum
  summit call visit trip report filing testimony response reply twitter facebook diatribe ruling
`);

/** Prepositions that may sit inside a source's noun phrase ("an official from the JCS", "head of the institute"). */
export const NP_PREPOSITIONS = words(`of from for at with in on by`);

/** Words that end a source noun phrase when read backwards from the cue (clause openers and conjunctions). */
export const CLAUSE_OPENERS = words(`
  that which while because if when although though whereas since but or so after before as where whether until unless
  once whom whose what how why than nor yet then there here thus hence however meanwhile also and
`);

/** Words that open a subordinate or coordinate clause and so end a content or tail phrase read forwards. */
export const FORWARD_STOPS = words(`who which that while because although though whereas when where after before as since if unless until`);

/** Personal pronouns that can be a source, and how they may be resolved. */
export const PERSON_PRONOUNS = words(`he she him her`);
export const THING_PRONOUNS = words(`it`);
export const PLURAL_PRONOUNS = words(`they them`);
export const FIRST_PERSON = words(`i we me us you`);

/** Determiners and quantifiers that open a noun phrase ("the", "a", "some", "two"). */
export const DETERMINERS = words(`the a an this that these those some many several most few two three four five all both each other another any his her its their our my your no one`);

/** Complementisers that open reported content: "said that …", "asked whether …". */
export const COMPLEMENTISERS = words(`that whether if how why what when where who which`);

/** Verbs and modals whose presence makes a word sequence read as a clause (for belief and evidence cues). */
export const CLAUSE_VERBS = words(`
  is are was were be been being am has have had will would shall should can could may might must do does did
  isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't doesn't don't didn't
  isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t shouldn’t doesn’t don’t didn’t
`);

/** Subject pronouns that open a clause ("said he would …"). */
export const SUBJECT_PRONOUNS = words(`i we you he she it they there this`);

/** Past participles not ending in -ed, for reduced relatives ("footage broadcast by …", "an agency known as …"). */
const IRREGULAR_PARTICIPLES = words(`broadcast taken shown seen written made given sent held drawn shot put run read found brought caught
  kept left spread told sold set known led built`);

/** A lower-case word that looks like a past participle: "-ed" after two letters, or an irregular one. */
export function looksLikePastParticiple(lower: string): boolean {
  return IRREGULAR_PARTICIPLES.has(lower) || /[a-z]{2}ed$/.test(lower);
}
