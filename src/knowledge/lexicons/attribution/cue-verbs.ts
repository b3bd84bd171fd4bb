// Verbs that attribute words or thoughts to a source ("said", "told", "believes", "showed").
// SOURCES (see SOURCES.md):
//   G = Gender Gap Tracker English quote-verb list (sfu-discourse-lab/GenderGapTracker,
//       nlp/english/rules/quote_verb_list.txt, MIT, (c) 2018-2023 Maite Taboada);
//   Q = verbs next to the speaker slot in the Quootstrap seed patterns (epfl-dlab/Quotebank,
//       quootstrap/resources/seedPatterns.txt, MIT, (c) 2021 DLAB);
//   D = added and reviewed by the Dateline team (belief and evidence verbs, evaluative speech acts).
// Each lemma is listed once; its inflections come from `inflect` below (irregular ones are given).
// Left out of G on purpose: accept, convince, ensure, persist, present, release (mostly not speech in news).

export type CueKind = 'speech' | 'belief' | 'evidence';

export interface CueVerb {
  lemma: string;
  kind: CueKind;
  /** The verb itself weakens the claim ("suggests", "believes", "estimates"). */
  hedging: boolean;
  /**
   * An evaluative speech act that takes an object and a characterisation ("called the drills 'a
   * rehearsal'", "criticized the plan as 'reckless'"). 'quote': a cue only with quoted words;
   * 'object': also with a plain object ("condemned the launch").
   */
  evaluative: 'quote' | 'object' | null;
  /** Only a cue right next to a quotation ("'We won,' she joked."; "He continued: '…'"). */
  quoteOnly: boolean;
  /** A particle that must follow the verb ("pointed out", "called for"). */
  particle: string | null;
  /** All forms: base, third person, past, participle, -ing. */
  forms: string[];
  from: 'G' | 'Q' | 'D';
}

interface Options {
  hedging?: boolean;
  evaluative?: 'quote' | 'object';
  quoteOnly?: boolean;
  particle?: string;
  /** Irregular forms (replace the generated ones). */
  forms?: string[];
  /** Double the final consonant before -ed/-ing ("admitted"). */
  double?: boolean;
}

function verb(from: CueVerb['from'], lemma: string, kind: CueKind, options: Options = {}): CueVerb {
  return {
    lemma,
    kind,
    hedging: options.hedging ?? false,
    evaluative: options.evaluative ?? null,
    quoteOnly: options.quoteOnly ?? false,
    particle: options.particle ?? null,
    forms: options.forms ?? inflect(lemma, options.double ?? false),
    from,
  };
}

