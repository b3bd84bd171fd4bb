import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyAddress } from '../../src/ingest/fetch/address.js';

describe('address classifier', () => {
  it('lets public IPv4 and IPv6 addresses through', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e']) {
      assert.equal(classifyAddress(a), null, a);
    }
  });

  it('names the non-public IPv4 ranges', () => {
    const cases: [string, string][] = [
      ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
      ['127.0.0.1', 'loopback'], ['127.255.0.9', 'loopback'], ['169.254.169.254', 'link-local'],
      ['0.0.0.0', 'unspecified'], ['100.64.0.1', 'shared (CGNAT)'], ['100.127.255.255', 'shared (CGNAT)'],
      ['224.0.0.1', 'multicast'], ['239.255.255.250', 'multicast'], ['255.255.255.255', 'reserved'],
    ];
    for (const [a, cls] of cases) assert.equal(classifyAddress(a), cls, a);
  });

  it('names the non-public IPv6 ranges', () => {
    const cases: [string, string][] = [
      ['::1', 'loopback'], ['::', 'unspecified'], ['fc00::1', 'private'], ['fd12:3456::1', 'private'],
      ['fe80::1', 'link-local'], ['fe80::1%eth0', 'link-local'], ['febf::1', 'link-local'], ['ff02::1', 'multicast'],
      ['[::1]', 'loopback'],
    ];
    for (const [a, cls] of cases) assert.equal(classifyAddress(a), cls, a);
  });

  it('judges IPv4-mapped, compatible, NAT64 and 6to4 forms by the IPv4 address they carry', () => {
    const cases: [string, string | null][] = [
      ['::ffff:127.0.0.1', 'loopback'], ['::ffff:7f00:1', 'loopback'], ['::ffff:10.0.0.1', 'private'],
      ['::ffff:a9fe:a9fe', 'link-local'], ['0:0:0:0:0:ffff:192.168.0.1', 'private'], ['::127.0.0.1', 'loopback'],
      ['64:ff9b::10.0.0.1', 'private'], ['2002:7f00:1::', 'loopback'], ['::ffff:8.8.8.8', null], ['2002:808:808::1', null],
    ];
    for (const [a, cls] of cases) assert.equal(classifyAddress(a), cls, a);
  });

  it('treats anything that is not an IP address as not public', () => {
    assert.equal(classifyAddress('example.com'), 'reserved');
  });
});
