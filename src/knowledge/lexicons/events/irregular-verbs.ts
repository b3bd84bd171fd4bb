// Irregular English verb forms (past tense and past participle) and irregular noun plurals, each
// with its lemma. The regular -s/-ed/-ing forms are handled by rule in the lemmatizer.
// SOURCE: the standard list of English irregular verbs (e.g. Oxford/Merriam-Webster learner
// appendices), reviewed by hand (Dateline team); only forms that are unambiguous in news text.

const table = (pairs: string): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const line of pairs.trim().split('\n')) {
    const [lemma, ...forms] = line.trim().split(/\s+/);
    for (const form of forms) map.set(form, lemma!);
  }
  return map;
};

/** form → lemma. */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = table(`
  arise arose arisen
  bear bore borne
  beat beaten
  become became
  begin began begun
  bid bade
  bind bound
  blow blew blown
  break broke broken
  bring brought
  build built
  buy bought
  catch caught
  choose chose chosen
  come came
  deal dealt
  do did done does
  draw drew drawn
  drive drove driven
  eat ate eaten
  fall fell fallen
  feed fed
  fight fought
  find found
  flee fled
  fly flew flown
  forbid forbade forbidden
  forgive forgave forgiven
  freeze froze frozen
  get got gotten
  give gave given
  go went gone goes
  grow grew grown
  hang hung
  have had has
  hear heard
  hide hid hidden
  hold held
  keep kept
  know knew known
  lay laid
  lead led
  leave left
  lend lent
  lose lost
  make made
  mean meant
  meet met
  overrun overran
  overtake overtook overtaken
  overthrow overthrew overthrown
  pay paid
  ride rode ridden
  ring rang rung
  rise rose risen
  run ran
  say said
  see saw seen
  seek sought
  sell sold
  send sent
  shake shook shaken
  shoot shot
  sink sank sunk
  sit sat
  slay slew slain
  speak spoke spoken
  spend spent
  stand stood
  steal stole stolen
  stick stuck
  strike struck stricken
  swear swore sworn
  sweep swept
  take took taken
  retake retook retaken
  teach taught
  tear tore torn
  tell told
  think thought
  throw threw thrown
  undertake undertook undertaken
  wear wore worn
  win won
  withdraw withdrew withdrawn
  withhold withheld
  write wrote written
  be was were been is are am
  man men
  woman women
  person people
  child children
  crisis crises
  analysis analyses
  thesis theses
`);