/** Regular English inflections: base, -s, -ed, -ing. */
export function inflect(lemma: string, double = false): string[] {
  const last = lemma.slice(-1);
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const stem = double ? lemma + last : lemma;
  const past = last === 'e' ? `${lemma}d` : consonantY ? `${lemma.slice(0, -1)}ied` : `${stem}ed`;
  const ing = lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : /[^aeioy]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${stem}ing`;
  return [lemma, third, past, ing];
}

const E = 'evidence';
const B = 'belief';
const S = 'speech';

export const CUE_VERBS: readonly CueVerb[] = [
  // ---- G: Gender Gap Tracker quote verbs (forms as listed there)
  verb('G', 'acclaim', S, { evaluative: 'quote' }),
  verb('G', 'acknowledge', S),
  verb('G', 'add', S),
  verb('G', 'admit', S, { double: true }),
  verb('G', 'advise', S),
  verb('G', 'announce', S),
  verb('G', 'argue', S),
  verb('G', 'assert', S),
  verb('G', 'assure', S),
  verb('G', 'claim', S),
  verb('G', 'clarify', S),
  verb('G', 'comment', S),
  verb('G', 'conclude', B),
  verb('G', 'confirm', S),
  verb('G', 'continue', S, { quoteOnly: true }),
  verb('G', 'criticize', S, { evaluative: 'object' }),
  verb('G', 'declaim', S, { quoteOnly: true }),
  verb('G', 'declare', S),
  verb('G', 'decry', S, { evaluative: 'object' }),
  verb('G', 'demonstrate', E),
  verb('G', 'denounce', S, { evaluative: 'object' }),
  verb('G', 'describe', S, { evaluative: 'object' }),
  verb('G', 'disclaim', S),
  verb('G', 'dispute', S),
  verb('G', 'estimate', B, { hedging: true }),
  verb('G', 'exclaim', S),
  verb('G', 'explain', S),
  verb('G', 'find', E, { forms: ['find', 'finds', 'found', 'finding'] }),
  verb('G', 'highlight', S),
  verb('G', 'illustrate', E),
  verb('G', 'indicate', E),
  verb('G', 'inform', S),
  verb('G', 'insist', S),
  verb('G', 'mention', S),
  verb('G', 'note', S),
  verb('G', 'notify', S),
  verb('G', 'point', S, { particle: 'out' }),
  verb('G', 'preach', S, { quoteOnly: true }),
  verb('G', 'predict', S),
  verb('G', 'proclaim', S),
  verb('G', 'rave', S, { quoteOnly: true }),
  verb('G', 'reassert', S),
  verb('G', 'reassure', S),
  verb('G', 'reckon', B, { hedging: true }),
  verb('G', 'reconfirm', S),
  verb('G', 'remind', S),
  verb('G', 'reply', S),
  verb('G', 'report', S),
  verb('G', 'respond', S),
  verb('G', 'restate', S),
  verb('G', 'retell', S, { forms: ['retell', 'retells', 'retold', 'retelling'] }),
  verb('G', 'say', S, { forms: ['say', 'says', 'said', 'saying'] }),
  verb('G', 'state', S),
  verb('G', 'suggest', E, { hedging: true }),
  verb('G', 'tell', S, { forms: ['tell', 'tells', 'told', 'telling'] }),
  verb('G', 'testify', S),
  verb('G', 'think', B, { hedging: true, forms: ['think', 'thinks', 'thought', 'thinking'] }),
  verb('G', 'tweet', S),
  verb('G', 'warn', S),
  verb('G', 'write', S, { forms: ['write', 'writes', 'wrote', 'written', 'writing'] }),
  // ---- Q: Quootstrap seed-pattern verbs not in G
  verb('Q', 'quip', S, { quoteOnly: true, double: true }),
  verb('Q', 'joke', S, { quoteOnly: true }),
  verb('Q', 'urge', S),
  verb('Q', 'praise', S, { evaluative: 'object' }),
  verb('Q', 'condemn', S, { evaluative: 'object' }),
  verb('Q', 'implore', S),
  verb('Q', 'promise', S),
  verb('Q', 'blog', S, { double: true }),
  verb('Q', 'deadpan', S, { quoteOnly: true, double: true }),
  verb('Q', 'demand', S),
  verb('Q', 'ask', S),
  verb('Q', 'remark', S),
  verb('Q', 'reveal', S),
  verb('Q', 'call', S, { evaluative: 'object' }),
  // ---- D: reviewed additions (speech)
  verb('D', 'allege', S),
  verb('D', 'deny', S),
  verb('D', 'observe', S),
  verb('D', 'stress', S),
  verb('D', 'emphasize', S),
  verb('D', 'emphasise', S),
  verb('D', 'underline', S),
  verb('D', 'underscore', S),
  verb('D', 'maintain', S),
  verb('D', 'contend', S),
  verb('D', 'recall', S),
  verb('D', 'reiterate', S),
  verb('D', 'vow', S),
  verb('D', 'pledge', S),
  verb('D', 'caution', S),
  verb('D', 'concede', S),
  verb('D', 'boast', S),
  verb('D', 'brag', S, { double: true }),
  verb('D', 'complain', S),
  verb('D', 'lament', S),
  verb('D', 'accuse', S, { evaluative: 'object' }),
  verb('D', 'charge', S),
  verb('D', 'counter', S),
  verb('D', 'retort', S),
  verb('D', 'rebut', S, { double: true }),
  verb('D', 'answer', S),
  verb('D', 'disclose', S),
  verb('D', 'divulge', S),
  verb('D', 'confess', S),
  verb('D', 'affirm', S),
  verb('D', 'reaffirm', S),
  verb('D', 'agree', S),
  verb('D', 'question', S),
  verb('D', 'hint', S, { hedging: true }),
  verb('D', 'signal', S),
  verb('D', 'threaten', S),
  verb('D', 'propose', S),
  verb('D', 'recommend', S),
  verb('D', 'plead', S),
  verb('D', 'elaborate', S),
  verb('D', 'specify', S),
  verb('D', 'criticise', S, { evaluative: 'object' }),
  verb('D', 'call', S, { particle: 'for' }),
  verb('D', 'call', S, { particle: 'on' }),
  verb('D', 'shout', S, { quoteOnly: true }),
  verb('D', 'yell', S, { quoteOnly: true }),
  verb('D', 'scream', S, { quoteOnly: true }),
  verb('D', 'whisper', S, { quoteOnly: true }),
  verb('D', 'mutter', S, { quoteOnly: true }),
  verb('D', 'muse', S, { quoteOnly: true }),
  verb('D', 'wonder', S, { quoteOnly: true }),
  verb('D', 'laugh', S, { quoteOnly: true }),
  verb('D', 'recount', S, { quoteOnly: true }),
  verb('D', 'sigh', S, { quoteOnly: true }),
  verb('D', 'chant', S, { quoteOnly: true }),
  verb('D', 'sing', S, { quoteOnly: true, forms: ['sing', 'sings', 'sang', 'sung', 'singing'] }),
  verb('D', 'read', S, { quoteOnly: true, forms: ['read', 'reads', 'read', 'read', 'reading'] }),
  verb('D', 'snap', S, { quoteOnly: true, double: true }),
  // ---- D: evaluative speech acts ("branded the test 'a provocation'")
  verb('D', 'label', S, { evaluative: 'quote' }),
  verb('D', 'brand', S, { evaluative: 'quote' }),
  verb('D', 'dub', S, { evaluative: 'quote', double: true }),
  verb('D', 'term', S, { evaluative: 'quote' }),
  verb('D', 'refer', S, { evaluative: 'quote', particle: 'to', double: true }),
  verb('D', 'characterize', S, { evaluative: 'object' }),
  verb('D', 'characterise', S, { evaluative: 'object' }),
  verb('D', 'portray', S, { evaluative: 'object' }),
  verb('D', 'slam', S, { evaluative: 'object', double: true }),
  verb('D', 'blast', S, { evaluative: 'object' }),
  verb('D', 'lambaste', S, { evaluative: 'object' }),
  verb('D', 'hail', S, { evaluative: 'object' }),
  verb('D', 'welcome', S, { evaluative: 'object' }),
  verb('D', 'deride', S, { evaluative: 'object' }),
  verb('D', 'dismiss', S, { evaluative: 'object' }),
  verb('D', 'reject', S, { evaluative: 'object' }),
  verb('D', 'liken', S, { evaluative: 'object' }),
  // ---- D: stance and action verbs with an object ("attacked the plan", "endorsed Clinton", "cited the
  // figure"). PARC-style annotation (PARC 3.0, PolNeAR) counts a source's expressed stance towards a
  // thing as an attribution; the object to the end of the clause is the content.
  verb('D', 'attack', S, { evaluative: 'object' }),
  verb('D', 'support', S, { evaluative: 'object' }),
  verb('D', 'endorse', S, { evaluative: 'object' }),
  verb('D', 'oppose', S, { evaluative: 'object' }),
  verb('D', 'defend', S, { evaluative: 'object' }),
  verb('D', 'blame', S, { evaluative: 'object' }),
  verb('D', 'tout', S, { evaluative: 'object' }),
  verb('D', 'mock', S, { evaluative: 'object' }),
  verb('D', 'ridicule', S, { evaluative: 'object' }),
  verb('D', 'echo', S, { evaluative: 'object' }),
  verb('D', 'cite', S, { evaluative: 'object' }),
  verb('D', 'reference', S, { evaluative: 'object' }),
  verb('D', 'applaud', S, { evaluative: 'object' }),
  verb('D', 'champion', S, { evaluative: 'object' }),
  verb('D', 'advocate', S, { evaluative: 'object' }),
  verb('D', 'favor', S, { evaluative: 'object' }),
  verb('D', 'favour', S, { evaluative: 'object' }),
  verb('D', 'rail', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'express', S, { evaluative: 'object' }),
  verb('D', 'voice', S, { evaluative: 'object' }),
  verb('D', 'discuss', S, { evaluative: 'object' }),
  verb('D', 'detail', S, { evaluative: 'object' }),
  verb('D', 'outline', S, { evaluative: 'object' }),
  verb('D', 'unveil', S, { evaluative: 'object' }),
  verb('D', 'excoriate', S, { evaluative: 'object' }),
  verb('D', 'berate', S, { evaluative: 'object' }),
  verb('D', 'chide', S, { evaluative: 'object' }),
  verb('D', 'scold', S, { evaluative: 'object' }),
  verb('D', 'rebuke', S, { evaluative: 'object' }),
  verb('D', 'castigate', S, { evaluative: 'object' }),
  verb('D', 'disparage', S, { evaluative: 'object' }),
  verb('D', 'thank', S, { evaluative: 'object' }),
  verb('D', 'congratulate', S, { evaluative: 'object' }),
  verb('D', 'commend', S, { evaluative: 'object' }),
  verb('D', 'laud', S, { evaluative: 'object' }),
  verb('D', 'refute', S, { evaluative: 'object' }),
  verb('D', 'downplay', S, { evaluative: 'object' }),
  verb('D', 'speak', S, { evaluative: 'object', particle: 'of', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'] }),
  verb('D', 'speak', S, { evaluative: 'object', particle: 'about', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'] }),
  verb('D', 'talk', S, { evaluative: 'object', particle: 'about' }),
  verb('D', 'rate', S, { evaluative: 'object' }),
  verb('D', 'compare', S, { evaluative: 'object' }),
  verb('D', 'retweet', S, { evaluative: 'object' }),
  verb('D', 'promote', S, { evaluative: 'object' }),
  verb('D', 'admire', S, { evaluative: 'object' }),
  verb('D', 'compliment', S, { evaluative: 'object' }),
  verb('D', 'exhort', S, { evaluative: 'object' }),
  verb('D', 'chastise', S, { evaluative: 'object' }),
  verb('D', 'repeat', S),
  // beliefs with an object and a characterisation ("considers the deal a mistake", "views Russia as a threat")
  verb('D', 'consider', B, { evaluative: 'object', hedging: true }),
  verb('D', 'view', B, { evaluative: 'object' }),
  verb('D', 'determine', B),
  // a court's or a referee's judgement: "the court ruled that …", "ruled against the state"; the base
  // form is left out ("British rule", "the rule of law" are nouns far more often)
  verb('D', 'rule', B, { forms: ['ruled', 'rules', 'ruled', 'ruling'] }),
  verb('D', 'rule', S, { evaluative: 'object', particle: 'against' }),
  // a denial that excludes something: "the government has ruled out Taliban involvement" (session 15)
  verb('D', 'rule', S, { evaluative: 'object', particle: 'out' }),
  verb('D', 'complain', S, { evaluative: 'object', particle: 'about' }),
  // ---- D: speech and stance with a topic preposition ("commented on the ruling", "spoke out against
  // the law", "voted against the bill"): the phrase after the preposition is the content, the
  // preposition part of the cue (PARC 3.0, PolNeAR)
  verb('D', 'comment', S, { evaluative: 'object', particle: 'on' }),
  verb('D', 'remark', S, { evaluative: 'object', particle: 'on' }),
  verb('D', 'speak', S, { evaluative: 'object', particle: 'on', forms: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'] }),
  verb('D', 'talk', S, { evaluative: 'object', particle: 'of' }),
  verb('D', 'write', S, { evaluative: 'object', particle: 'about', forms: ['write', 'writes', 'wrote', 'written', 'writing'] }),
  verb('D', 'testify', S, { evaluative: 'object', particle: 'about' }),
  verb('D', 'boast', S, { evaluative: 'object', particle: 'about' }),
  verb('D', 'brag', S, { evaluative: 'object', particle: 'about', double: true }),
  verb('D', 'vote', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'campaign', S, { evaluative: 'object', particle: 'for' }),
  verb('D', 'argue', S, { evaluative: 'object', particle: 'for' }),
  verb('D', 'argue', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'lobby', S, { evaluative: 'object', particle: 'for' }),
  verb('D', 'lobby', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'advocate', S, { evaluative: 'object', particle: 'for' }),
  verb('D', 'protest', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'warn', S, { evaluative: 'object', particle: 'against' }),
  verb('D', 'reflect', S, { evaluative: 'object', particle: 'on' }),
  verb('D', 'elaborate', S, { evaluative: 'object', particle: 'on' }),
  verb('D', 'disagree', S, { evaluative: 'object', particle: 'with' }),
  verb('D', 'bristle', S, { evaluative: 'object', particle: 'at' }),
  verb('D', 'balk', S, { evaluative: 'object', particle: 'at' }),
  verb('D', 'apologize', S, { evaluative: 'object', particle: 'for' }),
  verb('D', 'apologise', S, { evaluative: 'object', particle: 'for' }),
  // round 12: "pointed to the crime bill", "insisted on a recount", "admitted to lying"; "made (it)
  // clear that …" (the "it" is read by cueVerbAt)
  verb('D', 'make', S, { particle: 'clear', forms: ['make', 'makes', 'made', 'made', 'making'] }),
  verb('D', 'discover', B),
  // "researchers at the firm uncovered that the hackers had …" (session 15)
  verb('D', 'uncover', B),
  verb('D', 'lash', S, { evaluative: 'object', particle: 'at' }),
  verb('D', 'point', S, { evaluative: 'object', particle: 'to' }),
  verb('D', 'insist', S, { evaluative: 'object', particle: 'on' }),
  verb('D', 'admit', S, { evaluative: 'object', particle: 'to', double: true }),
  // session 13: "attributed the drop in prices to …" (a cause named), "reasoning that …" (only with "that")
  verb('D', 'attribute', S, { evaluative: 'object' }),
  verb('D', 'reason', B, { particle: 'that' }),
  // ---- D: belief (what a source thinks, expects, fears)
  verb('D', 'believe', B, { hedging: true }),
  verb('D', 'feel', B, { hedging: true, forms: ['feel', 'feels', 'felt', 'feeling'] }),
  verb('D', 'expect', B, { hedging: true }),
  verb('D', 'suspect', B, { hedging: true }),
  verb('D', 'fear', B),
  verb('D', 'hope', B),
  verb('D', 'worry', B),
  verb('D', 'doubt', B, { hedging: true }),
  verb('D', 'assume', B, { hedging: true }),
  verb('D', 'presume', B, { hedging: true }),
  verb('D', 'suppose', B, { hedging: true }),
  verb('D', 'guess', B, { hedging: true }),
  verb('D', 'speculate', B, { hedging: true }),
  verb('D', 'surmise', B, { hedging: true }),
  verb('D', 'theorize', B, { hedging: true }),
  verb('D', 'theorise', B, { hedging: true }),
  verb('D', 'assess', B),
  verb('D', 'judge', B),
  verb('D', 'know', B, { forms: ['know', 'knows', 'knew', 'known', 'knowing'] }),
  verb('D', 'understand', B, { forms: ['understand', 'understands', 'understood', 'understanding'] }),
  verb('D', 'realize', B),
  verb('D', 'realise', B),
  verb('D', 'recognize', B),
  verb('D', 'recognise', B),
  verb('D', 'forecast', B, { hedging: true, forms: ['forecast', 'forecasts', 'forecasted', 'forecasting'] }),
  // ---- D: evidence (what a document, study or image shows)
  verb('D', 'show', E, { forms: ['show', 'shows', 'showed', 'shown', 'showing'] }),
  verb('D', 'prove', E),
  verb('D', 'imply', E, { hedging: true }),
];
