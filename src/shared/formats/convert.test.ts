import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, TEXT_LIMITS } from '../limits';
import { ACCEPTED_EXTENSIONS, MAX_FILE_BYTES, convertFile, extensionOf, refuseBeforeReading } from './convert';
import { makeDocx, paragraphsXml } from './docx-fixtures';
import { encodeSingleByte, encodeUtf16, encodeUtf8, KOI8_R, WINDOWS_1251, WINDOWS_1252 } from './test-bytes';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

describe('convertFile', () => {
  const accepted: { name: string; bytes: Uint8Array; text: string; format: string; encoding: string }[] = [
    { name: 'notes.txt', bytes: encodeUtf8('One\r\nTwo\rThree\n'), text: 'One\nTwo\nThree\n', format: 'txt', encoding: 'utf-8' },
    { name: 'nfc.txt', bytes: encodeUtf8('Cafe\u0301 Zu\u0308rich'), text: 'Café Zürich', format: 'txt', encoding: 'utf-8' },
    { name: 'bom.txt', bytes: encodeUtf8('\u00e9t\u00e9', true), text: 'été', format: 'txt', encoding: 'utf-8' },
    { name: 'wide.TXT', bytes: encodeUtf16('Line 1\r\nЛиния 2', 'le'), text: 'Line 1\nЛиния 2', format: 'txt', encoding: 'utf-16le' },
    { name: 'big.txt', bytes: encodeUtf16('Line 1\r\nЛиния 2', 'be'), text: 'Line 1\nЛиния 2', format: 'txt', encoding: 'utf-16be' },
    {
      name: 'speech.txt',
      bytes: encodeSingleByte('Президент заявил, что переговоры продолжатся на следующей неделе в столице.\r\n', WINDOWS_1251),
      text: 'Президент заявил, что переговоры продолжатся на следующей неделе в столице.\n',
      format: 'txt',
      encoding: 'windows-1251',
    },
    {
      name: 'speech-koi.txt',
      bytes: encodeSingleByte('Президент заявил, что переговоры продолжатся на следующей неделе в столице.', KOI8_R),
      text: 'Президент заявил, что переговоры продолжатся на следующей неделе в столице.',
      format: 'txt',
      encoding: 'koi8-r',
    },
    {
      name: 'quote.txt',
      bytes: encodeSingleByte('“C’est déjà fait,” said the minister — naïvely.', WINDOWS_1252),
      text: '“C’est déjà fait,” said the minister — naïvely.',
      format: 'txt',
      encoding: 'windows-1252',
    },
    { name: 'readme.md', bytes: encodeUtf8('# Title\r\n\r\nSome *emphasis* and [a link](http://x).'), text: '# Title\n\nSome *emphasis* and [a link](http://x).', format: 'md', encoding: 'utf-8' },
    { name: 'page.html', bytes: encodeUtf8('<p>Hello <script>x()</script>world</p><p>Bye</p>'), text: 'Hello world\n\nBye', format: 'html', encoding: 'utf-8' },
    {
      name: 'old.htm',
      bytes: encodeSingleByte('<meta charset="koi8-r"><p>Да</p>', KOI8_R),
      text: 'Да',
      format: 'html',
      encoding: 'koi8-r',
    },
  ];
  it.each(accepted)('reads $name', ({ name, bytes, text, format, encoding }) => {
    expect(convertFile(name, bytes)).toEqual({ ok: true, name, text, sizeBytes: bytes.byteLength, format, encoding });
  });

  it('reads a .docx and canonicalises its text, without trailing line breaks', () => {
    const bytes = makeDocx(paragraphsXml(['First', 'Second e\u0301', '']));
    expect(convertFile('Interview.docx', bytes)).toEqual({
      ok: true,
      name: 'Interview.docx',
      text: 'First\n\nSecond é',
      sizeBytes: bytes.byteLength,
      format: 'docx',
      encoding: 'utf-8',
    });
  });

  const refused: { name: string; bytes: Uint8Array; error: RegExp }[] = [
    { name: 'report.pdf', bytes: encodeUtf8('%PDF-1.7'), error: /^“report\.pdf” is not a format the workbench reads\. Accepted: \.txt, \.md, \.html, \.htm, \.docx\.$/ },
    { name: 'README', bytes: encodeUtf8('text'), error: /“README” is not a format/ },
    { name: 'photo.txt', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), error: /“photo\.txt” does not contain text/ },
    { name: 'empty.txt', bytes: new Uint8Array(0), error: /^“empty\.txt” is empty/ },
    { name: 'blank.md', bytes: encodeUtf8(' \r\n\t\n'), error: /“blank\.md” is empty/ },
    { name: 'scripts.html', bytes: encodeUtf8('<script>alert(1)</script><style>p{}</style>'), error: /“scripts\.html” is empty/ },
    { name: 'old.docx', bytes: encodeUtf8('{\\rtf1 not a docx}'), error: /^“old\.docx” is not a valid Word document/ },
    { name: 'broken.docx', bytes: Uint8Array.from([...ZIP, 0, 0]), error: /“broken\.docx” is not a valid Word document/ },
    { name: 'blank.docx', bytes: makeDocx('<w:p/><w:p/>'), error: /“blank\.docx” is empty/ },
    {
      name: 'bomb.docx',
      bytes: makeDocx('<w:p><w:r><w:t>x</w:t></w:r></w:p>'.repeat(TEXT_LIMITS.maxLines / 2 + 1), { level: 9 }),
      error: /^“bomb\.docx” is refused: it has more than 500,000 lines \(paragraphs\)/,
    },
    {
      name: 'many-lines.txt',
      bytes: encodeUtf8('x\n'.repeat(TEXT_LIMITS.maxLines)),
      error: /^“many-lines\.txt” is refused: it has more than 500,000 lines/,
    },
    {
      name: 'deep.html',
      bytes: encodeUtf8(`${'<span>'.repeat(FILE_LIMITS.maxDepth + 10)}deep`),
      error: /^“deep\.html” is refused: its elements nest deeper than 512 levels/,
    },
  ];
  it.each(refused)('refuses $name', ({ name, bytes, error }) => {
    const result = convertFile(name, bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
    expect(result.name).toBe(name);
  });

  it('refuses a file over the limit without converting it', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    const result = convertFile('huge.txt', bytes);
    expect(result).toEqual({ name: 'huge.txt', ok: false, error: expect.stringMatching(/“huge\.txt” is too large.*limit is 50 MB/) });
  });
});

