// Multi-word attribution cues that are not a finite speech verb with its subject.
// SOURCE: reviewed by the Dateline team from English news usage; "quoted as saying" and "citing"
// also occur in the Quootstrap seed patterns (see SOURCES.md).

/**
 * Phrases that introduce the source after them: "according to X", "as reported by X".
 * `asParticiple`: the "as <participle> by X" family is open ("as announced by", "as stated by"):
 * any participle of a speech cue verb between "as" and "by" counts.
 */
export const SOURCE_INTRODUCERS: readonly string[] = [
  'according to',
  'as per',
  'in the words of',
];

/** "as quoted by X" / "as cited by X": X relayed the words, so X is the channel when a speaker is named. */
export const RELAY_PARTICIPLES: ReadonlySet<string> = new Set(['quoted', 'cited', 'relayed', 'carried', 'published', 'broadcast', 'aired', 'told']);

/** "…, citing X" / "…, quoting X": X is the source, the reporter before it the channel. */
export const CITING_CUES: ReadonlySet<string> = new Set(['citing', 'quoting']);

/** "X was quoted as saying", "X was cited as saying", "Y quoted X as saying". */
export const QUOTED_AS_VERBS: ReadonlySet<string> = new Set(['quoted', 'cited']);
export const QUOTED_AS_SPEECH: ReadonlySet<string> = new Set(['saying', 'telling', 'stating', 'warning', 'adding', 'writing', 'claiming', 'noting']);

/**
 * Impersonal passives with no source: "it was announced that …", "it is believed that …".
 * The participles come from the cue-verb lexicon; these are the ones read as hedging.
 */
export const IMPERSONAL_HEDGING: ReadonlySet<string> = new Set(['believed', 'thought', 'understood', 'rumoured', 'rumored', 'suspected', 'alleged', 'estimated', 'expected', 'feared']);
export const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'announced', 'reported', 'stated', 'said', 'confirmed', 'claimed', 'revealed', 'disclosed', 'noted', 'declared', 'learned', 'learnt',
  ...IMPERSONAL_HEDGING,
]);
