/**
 * The workbench's own .docx reader (`src/shared/formats/docx-text.ts`) against mammoth's
 * `extractRawText`, which it replaced: the same text (trailing line breaks aside) for real Word
 * files (mammoth's own test documents) and for generated ones covering what the reader handles.
 * Runs under Node because mammoth's Node build needs `Buffer`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { makeDocx, paragraphsXml } from '../shared/formats/docx-fixtures';
import { extractDocxText } from '../shared/formats/docx-text';

const BUDGET = { maxChars: 1_000_000, maxLines: 100_000, maxXmlBytes: 10_000_000, maxEntries: 1_000, maxDepth: 512 };

async function mammothText(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return result.value.replace(/\n+$/, '');
}

const TEST_DATA = join(process.cwd(), 'node_modules', 'mammoth', 'test', 'test-data');
const realFiles = readdirSync(TEST_DATA).filter((name) => name.endsWith('.docx'));

const generated: [string, string][] = [
  ['paragraphs', paragraphsXml(['One', '', 'Три 🚢'])],
  ['runs, tabs, hyphens, breaks', '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:noBreakHyphen/><w:softHyphen/><w:cr/></w:r></w:p>'],
  ['fields and deletions', '<w:p><w:del><w:r><w:delText>x</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://e.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>shown</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>'],
  ['insertions, links, smart tags, controls, custom XML', '<w:p><w:ins><w:r><w:t>i</w:t></w:r></w:ins><w:hyperlink w:anchor="x"><w:r><w:t>h</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>s</w:t></w:r></w:smartTag><w:customXml><w:r><w:t>c</w:t></w:r></w:customXml><w:sdt><w:sdtContent><w:r><w:t>d</w:t></w:r></w:sdtContent></w:sdt></w:p>'],
  ['a checkbox content control', '<w:p><w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent><w:r><w:t>☐</w:t></w:r><w:r><w:t> label</w:t></w:r></w:sdtContent></w:sdt></w:p>'],
  ['deleted paragraph mark', '<w:p><w:pPr><w:rPr><w:del/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p><w:p><w:r><w:t>here</w:t></w:r></w:p>'],
  ['alternate content and VML text box', '<w:p><w:r><w:t>p</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing/></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><w:t>q</w:t></w:r></w:p>'],
  ['tables with merged cells, spans and a deleted row', '<w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>wide</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>m</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>hidden</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:del/></w:trPr><w:tc><w:p><w:r><w:t>gone</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'],
  ['a table with a bookmark between rows keeps merged cells', '<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>m</w:t></w:r></w:p></w:tc></w:tr><w:bookmarkStart w:id="1" w:name="b"/><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>shown</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'],
  ['symbols', '<w:p><w:r><w:sym w:font="Wingdings" w:char="F04A"/><w:sym w:font="Symbol" w:char="0061"/><w:sym w:font="Nothing" w:char="0041"/></w:r></w:p>'],
  ['notes and comments references give no text', '<w:p><w:r><w:t>a</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>'],
  ['entities and whitespace', '<w:p><w:r><w:t xml:space="preserve">  a &amp; &#x1F6A2; b  </w:t></w:r></w:p>'],
];

describe('extractDocxText agrees with mammoth', () => {
  it.each(realFiles)('on mammoth’s test document %s', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(TEST_DATA, name)));
    expect(extractDocxText(bytes, BUDGET)).toBe(await mammothText(bytes));
  });

  it.each(generated)('on generated WordprocessingML: %s', async (_name, body) => {
    const bytes = makeDocx(body);
    expect(extractDocxText(bytes, BUDGET)).toBe(await mammothText(bytes));
  });
});