describe('refuseBeforeReading', () => {
  it.each([
    { name: 'a.docx', size: undefined, refused: false },
    { name: 'a.DOCX', size: MAX_FILE_BYTES, refused: false },
    { name: 'a.txt', size: MAX_FILE_BYTES + 1, refused: true },
    { name: 'a.doc', size: 10, refused: true },
    { name: '.txt', size: 10, refused: true },
  ])('$name, $size bytes → refused: $refused', ({ name, size, refused }) => {
    expect(refuseBeforeReading(name, size) !== null).toBe(refused);
  });

  it('says how large the file is', () => {
    const result = refuseBeforeReading('long.txt', 80 * 1024 * 1024);
    expect(result && !result.ok && result.error).toBe('“long.txt” is too large to import (80 MB); the limit is 50 MB. Split it into smaller files.');
  });
});

describe('extensionOf', () => {
  it.each([
    ['notes.TXT', '.txt'],
    ['archive.tar.gz', '.gz'],
    ['C:\\dir.d\\file', ''],
    ['/a.b/c.md', '.md'],
    ['.htm', ''],
    ['noext', ''],
  ])('%s → %s', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it('lists the accepted extensions', () => {
    expect(ACCEPTED_EXTENSIONS).toEqual(['.txt', '.md', '.html', '.htm', '.docx']);
  });
});
