// Quotations signed with a dash, as in reader round-ups, epigraphs and social posts:
// "“We deserve better.” ― Maria Lopez". The dash is the cue and the name after it the source.
import { candidate, type Candidate } from '../candidate.js';
import { isAgentive } from '../heads.js';
import { phraseAfter, spanOf } from '../phrases.js';
import { quoteInner } from '../quotes.js';
import { tokenFrom, type DocView } from '../view.js';

const DASHES = new Set(['―', '—', '–', '-', '--']);

export function findDashBylines(view: DocView): Candidate[] {
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (const q of view.quotes) {
    if (!q.terminated) continue;
    let k = tokenFrom(view, q.end);
    if (tokens[k]?.text === '.') k++;
    const dash = tokens[k];
    if (!dash || !DASHES.has(dash.text) || /\n/.test(view.text.slice(q.end, dash.start))) continue;
    const s = view.sentences[tokens[k + 1]?.sentence ?? -1];
    if (!s || /\n/.test(view.text.slice(dash.end, tokens[k + 1]!.start))) continue;
    const who = phraseAfter(view, s, k + 1);
    // a signature is a name ("― Maria Lopez"); "” — a metaphor for …" is the writer's apposition
    if (!who || !isAgentive(view, who) || !/^\p{Lu}/u.test(tokens[who.first]!.text)) continue;
    // the name closes the line: "― Maria Lopez" then a line break, the sentence end or a period
    const after = tokens[who.last];
    const closes = !after || after.sentence !== tokens[who.first]!.sentence || after.text === '.' || /\n/.test(view.text.slice(tokens[who.last - 1]!.end, after.start)) || (after.text === ',' && tokens[who.last + 1]?.sentence !== after.sentence);
    if (!closes) continue;
    out.push(candidate({
      finder: 'direct-quote',
      cue: { start: dash.start, end: dash.end },
      source: spanOf(view, who),
      content: quoteInner(view.text, q),
      direct: true,
      sentence: tokens[k + 1]!.sentence,
    }));
  }
  return out;
}
