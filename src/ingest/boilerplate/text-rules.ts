// Paragraph-level boilerplate rules: short lines that are page furniture whatever the markup
// ("Read more: …", "Advertisement", "Photo: …", "© 2019 …", "Updated 1:39 am EST", share
// prompts), and the short non-sentence lines that open or close an article (headline, byline,
// date, section labels; tags and "comments" after it).
import { countWords, countWordsUpTo } from '../text.js';

const SHORT = 30; // words: a furniture line is never longer than this

// Each pattern matches a whole short paragraph (case-insensitive).
const FURNITURE_LINES: RegExp[] = [
  /^(?:advertisement|advert|sponsored(?: content)?|ad|skip to (?:main )?content|sign in|log ?in|subscribe|register|close|caption|menu|search|share|share this(?: article| story)?|comments?|\d+ comments?|reply|print|email|facebook|twitter|whatsapp|pinterest|linkedin|reddit|flipboard|mix|\d+ ?shares?|next post|previous post|continue reading|read more|show more|load more|back to top|tweet)[.!:]?$/i,
  /^(?:read more|read also|also read|see also|related|related articles?|related stories|related content|more on this|recommended|most read|most popular|trending|watch|listen|you may also like|you might also like|more from [^.]{1,40}|more great [^.]{1,40}|don't miss|further reading|see more|also on [\w.]+|on [\w-]+\.(?:com|org|net|co\.uk)\s*:)\b[\s\S]{0,300}$/i,
  /^(?:continue reading below|like this story\?.{0,60}|want more stories like this\?|thanks for reading\b.{0,40}|learn more|\d+ of \d+)$/i,
  // Teasers and markers inside the article: "MORE: Why the playoffs …", "READ | Floods hit …",
  // "Advertisement - Page continues below", "Story continues below gallery".
  /^(?:MORE|READ|Read)\s*[:|]\s*\S[\s\S]{0,200}$/,
  /^(?:advertisement|story continues|article continues|page continues)\b.{0,40}$/i,
  /^sign up (?:for|to) \S.{0,100}\b(?:to get|for) (?:updates|the latest|news|alerts)\b/i,
  // Captions: a line that names its picture source at the end or in brackets.
  /\((?:(?:AP|AFP|Reuters|Getty|EPA|PA)\s+)?(?:photo|image|picture|foto)s?\s*[:/][^)]{0,80}\)\s*$/i,
  /(?:\||\/|,)\s*(?:getty images|afp|ap photo|reuters|epa|shutterstock|istock)[^.]{0,40}$/i,
  /^https?:\/\/\S+$/i,
  /^(?:photo|image|picture|video|credit|source|illustration|graphic|foto|bild|imagen|photograph)s?(?: credit)?\s*[:|]/i,
  /^\(?(?:photo|image|picture|credit)s?(?: credit)?:?\s*©/i,
  /^\(?(?:image|photo)s?:? ?©/i,
  /^image \d+ of \/? ?\d+$/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:updated|posted|published|first published|last updated|modified|created)(?: on| at)?:?\s.{0,60}\d.{0,40}$/i,
  /^(?:by|written by|posted by|words by|von|por|par)\s[^.!?]{2,80}$/i,
  /^\d+\s*(?:min(?:ute)?s?|minuto?s?)\s*(?:read|de leitura|de lectura)?$/i,
  /^(?:tempo de leitura|reading time|lesezeit|temps de lecture)\b.{0,30}$/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the)\b[^.]{0,80}(?:newsletter|email|updates)/i,
  /^(?:click|tap) here\b.{0,120}$/i,
  /[.!?]\s+(?:click|tap) here[.!]?$/i,
  /\b(?:this (?:web)?site uses cookies|we use cookies|accept cookies|cookie policy)\b/i,
  /^this (?:slideshow|video|content|feature|element) requires javascript\.?$/i,
  /^(?:share|sharing is caring|follow us|like us)\b.{0,80}$/i,
  /^(?:tags?|topics?|filed under|categories|category|keywords)\s*:/i,
  /^(?:leave a (?:comment|reply)|post (?:a )?comment|add (?:a )?comment|join the (?:discussion|conversation))\b.{0,80}$/i,
  /^save my name, email, and website\b/i,
  /\b(?:akismet|notify me (?:of|via e-?mail))\b/i,
];

export function isFurnitureLine(paragraph: string): boolean {
  if (countWordsUpTo(paragraph, SHORT + 1) > SHORT) return false;
  const line = paragraph.trim();
  return FURNITURE_LINES.some((re) => re.test(line));
}

const LOWER_CASE = /\p{Ll}/u;

/** A line in capitals only, of three words or more: a promo or teaser ("GET THE APP BY CLICKING HERE"). */
export function isShoutedLine(paragraph: string): boolean {
  if (LOWER_CASE.test(paragraph)) return false; // the common case, settled without counting words
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  return countWords(paragraph) >= 3 && countWords(paragraph) <= SHORT && letters.length >= 10 && /^\p{Lu}+$/u.test(letters);
}

/** A line that reads as prose: ends like a sentence or is long enough to be one. */
export function isSentence(paragraph: string): boolean {
  const p = paragraph.trim();
  // Letters as well as words: CJK text has no spaces; terminators of other scripts count too.
  return countWordsUpTo(p, 12) >= 12 || p.length >= 80 || /[.!?…:;。！？؟।۔]["”’)»」』]?$/.test(p);
}

/**
 * Drops short non-sentence lines before the first sentence of the article and after the last one:
 * what sits there is a headline, byline, date, labels, tags or share prompts. A short line in the
 * middle is kept (a subheading).
 */
export function trimEdges(paragraphs: string[]): string[] {
  let start = 0;
  while (start < paragraphs.length && !isSentence(paragraphs[start]!)) start++;
  let end = paragraphs.length;
  while (end > start && !isSentence(paragraphs[end - 1]!)) end--;
  return start >= end ? paragraphs : paragraphs.slice(start, end);
}

export function filterParagraphs(paragraphs: string[]): string[] {
  // Shouted lines go only after the first paragraph: a wire dateline opens in capitals.
  return trimEdges(paragraphs.filter((p, i) => !isFurnitureLine(p) && !(i > 0 && isShoutedLine(p))));
}
