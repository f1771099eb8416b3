import { describe, expect, it } from 'vitest';
import { XmlWriter, escapeAttribute, escapeText, hasNonXmlCharacters, xmlSafe } from './xml-write';
import { parseXml } from './xml-read';
import { QDPX_LIMITS } from '../limits';

describe('XML escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b < c > d "e"', 'a &amp; b &lt; c &gt; d &quot;e&quot;'],
    ['tab\tline\nreturn\r', 'tab&#9;line&#10;return&#13;'],
    ['emoji 👋🏽 and “quotes”', 'emoji 👋🏽 and “quotes”'],
  ])('attribute %j', (value, expected) => {
    expect(escapeAttribute(value)).toBe(expected);
  });

  it.each([
    ['a & b < c > d "e"', 'a &amp; b &lt; c &gt; d "e"'],
    ['line\r\nnext', 'line&#13;\nnext'],
  ])('text %j', (value, expected) => {
    expect(escapeText(value)).toBe(expected);
  });

  it.each([
    ['bell\u0007', 'bell\ufffd'],
    ['lone \ud83d high', 'lone \ufffd high'],
    ['lone \ude00 low', 'lone \ufffd low'],
    ['pair \ud83d\ude00 kept', 'pair \ud83d\ude00 kept'],
    ['\ufffe\uffff', '\ufffd\ufffd'],
  ])('replaces what XML cannot hold in %j', (value, expected) => {
    expect(hasNonXmlCharacters(value)).toBe(value !== expected);
    expect(xmlSafe(value)).toBe(expected);
  });

  it('writes what a conforming parser reads back exactly', () => {
    const value = 'a\tb\nc\r\nd & <e> "f" 👋🏽';
    const xml = new XmlWriter().start('Root', [['name', value]]).text('Description', value).end().toString();
    const root = parseXml(xml, QDPX_LIMITS);
    expect(root.attributes.get('name')).toBe(value);
    expect(root.children[0].text).toBe(value);
  });

  it('refuses to end what was never opened and to finish with open elements', () => {
    expect(() => new XmlWriter().end()).toThrow();
    expect(() => new XmlWriter().start('A').toString()).toThrow(/not closed/);
  });
});
