import { describe, expect, it } from 'vitest';
import { buildDocument, PositionMap, SECTION_SIZE } from './position-map';

function check(text: string) {
  const doc = buildDocument(text);
  const map = new PositionMap(text);
  // Every text offset survives the round trip (a line feed maps to the end of its paragraph).
  for (let offset = 0; offset <= text.length; offset++) {
    expect(map.toOffset(map.toPos(offset))).toBe(offset);
  }
  // Slices agree: for every pair of offsets within one line, the document text equals the text.
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const from = map.toPos(lineStart);
    const to = map.toPos(lineStart + line.length);
    expect(doc.textBetween(from, to)).toBe(line);
    expect(map.toOffset(from)).toBe(lineStart);
    expect(map.toOffset(to)).toBe(lineStart + line.length);
    lineStart += line.length + 1;
  }
  return { doc, map };
}

describe('PositionMap', () => {
  it('maps offsets and positions both ways on a text with emoji, astral letters and Cyrillic', () => {
    const text = 'Mara: Hello 😀 world\n\nQuestion: «Мы готовы» 𝒳?\nend';
    const { doc, map } = check(text);
    const start = text.indexOf('😀');
    const end = text.indexOf('𝒳') + 2;
    // A span across paragraphs reads back with the line breaks as block separators.
    expect(doc.textBetween(map.toPos(start), map.toPos(end), '\n')).toBe(text.slice(start, end));
  });

  it('keeps positions right across section boundaries', () => {
    const lines = Array.from({ length: SECTION_SIZE * 2 + 7 }, (_, i) => `line ${i} ✓ 🚢`);
    const text = lines.join('\n');
    const { doc, map } = check(text);
    expect(doc.childCount).toBe(3);
    const n = Math.floor(SECTION_SIZE * 1.5); // in the middle of the second section
    const needle = `line ${n} ✓`;
    const offset = text.indexOf(needle);
    expect(doc.textBetween(map.toPos(offset), map.toPos(offset + needle.length))).toBe(needle);
    expect(map.paragraphAt(offset)).toBe(n);
  });

  it('snaps structural positions to the nearest text offset', () => {
    const text = 'ab\ncd';
    const map = new PositionMap(text);
    expect(map.toOffset(0)).toBe(0);
    expect(map.toOffset(1)).toBe(0);
    expect(map.toOffset(map.toPos(2) + 1)).toBe(2);
    expect(map.toOffset(10_000)).toBe(5);
  });
});
