// Words that end in a period without ending a sentence. Reviewed list for English news.
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt',
  'cpl', 'pvt', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'insp', 'amb', 'atty', 'sec', 'dept', 'est',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'corp', 'ltd', 'co', 'bros', 'plc', 'llc', 'no', 'nos', 'vol', 'vs', 'etc', 'approx', 'fig', 'al', 'ca',
  'ave', 'blvd', 'rd', 'hwy', 'calif', 'conn', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va',
  'wash', 'wis', 'ariz', 'ark', 'colo', 'del', 'kan', 'md', 'miss', 'neb', 'nev', 'okla', 'ore', 'pa', 'vt', 'wyo',
]);

/** Abbreviations that are often the last word of a sentence too ("... in the U.S. The ..."). */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'jr', 'sr']);

/** Closed-class words that typically open a sentence: after "U.S." they mark a new sentence. */
export const SENTENCE_OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Their', 'His', 'Her',
  'Its', 'Our', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After', 'Before', 'Since', 'As',
  'Although', 'However', 'Meanwhile', 'Still', 'Then', 'Now', 'Some', 'Many', 'Most', 'No', 'Not', 'What', 'Who', 'Why', 'How',
  'For', 'With', 'Without', 'By', 'From', 'To', 'Under', 'Over', 'Last', 'Earlier', 'Later', 'Both', 'Each', 'Such', 'Officials',
]);
