// Bytes → string. Policy: BOM, then a forced or declared charset, then strict UTF-8; bytes that are
// not UTF-8 are decoded with replacement when they hold real UTF-8 too (a damaged UTF-8 file), else
// as windows-1252 (an old Latin-1 file). Every fallback is a warning on the document.
import type { Diagnostic } from '../model/types.js';
import { note } from './item.js';

export interface Decoded {
  text: string;
  /** The WHATWG name of the charset used ("utf-8", "windows-1252", ...). */
  encoding: string;
  diagnostics: Diagnostic[];
}

const SNIFF_BYTES = 8192;

/** True for NUL bytes or more than 10% control characters in the first 8 KB (tab, LF, FF, CR and ESC aside). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) control++;
  }
  return control / n > 0.1;
}

export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset an HTML or XML head declares (<meta charset>, http-equiv Content-Type, <?xml encoding?>). */
export function declaredCharset(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1, enough to read ASCII markup whatever the real charset is.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  return null;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** A TextDecoder for a label, or null when the label is unknown. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label.trim(), { fatal });
  } catch {
    return null;
  }
}

interface Utf8Scan { badBytes: number; firstBad: number; multiByte: number }

/** Counts invalid bytes and valid multi-byte sequences, to tell damaged UTF-8 from another charset. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let badBytes = 0, firstBad = -1, multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && len === 3) {
      const b1 = bytes[i + 1]!;
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 > 0x9f); // overlong, surrogates
    } else if (ok && len === 4) {
      const b1 = bytes[i + 1]!;
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 > 0x8f);
    }
    if (ok) { multiByte++; i += len; } else { badBytes++; if (firstBad < 0) firstBad = i; i++; }
  }
  return { badBytes, firstBad, multiByte };
}

/**
 * Decodes one input. `name` is only for messages. `forced` is a charset the user gave;
 * `readDeclared` is off for JSON, which is UTF-8 by definition.
 */
export function decode(bytes: Uint8Array, name: string, forced?: string, readDeclared = true): Decoded {
  const diagnostics: Diagnostic[] = [];
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, diagnostics };

  const label = forced ?? (readDeclared ? declaredCharset(bytes) : null);
  if (label) {
    let dec = decoderFor(label);
    // A UTF-16 declaration readable as ASCII is wrong by construction (HTML spec: treat as UTF-8).
    if (dec && !forced && dec.encoding.startsWith('utf-16')) dec = decoderFor('utf-8');
    if (!dec) {
      diagnostics.push(note('DL113', forced
        ? `${name}: the charset "${label}" given with --encoding is unknown; decoded as UTF-8 instead (try windows-1252, iso-8859-2, shift_jis, euc-kr, gb18030 …)`
        : `${name} declares the charset "${label}", which is unknown; decoded as UTF-8 instead (use --encoding to force another charset)`));
    } else if (dec.encoding !== 'utf-8') {
      // Pure ASCII reads the same in every such charset: nothing worth a warning.
      if (!forced && !isAscii(bytes)) diagnostics.push(note('DL114', `${name} declares the charset "${label}"; decoded as ${dec.encoding}`));
      return { text: dec.decode(bytes), encoding: dec.encoding, diagnostics };
    }
  }

  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', diagnostics };
  } catch {
    const scan = scanUtf8(bytes);
    if (scan.multiByte > 0) {
      diagnostics.push(note('DL103', `${name} is not valid UTF-8: ${scan.badBytes} bad byte${scan.badBytes === 1 ? '' : 's'} (the first at byte offset ${scan.firstBad}) were replaced with U+FFFD; if the file uses another charset, give it with --encoding`));
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', diagnostics };
    }
    diagnostics.push(note('DL104', `${name} is not UTF-8 and declares no charset: decoded as windows-1252 (Latin-1); if that is wrong, give the charset with --encoding`));
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', diagnostics };
  }
}
