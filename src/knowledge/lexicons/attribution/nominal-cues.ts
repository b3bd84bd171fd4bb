// Nouns that report what someone said, thinks or intends: "his claim that …", "Clinton's plan to …",
// "the senator's comments about …". PARC-style annotation (PARC 3.0, PolNeAR) marks these as
// attributions with the noun as the cue. SOURCE: written by the Dateline team (D in SOURCES.md)
// from general English news usage: the nominalisations of the speech, belief and intention verbs.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Nouns that take a that-clause, an infinitive or an about/of/on phrase as what was said or meant. */
export const NOMINAL_CUES = words(`
  claim claims statement statements assertion assertions argument arguments belief beliefs view views warning warnings
  promise promises pledge pledges vow vows insistence suggestion suggestions accusation accusations allegation allegations
  contention position determination decision proposal proposals plan plans call calls demand demands request requests
  announcement comment comments remark remarks criticism assessment estimate prediction predictions finding findings
  conclusion conclusions admission denial complaint complaints charge charges message hope hopes fear fears concern
  concerns opinion insistence threat threats vision goal intention desire refusal offer acknowledgment acknowledgement
  explanation answer response reply testimony theory speculation suspicion doubts doubt
`);

/** Words after the noun that open what it reports: a clause, an infinitive, or its topic. */
export const NOMINAL_COMPLEMENTS = words(`that to about of on`);

/**
 * The nominal cues that name a speech act ("her claim that …", "his pledge to …"), not a belief,
 * plan or feeling ("his determination to …", "their hopes of …"). Inside another speaker's
 * statement only these are a statement of their own (refiner `nested-claims`).
 */
export const SPEECH_ACT_NOUNS = words(`
  claim claims statement statements assertion assertions argument arguments warning warnings promise promises pledge pledges
  vow vows insistence suggestion suggestions accusation accusations allegation allegations proposal proposals call calls
  demand demands request requests announcement comment comments remark remarks criticism prediction predictions admission
  denial complaint complaints charge charges message threat threats offer acknowledgment acknowledgement explanation answer
  response reply testimony
`);
