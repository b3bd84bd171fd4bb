// Documents a speaker puts out, and the verbs that put them out: "issued a statement saying …",
// "sent a letter to the board urging …", "released a letter from his doctor that says …".
// SOURCE: reviewed by the Dateline team (common news wording).
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Nouns of a written or recorded statement. */
export const DOCUMENT_NOUNS = words(`
  statement statements letter letters tweet tweets post posts message messages memo memos memorandum note notes email emails
  e-mail e-mails release releases communique communiqué filing filings motion motions papers brief briefs complaint complaints
  lawsuit suit petition petitions video videos ad ads advertisement advertisements op-ed editorial editorials report reports
  resolution resolutions declaration bulletin notice notices order ruling opinion directive advisory alert appeal response reply
  rebuttal transcript ultimatum proclamation decree
`);

/** Forms of the verbs that put a document out. */
export const ISSUING_VERBS = words(`
  issue issues issued issuing release releases released releasing send sends sent sending post posts posted posting
  publish publishes published publishing unleash unleashes unleashed unleashing file files filed filing write writes wrote
  written writing deliver delivers delivered delivering circulate circulates circulated circulating distribute distributes
  distributed distributing air airs aired airing run runs ran running submit submits submitted submitting tweet tweets tweeted
  tweeting share shares shared sharing put puts putting fire fires fired firing launch launches launched launching
  pen pens penned penning
`);
