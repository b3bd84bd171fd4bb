import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import BetterSqlite3 from 'better-sqlite3';
import { dateline, tempDir, jsonLines } from './cli-helpers.js';
import { offsetViolations } from '../../src/model/offsets.js';

const schema = JSON.parse(fs.readFileSync(path.join('src', 'model', 'contract.schema.json'), 'utf8'));
const validate = new Ajv.default({ allErrors: true, strict: false }).compile(schema);
const SEED = path.join('examples', 'seed-article.txt');
const WIKINEWS = path.join('examples', 'wikinews.jsonl');

describe('dateline extract', () => {
  it('prints CONTRACT JSON for a file, with the given date and the file name as id', () => {
    const r = dateline(['extract', SEED, '--published', '2025-03-21', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const [doc] = jsonLines(r.stdout);
    assert.equal(doc.id, 'seed-article');
    assert.equal(doc.published, '2025-03-21');
    assert.equal(validate(doc), true, JSON.stringify(validate.errors));
    assert.deepEqual(offsetViolations(doc), []);
    assert.ok(doc.attributions.length > 0 && doc.events.length > 0 && doc.times.length > 0 && doc.entities.length > 0);
  });

  it('prints one JSON line per document for several inputs', () => {
    const r = dateline(['extract', SEED, WIKINEWS, '--json', '--published', '2025-03-21']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(jsonLines(r.stdout).length, 7);
  });

  it('reads standard input when given -', () => {
    const r = dateline(['extract', '-', '--json', '--published', '2024-05-02'], { input: 'Officials said on Monday that the talks had failed.' });
    assert.equal(r.status, 0, r.stderr);
    const [doc] = jsonLines(r.stdout);
    assert.equal(doc.text, 'Officials said on Monday that the talks had failed.');
  });

  it('prints a readable report with each statement, event and date in its sentence', () => {
    const r = dateline(['extract', SEED, '--published', '2025-03-21']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Attributions \(\d+\)$/m);
    assert.match(r.stdout, /^Events \(\d+\)$/m);
    assert.match(r.stdout, /^Dates \(\d+\)$/m);
    assert.match(r.stdout, /«.+»/);
  });

  it('refuses a --published that is not a date, with DL111 and no output', () => {
    const r = dateline(['extract', SEED, '--published', '2025-02-30', '--json']);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /DL111/);
    assert.equal(r.stdout, '');
  });

  it('explains an unknown option', () => {
    const r = dateline(['extract', SEED, '--jsno']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /DL401.*--jsno/s);
  });
});

describe('dateline ingest, search, show, stories', () => {
  let dir: string;
  let db: string;
  before(() => {
    dir = tempDir();
    db = path.join(dir, 'news.db');
  });

  it('stores the examples and is idempotent', () => {
    const first = dateline(['ingest', SEED, WIKINEWS, '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /7 new, 0 updated, 0 unchanged, 0 failed/);
    const again = dateline(['ingest', SEED, WIKINEWS, '--db', db]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 new, 0 updated, 7 unchanged, 0 failed/);
  });

  it('finds sentences by their words', () => {
    const r = dateline(['search', 'missile', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const hits = JSON.parse(r.stdout);
    assert.ok(hits.length > 0);
    assert.ok(hits.every((h: { highlighted: string }) => /\[\[missile/i.test(h.highlighted)));
  });

  it('shows a stored document with its annotations marked', () => {
    const r = dateline(['show', 'seed-article', '--db', db]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\[[^\]|]+\|(PER|ORG|CTRY|LOC)/);
    assert.match(r.stdout, /↳ says:/);
    const missing = dateline(['show', 'no-such-doc', '--db', db]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /DL303/);
  });

  it('groups stored documents into stories, every document in one story', () => {
    const r = dateline(['stories', '--db', db, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const stories = JSON.parse(r.stdout) as { id: string; documents: string[] }[];
    const docs = stories.flatMap((s) => s.documents).sort();
    assert.equal(docs.length, 7);
    assert.equal(new Set(docs).size, 7);
    assert.ok(stories.every((s) => typeof s.id === 'string' && s.documents.length > 0));
  });

  it('says clearly when the database does not exist', () => {
    const r = dateline(['search', 'missile', '--db', path.join(dir, 'nope.db')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /DL302.*nope\.db/);
  });
});

describe('dateline ingest with bad inputs', () => {
  it('goes on past each bad file, lists it with its reason, exits non-zero, and keeps what was stored', () => {
    const dir = tempDir();
    const db = path.join(dir, 'news.db');
    assert.equal(dateline(['ingest', SEED, '--db', db]).status, 0);
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'good.txt'), 'Officials said on Monday that the border talks had failed after two days.');
    fs.writeFileSync(path.join(inbox, 'empty.txt'), '');
    fs.writeFileSync(path.join(inbox, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4]));
    fs.writeFileSync(path.join(inbox, 'lines.jsonl'), '{"id":"ok-line","text":"The ministry said the drills ended."}\nnot json\n{"id":"no-text"}\n');
    fs.writeFileSync(path.join(inbox, 'feed.xml'), '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</channel>');
    fs.writeFileSync(path.join(inbox, 'nav.html'), '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>');
    fs.writeFileSync(path.join(inbox, 'big.txt'), 'word '.repeat(5000));
    const r = dateline(['ingest', inbox, '--db', db, '--max-bytes', '10000']);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    for (const [file, code] of [['empty.txt', 'DL101'], ['binary.txt', 'DL102'], ['lines.jsonl', 'DL108'], ['lines.jsonl', 'DL109'], ['feed.xml', 'DL107'], ['nav.html', 'DL106'], ['big.txt', 'DL105']]) {
      assert.match(r.stderr, new RegExp(`${file.replace('.', '\\.')}[^\\n]*${code}`), `${file} should fail with ${code}:\n${r.stderr}`);
    }
    assert.match(r.stdout, /2 new, 0 updated, 0 unchanged, 7 failed/);
    const raw = new BetterSqlite3(db, { readonly: true });
    const ids = raw.prepare('SELECT id FROM documents ORDER BY id').pluck().all();
    raw.close();
    assert.deepEqual(ids, ['good', 'ok-line', 'seed-article']);
  });

  it('refuses a --published that is not a date before touching the database', () => {
    const dir = tempDir();
    const db = path.join(dir, 'news.db');
    assert.equal(dateline(['ingest', SEED, '--db', db]).status, 0);
    const r = dateline(['ingest', WIKINEWS, '--db', db, '--published', 'yesterday']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /DL111.*yesterday/);
    const raw = new BetterSqlite3(db, { readonly: true });
    assert.equal(raw.prepare('SELECT count(*) FROM documents').pluck().get(), 1);
    raw.close();
  });
});
