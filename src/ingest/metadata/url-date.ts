// Dates in article addresses: /2017/11/29/, /20171129/, 2017-11-29; /2017/11/ gives a year and month only.
import { emptyMetadata, type PageMetadata } from './candidates.js';

const DAY_PATTERNS = [
  /(?:^|\/)((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?=\/|$|[^\d])/,
  /(?:^|[/_.-])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
  /(?:^|[/_.-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
];
const MONTH_PATTERN = /(?:^|\/)((?:19|20)\d{2})\/(0?[1-9]|1[0-2])(?=\/|$)/;

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export function fromUrl(url: string): PageMetadata {
  const meta = emptyMetadata();
  const path = pathOf(url);
  for (const re of DAY_PATTERNS) {
    const m = re.exec(path);
    if (m) {
      meta.published.push({ value: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, basis: 'url', from: `the URL ${url}` });
      return meta;
    }
  }
  const m = MONTH_PATTERN.exec(path);
  if (m) meta.yearHints.push({ year: Number(m[1]), month: Number(m[2]), from: `the URL ${url}` });
  return meta;
}
