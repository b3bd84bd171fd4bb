import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DatelineError } from '../../../src/model/diagnostics.js';
import { parsePublished } from '../../../src/ingest/index.js';
import { readDate } from '../../../src/ingest/dates.js';

describe('parsePublished (--published)', () => {
  it('accepts a day', () => {
    assert.deepEqual(parsePublished('2025-03-21'), { value: '2025-03-21', precision: 'day', basis: 'given' });
  });

  it('accepts timestamps with and without seconds, offsets and Z', () => {
    assert.deepEqual(parsePublished('2025-03-21T09:30+09:00'), { value: '2025-03-21T09:30+09:00', precision: 'minute', basis: 'given', utcOffset: '+09:00' });
    assert.deepEqual(parsePublished('2025-03-21T09:30:15.250Z'), { value: '2025-03-21T09:30:15+00:00', precision: 'second', basis: 'given', utcOffset: '+00:00' });
    assert.deepEqual(parsePublished('2025-03-21T09:30:15'), { value: '2025-03-21T09:30:15', precision: 'second', basis: 'given' });
  });

  it('throws DL111 for a date that does not exist, saying what was expected', () => {
    assert.throws(() => parsePublished('2025-13-40'), (e: unknown) => {
      assert.ok(e instanceof DatelineError);
      assert.equal(e.code, 'DL111');
      assert.match(e.message, /^--published "2025-13-40" is not a date: expected YYYY-MM-DD or an ISO 8601 timestamp/);
      return true;
    });
    for (const bad of ['2023-02-29', '21/03/2025', 'yesterday', '2025-03-21T25:00', '']) {
      assert.throws(() => parsePublished(bad), DatelineError, bad);
    }
  });
});

describe('readDate (metadata and feeds)', () => {
  const cases: [string, string | null][] = [
    ['2017-11-29', '2017-11-29'],
    ['2017/11/29', '2017-11-29'],
    ['20171129', '2017-11-29'],
    ['2017-11-29 03:17:00', '2017-11-29T03:17:00'],
    ['2017-11-29T03:17:00+0900', '2017-11-29T03:17:00+09:00'],
    ['Wed, 29 Nov 2017 03:17:00 +0900', '2017-11-29T03:17:00+09:00'],
    ['29 Nov 2017 03:17 GMT', '2017-11-29T03:17+00:00'],
    ['Wed, 29 Nov 2017 03:17:00 EST', '2017-11-29T03:17:00-05:00'],
    ['November 29, 2017', '2017-11-29'],
    ['Nov. 29, 2017 3:17 a.m.', '2017-11-29'],
    ['29 November 2017', '2017-11-29'],
    ['the other day', null],
    ['2017-02-30', null],
  ];
  for (const [raw, value] of cases) {
    it(`reads "${raw}"`, () => assert.equal(readDate(raw)?.value ?? null, value));
  }
});
