import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocxText } from './docx';

/** A minimal Word document with the given paragraphs, built in memory. */
async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('extractDocxText', () => {
  it('reads the paragraphs of a generated .docx, Cyrillic included', async () => {
    const bytes = await makeDocx(['Interview with the minister', 'Министр: переговоры продолжатся.']);
    expect(await extractDocxText(bytes)).toBe('Interview with the minister\n\nМинистр: переговоры продолжатся.');
  });

  it('reads a view into a larger buffer', async () => {
    const docx = await makeDocx(['Offset']);
    const larger = new Uint8Array(docx.length + 10);
    larger.set(docx, 5);
    expect(await extractDocxText(larger.subarray(5, 5 + docx.length))).toBe('Offset');
  });

  it('rejects bytes that are not a Word document', async () => {
    await expect(extractDocxText(new TextEncoder().encode('plain text'))).rejects.toThrow();
  });
});
