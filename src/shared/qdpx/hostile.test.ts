/**
 * Hostile REFI-QDA files: each is refused, or neutralised and reported, within bounded time
 * and memory, with a message naming the file and what is wrong.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { QDPX_LIMITS } from '../limits';
import { readQdpx } from './import';
import { fixtureGuid, qdpxOf, rawZip, zeroDeflate } from './test-projects';

const NOW = '2024-07-01T00:00:00.000Z';
const read = (bytes: Uint8Array) => readQdpx(bytes, { fileName: 'hostile.qdpx', now: NOW });
const CODE = fixtureGuid();
const SOURCE = fixtureGuid();

function refusal(bytes: Uint8Array): string {
  const result = read(bytes);
  if (result.ok) throw new Error('expected the file to be refused');
  expect(result.error).toMatch(/^hostile\.qdpx cannot be imported as a REFI-QDA project: /);
  return result.error;
}

/** A deflated entry that inflates to `size` zero bytes, with a header that claims `claimed`. */
function bombEntry(name: string, size: number, claimed = 100) {
  // The checksum is never reached: inflation stops at the limit.
  return { name, data: zeroDeflate(size), method: 8, size: claimed, crc: 0 };
}

const PROJECT_WITH_SOURCE = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources><TextSource guid="${SOURCE}" name="S" plainTextPath="internal://s.txt"/></Sources></Project>`;

describe('hostile .qdpx files', () => {
  it('takes no element name for a key of a plain object (Object.prototype members are unknown sources)', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources><constructor name="a"/><toString name="b"/><__proto__ name="c"/><AudioSource guid="${fixtureGuid()}" name="d.mp3" path="internal://d.mp3"/></Sources></Project>`;
    const result = read(qdpxOf(xml));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.notCarried.map((n) => [typeof n.what, n.what, n.count])).toEqual([['string', 'audio sources', 1]]);
  });

  it('stops a zip bomb in project.qde at the XML limit', () => {
    const bytes = rawZip([bombEntry('project.qde', QDPX_LIMITS.maxXmlBytes + 1024)]);
    expect(bytes.length).toBeLessThan(QDPX_LIMITS.maxXmlBytes / 100);
    expect(refusal(bytes)).toMatch(/“project\.qde” is larger than 209,715,200 bytes once inflated/);
  });

  it('stops a zip bomb in a source text at the document limit', () => {
    const bytes = rawZip([{ name: 'project.qde', data: utf8ToBytes(PROJECT_WITH_SOURCE) }, bombEntry('sources/s.txt', QDPX_LIMITS.maxSourceBytes + 1024)]);
    expect(refusal(bytes)).toMatch(/“sources\/s\.txt” is larger than 52,428,800 bytes once inflated/);
  });

  it.each([
    ['a billion laughs', '<?xml version="1.0"?><!DOCTYPE P [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><Project name="&c;"/>', /DOCTYPE/],
    ['an external entity', '<?xml version="1.0"?><!DOCTYPE P [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>', /DOCTYPE/],
    ['an undefined entity', '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>', /undefined entity/],
    ['XML that is not well-formed', '<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users>', /not well-formed XML/],
    ['another root element', '<html><body>hello</body></html>', /root element is <html>/],
    ['codes nested past the depth limit', `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes>${`<Code guid="${CODE}" name="c" isCodable="true">`.repeat(QDPX_LIMITS.maxXmlDepth)}${'</Code>'.repeat(QDPX_LIMITS.maxXmlDepth)}</Codes></CodeBook></Project>`, /nested more than 100 deep/],
    ['more users than accepted', `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users>${Array.from({ length: QDPX_LIMITS.maxUsers + 1 }, () => `<User guid="${fixtureGuid()}" name="u"/>`).join('')}</Users></Project>`, /1,001 users, more than the 1,000 accepted/],
    ['more sources than accepted', `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources>${Array.from({ length: QDPX_LIMITS.maxSources + 1 }, () => `<AudioSource guid="${fixtureGuid()}"/>`).join('')}</Sources></Project>`, /10,001 sources, more than the 10,000 accepted/],
    ['more codes than accepted', `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes>${Array.from({ length: QDPX_LIMITS.maxCodes + 1 }, (_, i) => `<Code guid="${fixtureGuid()}" name="c${i}" isCodable="true"/>`).join('')}</Codes></CodeBook></Project>`, /more than 20,000 codes/],
  ])('refuses %s', (_name, xml, message) => {
    expect(refusal(qdpxOf(xml))).toMatch(message);
  });

  it.each([
    ['not a zip', utf8ToBytes('<Project/>'), /not a zip archive/],
    ['no project.qde', qdpxOf('<Project/>').slice(0, 0), /not a zip archive/],
    ['a zip without a project', rawZip([{ name: 'readme.txt', data: utf8ToBytes('hi') }]), /no project\.qde/],
    ['project.qde that is not UTF-8', rawZip([{ name: 'project.qde', data: new Uint8Array([0x3c, 0xff, 0xfe, 0x00, 0x80]) }]), /not valid UTF-16LE text|not valid UTF-8 text/],
    ['too many zip entries', rawZip(Array.from({ length: QDPX_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `sources/${i}.txt`, data: new Uint8Array(0) }))), /20,001 entries/],
  ])('refuses %s', (_name, bytes, message) => {
    expect(refusal(bytes)).toMatch(message);
  });

  it('never reads an internal path outside the sources folder, and ignores unsafe entry names', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Sources>
      <TextSource guid="${fixtureGuid()}" name="Up" plainTextPath="internal://../secret.txt"/>
      <TextSource guid="${fixtureGuid()}" name="Encoded" plainTextPath="internal://%2E%2E/secret.txt"/>
      <TextSource guid="${fixtureGuid()}" name="Back" plainTextPath="internal://..\\secret.txt"/>
      <TextSource guid="${fixtureGuid()}" name="Drive" plainTextPath="internal://C:/secret.txt"/>
      <TextSource guid="${fixtureGuid()}" name="Fine" plainTextPath="internal://ok.txt"/></Sources></Project>`;
    const bytes = rawZip([
      { name: 'project.qde', data: utf8ToBytes(xml) },
      { name: 'secret.txt', data: utf8ToBytes('secret') },
      { name: '../secret.txt', data: utf8ToBytes('secret') },
      { name: 'sources/ok.txt', data: utf8ToBytes('fine') },
    ]);
    const result = read(bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.documents.map((d) => d.text)).toEqual(['fine']);
    expect(result.value.sources.filter((s) => s.documentId === null).map((s) => s.name)).toEqual(['Up', 'Encoded', 'Back', 'Drive']);
    expect(result.value.problems).toContain('The archive holds an entry named “../secret.txt”, which could escape a folder; it was ignored.');
  });

  it('keeps ids from the file out of object prototypes', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><Users><User guid="${fixtureGuid()}" name="__proto__"/></Users><CodeBook><Codes>
      <Code guid="${CODE}" name="constructor" isCodable="true"/><Code guid="${fixtureGuid()}" name="toString" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="__proto__"><PlainTextContent>constructor toString</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="0" endPosition="11"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.categories.map((c) => c.category.label)).toEqual(['constructor', 'toString']);
    expect(result.value.annotations[0]).toMatchObject({ exact: 'constructor', coder: '' });
    expect(result.value.documents[0].title).toBe('__proto__');
  });

  it('cuts a huge memo to the memo limit and says so', () => {
    const memo = 'm'.repeat(QDPX_LIMITS.maxMemoChars + 10);
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CODE}" name="c" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="S"><PlainTextContent>text</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="0" endPosition="4"><Description>${memo}</Description><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    if (!result.ok) throw new Error(result.error);
    expect(result.value.annotations[0].memo).toHaveLength(QDPX_LIMITS.maxMemoChars);
    expect(result.value.problems.join('\n')).toMatch(/100,010 characters; its first 100,000 are kept/);
  });

  it('never splits an emoji when positions land inside one', () => {
    const xml = `<Project xmlns="urn:QDA-XML:project:1.0" name="P"><CodeBook><Codes><Code guid="${CODE}" name="c" isCodable="true"/></Codes></CodeBook>
      <Sources><TextSource guid="${SOURCE}" name="S"><PlainTextContent>a😀b</PlainTextContent>
      <PlainTextSelection guid="${fixtureGuid()}" startPosition="2" endPosition="4"><Coding guid="${fixtureGuid()}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const result = read(qdpxOf(xml));
    if (!result.ok) throw new Error(result.error);
    const a = result.value.annotations[0];
    expect(a.exact).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
