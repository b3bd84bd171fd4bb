// Words that weaken a claim: modal verbs of possibility, epistemic adverbs and adjectives, and the
// reporting hedges of news ("reportedly", "allegedly", "believed to"). SOURCE: reviewed by the
// Dateline team, general English (not from any one article). Multi-word entries win over their parts
// ("highly likely" over "likely").
//
// Left out on purpose: "would" (future in the past of reported speech, not doubt), "can", and
// "potential" (an adjective for planned things: "a potential launch" is not a hedged claim).

export const HEDGE_PHRASES: readonly string[] = [
  'highly likely', 'most likely', 'more likely', 'very likely', 'quite likely', 'less likely', 'highly unlikely',
  'in all likelihood', 'it is possible', 'it is unclear', 'not clear', 'not yet clear', 'not known',
  'believed to', 'thought to', 'understood to', 'reported to', 'alleged to', 'suspected of', 'said to be',
  'could have', 'may have', 'might have',
];

export const HEDGE_WORDS: readonly string[] = [
  'could', 'might', 'likely', 'unlikely', 'possibly', 'possible', 'probably', 'probable', 'perhaps', 'maybe',
  'seem', 'seems', 'seemed', 'seemingly', 'appear', 'appears', 'appeared', 'apparently',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'reportedly', 'allegedly', 'alleged', 'purportedly', 'purported', 'supposedly', 'presumably', 'potentially',
  'unconfirmed', 'unverified', 'rumoured', 'rumored', 'speculated', 'suspected', 'arguably', 'conceivably',
];

/** Hedges written in lower case only: "may" (not the month "May"). */
export const LOWER_CASE_HEDGES: readonly string[] = ['may'];
