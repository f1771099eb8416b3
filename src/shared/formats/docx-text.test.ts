import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocxError, extractDocxText, type DocxBudget } from './docx-text';
import { makeDocx, paragraphsXml } from './docx-fixtures';

const BUDGET: DocxBudget = { maxChars: 10_000, maxLines: 1_000, maxXmlBytes: 1_000_000, maxEntries: 100, maxDepth: 64 };

function refusal(bytes: Uint8Array, budget = BUDGET): DocxError {
  try {
    extractDocxText(bytes, budget);
  } catch (error) {
    if (error instanceof DocxError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('extractDocxText', () => {
  it.each([
    { name: 'paragraphs, Cyrillic, no trailing breaks', body: paragraphsXml(['Interview', 'Министр: да.']), text: 'Interview\n\nМинистр: да.' },
    { name: 'runs joined, tab, no-break and soft hyphens', body: '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:noBreakHyphen/><w:softHyphen/></w:r><w:r><w:t>c</w:t></w:r></w:p>', text: 'a\tb\u2011\u00adc' },
    { name: 'line breaks give nothing (as mammoth)', body: '<w:p><w:r><w:t>one</w:t><w:br/><w:t>two</w:t></w:r></w:p>', text: 'onetwo' },
    { name: 'deleted text and field codes left out', body: '<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', text: '7' },
    { name: 'insertions, hyperlinks, smart tags and content controls read', body: '<w:p><w:ins><w:r><w:t>in </w:t></w:r></w:ins><w:hyperlink><w:r><w:t>link </w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>tag </w:t></w:r></w:smartTag><w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>sdt</w:t></w:r></w:sdtContent></w:sdt></w:p>', text: 'in link tag sdt' },
    { name: 'unknown elements are skipped with their content', body: '<w:p><w:fldSimple w:instr="DATE"><w:r><w:t>1 May</w:t></w:r></w:fldSimple><w:r><w:t>kept</w:t></w:r></w:p>', text: 'kept' },
    { name: 'a deleted paragraph mark joins two paragraphs', body: '<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:r><w:t>first </w:t></w:r></w:p><w:p><w:r><w:t>second</w:t></w:r></w:p>', text: 'first second' },
    { name: 'alternate content: the fallback only', body: '<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>choice</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>', text: 'fallback' },
    { name: 'a VML text box comes after its paragraph', body: '<w:p><w:r><w:t>before</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t> after</w:t></w:r></w:p><w:p><w:r><w:t>next</w:t></w:r></w:p>', text: 'before after\n\nbox\n\nnext' },
    { name: 'table cells in order; a merged continuation cell once', body: '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>C</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', text: 'A\n\nB\n\nC' },
    { name: 'a deleted table row is left out', body: '<w:tbl><w:tr><w:trPr><w:del/></w:trPr><w:tc><w:p><w:r><w:t>old</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>new</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', text: 'new' },
    { name: 'entities decoded, whitespace kept', body: '<w:p><w:r><w:t xml:space="preserve"> a &amp; b &lt;c&gt; </w:t></w:r></w:p>', text: ' a & b <c> ' },
    { name: 'a Symbol-font character mapped to Unicode', body: '<w:p><w:r><w:sym w:font="Symbol" w:char="F061"/></w:r></w:p>', text: 'α' },
  ])('$name', ({ body, text }) => {
    expect(extractDocxText(makeDocx(body), BUDGET)).toBe(text);
  });

  it('reads another namespace prefix and a main part named by the relationships', () => {
    const xml =
      '<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>' +
      '<x:p><x:r><x:t>prefixed</x:t></x:r></x:p></x:body></x:document>';
    expect(extractDocxText(makeDocx(xml.replace('<?xml version="1.0"?>', '<?xml version="1.0" ?>'), { mainPath: 'content/main.xml' }), BUDGET)).toBe('prefixed');
  });

  it('falls back to word/document.xml without package relationships', () => {
    expect(extractDocxText(makeDocx(paragraphsXml(['plain']), { noRelationships: true }), BUDGET)).toBe('plain');
  });

  it('reads a view into a larger buffer', () => {
    const docx = makeDocx(paragraphsXml(['Offset']));
    const larger = new Uint8Array(docx.length + 10);
    larger.set(docx, 5);
    expect(extractDocxText(larger.subarray(5, 5 + docx.length), BUDGET)).toBe('Offset');
  });

  it.each([
    { name: 'text beyond the character budget', bytes: makeDocx(paragraphsXml(['x'.repeat(6_000), 'y'.repeat(6_000)])), message: /longer than 10,000 characters/ },
    { name: 'a flood of empty paragraphs beyond the line budget', bytes: makeDocx('<w:p/>'.repeat(600)), message: /more than 1,000 lines/ },
    { name: 'XML expanding beyond the XML budget', bytes: makeDocx(`<w:p><w:r><w:t>a</w:t></w:r></w:p>${'<w:bookmarkEnd w:id="0"/>'.repeat(50_000)}`), message: /expands beyond 1,000,000 bytes/ },
    { name: 'nesting beyond the depth budget', bytes: makeDocx(`${'<w:smartTag>'.repeat(100)}${'</w:smartTag>'.repeat(100)}`), message: /nest deeper than 64 levels/ },
  ])('refuses $name, saying so', ({ bytes, message }) => {
    const error = refusal(bytes);
    expect(error.overBudget).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('stops a zip bomb while inflating, whatever sizes the archive declares', () => {
    // 3 million empty paragraphs: 18 MB of XML in a few kilobytes of zip.
    const bomb = makeDocx('<w:p/>'.repeat(3_000_000), { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    const error = refusal(bomb, { ...BUDGET, maxLines: 1_000_000, maxXmlBytes: 8_000_000 });
    expect(error.message).toMatch(/expands beyond 8,000,000 bytes/);
  });

  it('counts inflated bytes even when the archive lies about the size', () => {
    const bytes = makeDocx(paragraphsXml(['z'.repeat(50_000)]));
    // Patch the declared uncompressed size of every entry to 1 byte (central directory and local headers).
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) bytes.set([1, 0, 0, 0], i + 24);
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x03 && bytes[i + 3] === 0x04) bytes.set([1, 0, 0, 0], i + 22);
    }
    expect(refusal(bytes, { ...BUDGET, maxChars: 1_000_000, maxXmlBytes: 20_000 }).message).toMatch(/expands beyond 20,000 bytes/);
  });

  it.each([
    { name: 'not a zip', bytes: strToU8('PK\u0003\u0004 but nothing else') },
    { name: 'a zip without a document', bytes: zipSync({ 'hello.txt': strToU8('hi') }) },
    { name: 'truncated', bytes: makeDocx(paragraphsXml(['cut'])).subarray(0, 60) },
  ])('refuses $name as not a Word document', ({ bytes }) => {
    expect(refusal(bytes).overBudget).toBe(false);
  });
});
