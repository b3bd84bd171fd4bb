import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutChromeMarkup } from '../../../src/ingest/boilerplate/chrome-markup.js';

const story = '<p>' + 'The council approved the new budget after a long debate on Tuesday evening. '.repeat(6) + '</p>';

test('navigation, asides and footers are cut from the markup before parsing', () => {
  const page = `<html><body><nav><a href="/">Home</a><a href="/w">World</a></nav><article>${story}</article><aside><ul><li>Most read</li></ul></aside><footer>About us</footer></body></html>`;
  const { markup, cutLetters } = cutChromeMarkup(page);
  assert.equal(markup, `<html><body><article>${story}</article></body></html>`);
  assert.ok(cutLetters > 0);
});

test('an element holding a third of the page text or more is kept for the DOM rules', () => {
  const page = `<html><body><aside>${story}</aside><p>Short note.</p></body></html>`;
  assert.equal(cutChromeMarkup(page).markup, page);
});

test('chrome holding metadata (JSON-LD, meta, time) is kept so the metadata finders see it', () => {
  const page = `<html><body>${story}<footer><time datetime="2020-01-02">2 Jan</time></footer><aside><script type="application/ld+json">{}</script></aside></body></html>`;
  assert.equal(cutChromeMarkup(page).markup, page);
});

test('nested chrome goes with its outer element, and look-alike tags are left alone', () => {
  const page = `<html><body>${story}<nav><nav>a</nav><nav-menu>b</nav-menu></nav><navbar>c</navbar></body></html>`;
  assert.equal(cutChromeMarkup(page).markup, `<html><body>${story}<navbar>c</navbar></body></html>`);
});

test('an unclosed element is left for the parser to end', () => {
  const page = `<html><body>${story}<footer>About us</body></html>`;
  assert.equal(cutChromeMarkup(page).markup, page);
});

test('a "<nav" inside a kept script is not cut', () => {
  const page = `<html><body>${story}<script type="application/ld+json">{"x":"<nav>a</nav>"}</script></body></html>`;
  assert.equal(cutChromeMarkup(page).markup, page);
});

test('thousands of nested asides holding most of the text end the cutting early, leaving the page whole', () => {
  // Each aside holds more than a third of the text, so each is kept and the next one examined: the work budget stops it.
  const page = `<html><body>${story}${'<aside>xxxxxxxxxx'.repeat(5000)}${'</aside>'.repeat(5000)}</body></html>`;
  assert.equal(cutChromeMarkup(page).markup, page);
});
