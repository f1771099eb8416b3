import { describe, expect, it } from 'vitest';
import { XmlError, child, childrenNamed, parseXml } from './xml-read';
import { QDPX_LIMITS } from '../limits';

const limits = { maxXmlDepth: 8, maxXmlElements: 50, maxXmlAttributes: 4 };

describe('parseXml', () => {
  it('reads local names, namespaces, unprefixed attributes, text and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x" name="P &amp; Q">' +
        '<Description>a &lt; b &#x1F44B;</Description><Description><![CDATA[<raw>]]></Description></Project>',
      QDPX_LIMITS,
    );
    expect(root.local).toBe('Project');
    expect(root.uri).toBe('urn:QDA-XML:project:1.0');
    expect([...root.attributes]).toEqual([['name', 'P & Q']]);
    expect(child(root, 'Description')?.text).toBe('a < b 👋');
    expect(childrenNamed(root, 'Description')[1].text).toBe('<raw>');
  });

  it('keeps attribute names from files out of any prototype', () => {
    const root = parseXml('<A __proto__="x" constructor="y"/>', QDPX_LIMITS);
    expect(root.attributes.get('__proto__')).toBe('x');
    expect(root.attributes.get('constructor')).toBe('y');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it.each([
    ['a billion laughs', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Project>&lol2;</Project>', /DOCTYPE/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Project>&xxe;</Project>', /DOCTYPE/],
    ['a plain DOCTYPE', '<!DOCTYPE Project SYSTEM "project.dtd"><Project/>', /DOCTYPE/],
    ['an undefined entity', '<Project>&nbsp;</Project>', /undefined entity/],
    ['unclosed elements', '<Project><Users></Project>', /not well-formed XML \(line 1, column \d+/],
    ['an unbound prefix', '<q:Project/>', /not well-formed/],
    ['text only', 'just text', /not well-formed|no root/],
  ])('refuses %s', (_name, xml, message) => {
    expect(() => parseXml(xml, QDPX_LIMITS)).toThrow(XmlError);
    expect(() => parseXml(xml, QDPX_LIMITS)).toThrow(message);
  });

  it.each([
    ['nesting deeper than the limit', '<a>'.repeat(9) + '</a>'.repeat(9), /nested more than 8 deep/],
    ['more elements than the limit', `<r>${'<e/>'.repeat(50)}</r>`, /more than 50 elements/],
    ['more attributes than the limit', '<r a="1" b="2" c="3" d="4" e="5"/>', /more than 4 attributes/],
  ])('refuses %s', (_name, xml, message) => {
    expect(() => parseXml(xml, limits)).toThrow(message);
  });

  it('reads exactly to the limits', () => {
    expect(() => parseXml('<a>'.repeat(8) + '</a>'.repeat(8), limits)).not.toThrow();
    expect(() => parseXml(`<r>${'<e/>'.repeat(49)}</r>`, limits)).not.toThrow();
  });
});
