// Refiner: three-letter country codes in sports listings. Results and rosters name a competitor's
// country by its Olympic or ISO code in parentheses ("Anna Weber (GER)", "Kenya's Peter
// Kamau (KEN)"); such a code is the country, not an unknown acronym read as an organisation. Only the
// parenthesised form counts: elsewhere three capitals are as often a company or a word ("CAN").
import type { Knowledge } from '../../knowledge/knowledge.js';
import { markKnown, type Candidate } from './candidates.js';
import type { DocView } from './view.js';

export function readCountryCodes(view: DocView, knowledge: Knowledge, candidates: Candidate[]): void {
  const { tokens } = view;
  const byToken = new Map<number, Candidate>();
  for (const c of candidates) if (c.tokenEnd - c.tokenStart === 1) byToken.set(c.tokenStart, c);
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.text.length !== 3 || !t.allCaps || tokens[i - 1]!.text !== '(' || tokens[i + 1]!.text !== ')') continue;
    const country = knowledge.countryByCode(t.text);
    if (!country) continue;
    const existing = byToken.get(i);
    if (existing && existing.origin !== 'pattern') continue;
    // "(NOR)" opens no name by itself (a function word after a bracket): the code makes its own candidate.
    const c = existing ?? { start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1, sentence: t.sentence, name: t.text } as Candidate;
    markKnown(c, country, 'acronym');
    if (!existing) candidates.push(c);
  }
}
