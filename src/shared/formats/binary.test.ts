import { describe, expect, it } from 'vitest';
import { looksBinary } from './binary';
import { encodeUtf16, encodeUtf8 } from './test-bytes';

describe('looksBinary', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x61));
  it.each([
    { label: 'plain text', bytes: encodeUtf8('Hello\tworld\r\n\fPage two'), binary: false },
    { label: 'empty file', bytes: new Uint8Array(0), binary: false },
    { label: 'UTF-16LE with BOM (NUL bytes)', bytes: encodeUtf16('Hello', 'le'), binary: false },
    { label: 'UTF-16BE with BOM', bytes: encodeUtf16('Hello', 'be'), binary: false },
    { label: 'a PNG header', bytes: png, binary: true },
    { label: 'UTF-16 without BOM', bytes: Uint8Array.from([0x48, 0x00, 0x69, 0x00]), binary: true },
    { label: '25 % control bytes', bytes: controls, binary: true },
    { label: 'a few control bytes', bytes: encodeUtf8('text\u0007 with a bell and an \u001b[0m escape, mostly words'), binary: false },
  ])('$label → $binary', ({ bytes, binary }) => {
    expect(looksBinary(bytes)).toBe(binary);
  });

  it('only looks at the first 8 KB', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    expect(looksBinary(bytes)).toBe(false);
  });
});
