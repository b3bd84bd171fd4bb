// Loads the three ingest benchmarks from the shared data folder (read at run time, never copied).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface Page {
  id: string;
  /** gzip-compressed HTML bytes as stored. */
  gz: Buffer;
  url: string;
  /** Tuning half 'A' or held-out half 'B', from a hash of the id (so it is fixed and unbiased). */
  half: 'A' | 'B';
}

export interface BodyPage extends Page { body: string }
export interface NaebPage extends BodyPage { title: string; authors: string; date: string | null }
export interface DatePage extends Page { date: string | null }

export const halfOf = (id: string): 'A' | 'B' => (parseInt(createHash('sha256').update(id).digest('hex').slice(0, 2), 16) % 2 === 0 ? 'A' : 'B');

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

export function dataRoot(): string {
  const candidates = [process.env['DATELINE_INGEST_DATA'], path.resolve('../shared/data/ingest'), '/work/shared/data/ingest'];
  const found = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!found) throw new Error('ingest benchmark data not found: set DATELINE_INGEST_DATA or check out ../shared/data/ingest');
  return found;
}

export function html(page: Page): Buffer {
  return zlib.gunzipSync(page.gz);
}

export function scrapinghub(root: string): { pages: BodyPage[]; stored: Record<string, Record<string, string>> } {
  const dir = path.join(root, 'scrapinghub-article-extraction-benchmark');
  const truth = readJson<Record<string, { articleBody: string; url: string }>>(path.join(dir, 'ground-truth.json'));
  const pages = Object.entries(truth).sort(([a], [b]) => a.localeCompare(b)).map(([id, t]) => ({
    id, gz: fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`)), url: t.url, body: t.articleBody, half: halfOf(id),
  }));
  const stored: Record<string, Record<string, string>> = {};
  for (const name of ['trafilatura', 'readability_js', 'go_trafilatura']) {
    const out = readJson<{ output: Record<string, { articleBody: string }> }>(path.join(dir, 'output', `${name}.json`)).output;
    stored[name] = Object.fromEntries(Object.entries(out).map(([id, v]) => [id, v.articleBody ?? '']));
  }
  return { pages, stored };
}

export function naeb(root: string): NaebPage[] {
  const dir = path.join(root, 'naeb-article-extraction-dataset');
  const all = readJson<Record<string, { title: string; authors: string; date: string | null; articleBody: string; url: string }>>(path.join(dir, 'articles.json'));
  return Object.entries(all)
    .filter(([id]) => fs.existsSync(path.join(dir, 'html', `${id}.html.gz`))) // three pages are missing (see SOURCE.md)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, a]) => ({
      id, gz: fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`)), url: a.url, body: a.articleBody,
      title: a.title, authors: a.authors ?? '', date: a.date ?? null, half: halfOf(id),
    }));
}

export function htmldate(root: string): DatePage[] {
  const dir = path.join(root, 'htmldate-mediacloud-2020');
  const all = readJson<Record<string, { file: string; date: string | null }>>(path.join(dir, 'eval_mediacloud_2020.clean.json'));
  return Object.entries(all).map(([url, e]) => ({
    id: e.file, gz: fs.readFileSync(path.join(dir, 'html', `${e.file}.gz`)), url, date: e.date, half: halfOf(e.file),
  }));
}
