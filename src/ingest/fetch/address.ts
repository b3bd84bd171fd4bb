// Which IP addresses a fetch may connect to. Links in feeds are written by strangers, so by
// default only public unicast addresses are allowed: nothing on this machine or its networks.
import net from 'node:net';

export type AddressClass = 'private' | 'loopback' | 'link-local' | 'unspecified' | 'shared (CGNAT)' | 'multicast' | 'reserved';

/** [first address as a 32-bit number, prefix length, class] */
const IPV4_RANGES: [number, number, AddressClass][] = [
  [ipv4Number('0.0.0.0'), 8, 'unspecified'],
  [ipv4Number('10.0.0.0'), 8, 'private'],
  [ipv4Number('100.64.0.0'), 10, 'shared (CGNAT)'],
  [ipv4Number('127.0.0.0'), 8, 'loopback'],
  [ipv4Number('169.254.0.0'), 16, 'link-local'],
  [ipv4Number('172.16.0.0'), 12, 'private'],
  [ipv4Number('192.0.0.0'), 24, 'reserved'],
  [ipv4Number('192.168.0.0'), 16, 'private'],
  [ipv4Number('198.18.0.0'), 15, 'reserved'],
  [ipv4Number('224.0.0.0'), 4, 'multicast'],
  [ipv4Number('240.0.0.0'), 4, 'reserved'], // includes 255.255.255.255, the broadcast address
];

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function classifyIpv4(address: string): AddressClass | null {
  const n = ipv4Number(address);
  for (const [first, bits, cls] of IPV4_RANGES) {
    const size = 2 ** (32 - bits);
    if (n >= first && n < first + size) return cls;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part is two groups). */
export function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/%.*$/, ''); // zone id ("fe80::1%eth0")
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    if (net.isIPv4(v4[1]!) === false) return null;
    const n = ipv4Number(v4[1]!);
    text = `${text.slice(0, v4.index)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const read = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const head = read(halves[0]!);
  const tail = halves.length === 2 ? read(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

const v4FromGroups = (hi: number, lo: number): string => [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');

function classifyIpv6(address: string): AddressClass | null {
  const g = ipv6Groups(address);
  if (!g) return 'reserved';
  const zeroUpTo = (k: number): boolean => g.slice(0, k).every((x) => x === 0);
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry
  // an IPv4 address that is what the connection reaches: judge that one.
  if ((zeroUpTo(5) && g[5] === 0xffff) || zeroUpTo(6) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))) {
    return classifyIpv4(v4FromGroups(g[6]!, g[7]!));
  }
  if (g[0] === 0x2002) return classifyIpv4(v4FromGroups(g[1]!, g[2]!)); // 6to4 embeds one too
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, the deprecated site-local
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'reserved'; // documentation
  return null;
}

/** The class of a non-public address, or null for a public one. Input that is no IP address is 'reserved'. */
export function classifyAddress(address: string): AddressClass | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (net.isIPv4(bare)) return classifyIpv4(bare);
  if (net.isIPv6(bare)) return classifyIpv6(bare);
  return 'reserved';
}
