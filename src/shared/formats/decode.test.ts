import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, declaredHtmlCharset, detectLegacyEncoding } from './decode';
import { encodeSingleByte, encodeUtf16, encodeUtf8, KOI8_R, WINDOWS_1251, WINDOWS_1252 } from './test-bytes';

const RUSSIAN = [
  'Министр иностранных дел заявил журналистам, что переговоры о прекращении огня продолжатся на следующей неделе.',
  'Председатель комиссии подчеркнул, что решение ещё не принято и что "все варианты остаются на столе".',
  'Депутаты потребовали от правительства объяснить, почему закон о выборах до сих пор не опубликован.',
];
const WESTERN = [
  '“Nous sommes déjà là,” a-t-il déclaré — the minister’s statement at the café was naïve.',
  'Die Bürger müssen größere Verantwortung übernehmen, sagte der Präsident am Dienstag.',
  'The spokesman said “we will not negotiate” – and the crowd’s reaction was immediate.',
];

describe('decodeBytes', () => {
  const unicode: { label: string; bytes: Uint8Array; text: string; encoding: string }[] = [
    { label: 'ASCII', bytes: encodeUtf8('plain words'), text: 'plain words', encoding: 'utf-8' },
    { label: 'UTF-8', bytes: encodeUtf8('Ünïcödé — Привет 😀'), text: 'Ünïcödé — Привет 😀', encoding: 'utf-8' },
    { label: 'UTF-8 with BOM', bytes: encodeUtf8('Привет', true), text: 'Привет', encoding: 'utf-8' },
    { label: 'UTF-16LE with BOM', bytes: encodeUtf16('Grüße, мир 😀', 'le'), text: 'Grüße, мир 😀', encoding: 'utf-16le' },
    { label: 'UTF-16BE with BOM', bytes: encodeUtf16('Grüße, мир 😀', 'be'), text: 'Grüße, мир 😀', encoding: 'utf-16be' },
    { label: 'empty', bytes: new Uint8Array(0), text: '', encoding: 'utf-8' },
  ];
  it.each(unicode)('reads $label', ({ bytes, text, encoding }) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  const legacy = [
    ...RUSSIAN.map((text) => ({ encoding: 'windows-1251', text, bytes: encodeSingleByte(text, WINDOWS_1251) })),
    ...RUSSIAN.map((text) => ({ encoding: 'koi8-r', text, bytes: encodeSingleByte(text, KOI8_R) })),
    ...WESTERN.map((text) => ({ encoding: 'windows-1252', text, bytes: encodeSingleByte(text, WINDOWS_1252) })),
  ];
  it.each(legacy)('detects $encoding: $text', ({ bytes, text, encoding }) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('tells KOI8-R from Windows-1251 on a short sentence', () => {
    const text = 'Привет, как дела у тебя сегодня?';
    expect(detectLegacyEncoding(encodeSingleByte(text, KOI8_R))).toBe('koi8-r');
    expect(detectLegacyEncoding(encodeSingleByte(text, WINDOWS_1251))).toBe('windows-1251');
  });

  it('trusts a declared legacy charset when the bytes are not UTF-8', () => {
    const bytes = encodeSingleByte('Да', KOI8_R);
    expect(decodeBytes(bytes, 'KOI8-R')).toEqual({ text: 'Да', encoding: 'koi8-r' });
    expect(decodeBytes(encodeUtf8('Да'), 'windows-1251')).toEqual({ text: 'Да', encoding: 'utf-8' });
  });

  it('ignores a declared charset outside the candidates', () => {
    const text = RUSSIAN[0];
    expect(decodeBytes(encodeSingleByte(text, WINDOWS_1251), 'shift_jis').encoding).toBe('windows-1251');
  });

  it('replaces malformed sequences after a UTF-8 BOM instead of failing', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]);
    expect(decodeBytes(bytes)).toEqual({ text: 'a\ufffdb', encoding: 'utf-8' });
  });
});

describe('declaredHtmlCharset', () => {
  it.each([
    ['<meta charset="windows-1251">', 'windows-1251'],
    ["<META CHARSET='koi8-r'>", 'koi8-r'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'ISO-8859-1'],
    ['<p>no declaration</p>', null],
  ])('%s', (html, expected) => {
    expect(declaredHtmlCharset(encodeUtf8(html))).toBe(expected);
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F as the WHATWG index does, whatever the runtime’s TextDecoder does', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x81, 0x92, 0x93, 0x94, 0x96, 0x9f, 0xe9, 0x41]))).toBe('€\u0081’“”–Ÿ\u00e9A');
  });
});
