import type { Node as PMNode } from 'prosemirror-model';
import { paragraphsOf } from '../../shared/text/canonical';
import { readerSchema } from './schema';

/**
 * Paragraphs per section (see `schema.ts`): about 2,500 px of transcript. A section is the unit
 * of skipped layout (CSS `content-visibility`, whose size estimate in styles.css assumes this
 * number) and of drawn highlights, so it is laid out and drawn in one go when it comes near the
 * screen: at 100 paragraphs that was a long task of 100–350 ms while scrolling; at 10 the
 * browser's and the reader's intersection observers (one target per section) cost more than
 * they save (bench/README.md).
 */
export const SECTION_SIZE = 25;

/**
 * Converts between ProseMirror positions and offsets into the canonical text (both count
 * UTF-16 units). Built once per document; lookups are binary searches.
 */
export class PositionMap {
  /** Text offset of each paragraph's first character. */
  private readonly offsets: number[];
  /** ProseMirror position of each paragraph's first character. */
  private readonly positions: number[];
  private readonly lengths: number[];

  constructor(readonly text: string) {
    const paragraphs = paragraphsOf(text);
    this.offsets = new Array(paragraphs.length);
    this.positions = new Array(paragraphs.length);
    this.lengths = new Array(paragraphs.length);
    let pos = 0;
    paragraphs.forEach((p, i) => {
      if (i % SECTION_SIZE === 0) pos += i === 0 ? 1 : 2; // close the previous section, open a new one
      pos += 1; // open the paragraph
      this.offsets[i] = p.start;
      this.positions[i] = pos;
      this.lengths[i] = p.end - p.start;
      pos += this.lengths[i] + 1; // content, close the paragraph
    });
  }

  /** Number of paragraphs. */
  get paragraphCount(): number {
    return this.offsets.length;
  }

  private lastAtOrBefore(values: number[], value: number): number {
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (values[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Text offset → ProseMirror position. The line feed after a paragraph maps to its end. */
  toPos(offset: number): number {
    const i = this.lastAtOrBefore(this.offsets, offset);
    return this.positions[i] + Math.min(Math.max(0, offset - this.offsets[i]), this.lengths[i]);
  }

  /** ProseMirror position → text offset; structural positions snap to the nearest text. */
  toOffset(pos: number): number {
    const i = this.lastAtOrBefore(this.positions, pos);
    const within = pos - this.positions[i];
    if (within < 0) return this.offsets[i];
    return this.offsets[i] + Math.min(within, this.lengths[i]);
  }

  /** The ProseMirror range of paragraph `i`'s node, its opening and closing tokens included. */
  paragraphNode(i: number): { from: number; to: number } {
    return { from: this.positions[i] - 1, to: this.positions[i] + this.lengths[i] + 1 };
  }

  /** Index of the paragraph holding a text offset. */
  paragraphAt(offset: number): number {
    return this.lastAtOrBefore(this.offsets, offset);
  }
}

/** Builds the reader document for a canonical text: one paragraph per line, in sections. */
export function buildDocument(text: string): PMNode {
  const { section, paragraph } = readerSchema.nodes;
  const lines = text.split('\n');
  const sections: PMNode[] = [];
  for (let i = 0; i < lines.length; i += SECTION_SIZE) {
    const paragraphs = lines
      .slice(i, i + SECTION_SIZE)
      .map((line) => paragraph.create(null, line ? readerSchema.text(line) : null));
    sections.push(section.create(null, paragraphs));
  }
  return readerSchema.nodes.doc.create(null, sections);
}
