// Feed addresses from an OPML subscription list: every <outline xmlUrl="…">, nested or not.
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { DatelineError } from '../../model/diagnostics.js';

export function readOpml(text: string, name: string): string[] {
  let urls: string[];
  try {
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    urls = [...doc.querySelectorAll('outline')].map((o) => (o.getAttribute('xmlUrl') ?? o.getAttribute('xmlurl') ?? '').trim()).filter(Boolean);
  } catch (e) {
    throw new DatelineError('DL125', `${name} is not a readable OPML file (${(e as Error).message})`, name);
  }
  if (urls.length === 0) throw new DatelineError('DL125', `${name} lists no feed: no <outline> has an xmlUrl attribute`, name);
  return [...new Set(urls)];
}

export function readOpmlFile(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DatelineError('DL125', `${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
  return readOpml(text, file);
}
