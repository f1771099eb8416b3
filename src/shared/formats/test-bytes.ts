/**
 * Builders of encoded test input from explicit byte tables, so the tests do not use the
 * decoder under test to make their own fixtures. Used by the format tests only.
 */

const UPPER = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const LOWER = 'абвгдежзийклмнопрстуфхцчшщъыьэюя';
/** KOI8-R orders letters by their Latin transliteration: 0xC0–0xDF lower case, 0xE0–0xFF upper. */
const KOI8_ORDER = 'юабцдефгхийклмнопярстужвьызшэщчъ';

function table(entries: [string, number][]): Map<string, number> {
  return new Map(entries);
}

/** Windows-1251: А–Я at 0xC0, а–я at 0xE0, Ё 0xA8, ё 0xB8, plus a few punctuation marks. */
export const WINDOWS_1251 = table([
  ...[...UPPER].map((c, i): [string, number] => [c, 0xc0 + i]),
  ...[...LOWER].map((c, i): [string, number] => [c, 0xe0 + i]),
  ['Ё', 0xa8], ['ё', 0xb8], ['«', 0xab], ['»', 0xbb], ['—', 0x97], ['№', 0xb9],
]);

/** KOI8-R: lower case at 0xC0, upper case at 0xE0 in KOI8 order, Ё 0xB3, ё 0xA3. */
export const KOI8_R = table([
  ...[...KOI8_ORDER].map((c, i): [string, number] => [c, 0xc0 + i]),
  ...[...KOI8_ORDER].map((c, i): [string, number] => [c.toUpperCase(), 0xe0 + i]),
  ['Ё', 0xb3], ['ё', 0xa3],
]);

/** Windows-1252: curly quotes, dashes and the accented letters of western languages. */
export const WINDOWS_1252 = table([
  ['‘', 0x91], ['’', 0x92], ['“', 0x93], ['”', 0x94], ['–', 0x96], ['—', 0x97], ['€', 0x80],
  ['à', 0xe0], ['â', 0xe2], ['ä', 0xe4], ['ç', 0xe7], ['è', 0xe8], ['é', 0xe9], ['ê', 0xea],
  ['ë', 0xeb], ['î', 0xee], ['ï', 0xef], ['ô', 0xf4], ['ö', 0xf6], ['ù', 0xf9], ['û', 0xfb],
  ['ü', 0xfc], ['ß', 0xdf], ['Ä', 0xc4], ['Ö', 0xd6], ['Ü', 0xdc], ['É', 0xc9], ['ñ', 0xf1],
]);

/** Encodes text with a single-byte table; ASCII passes through; other characters throw. */
export function encodeSingleByte(text: string, map: Map<string, number>): Uint8Array {
  return Uint8Array.from([...text], (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = map.get(c);
    if (byte === undefined) throw new Error(`no byte for ${c}`);
    return byte;
  });
}

/** UTF-16 code units as bytes, little- or big-endian, with a BOM. */
export function encodeUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes: number[] = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 bytes, optionally with a BOM (encoded by hand: the shared code has no TextEncoder type). */
export function encodeUtf8(text: string, bom = false): Uint8Array {
  const bytes: number[] = bom ? [0xef, 0xbb, 0xbf] : [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(bytes);
}
