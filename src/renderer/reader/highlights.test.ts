import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { highlightKey, highlightPlugin, spansAt, type HighlightAction, type Painter } from './highlights';
import { buildDocument, PositionMap, SECTION_SIZE } from './position-map';
import { segmentsOf, type HighlightSpan } from './segments';

const paint: Painter = (spans) => ({ class: 'hl', 'data-categories': spans.map((s) => s.categoryId).join(' ') });
const text = 'Mara: We demand 🚢 ferries stay in port.\nQuestion: Why?\nMara: Because «Мы готовы».';

function setup() {
  const doc = buildDocument(text);
  const positions = new PositionMap(text);
  let state = EditorState.create({ doc, plugins: [highlightPlugin({ paint })] });
  const send = (action: HighlightAction) => {
    state = state.apply(state.tr.setMeta(highlightKey, action));
  };
  const span = (id: string, word: string, endWord: string, categoryId: string): HighlightSpan => ({
    id,
    from: positions.toPos(text.indexOf(word)),
    to: positions.toPos(text.indexOf(endWord) + endWord.length),
    categoryId,
  });
  /** The drawn segments as [text, categories] pairs. */
  const drawn = () =>
    highlightKey
      .getState(state)!
      .decorations.find()
      .sort((a, b) => a.from - b.from)
      .map((d) => [state.doc.textBetween(d.from, d.to, '\n'), (d.spec as { ids: string[] }).ids.join('+')]);
  return { get state() { return state; }, send, span, drawn, doc };
}

describe('segmentsOf', () => {
  it('splits overlapping and nested spans into elementary segments', () => {
    const segments = segmentsOf([
      { id: 'a', from: 0, to: 10, categoryId: 'claim' },
      { id: 'b', from: 5, to: 15, categoryId: 'demand' },
      { id: 'c', from: 6, to: 8, categoryId: 'proposal' },
    ]);
    expect(segments.map((s) => [s.from, s.to, s.spans.map((x) => x.id).join('')])).toEqual([
      [0, 5, 'a'],
      [5, 6, 'ab'],
      [6, 8, 'abc'],
      [8, 10, 'ab'],
      [10, 15, 'b'],
    ]);
  });

  it('clips to a range', () => {
    const segments = segmentsOf([{ id: 'a', from: 0, to: 10, categoryId: 'x' }], 4, 6);
    expect(segments.map((s) => [s.from, s.to])).toEqual([[4, 6]]);
  });
});

describe('highlight plugin', () => {
  it('draws, overlaps, updates and removes highlights without touching the document', () => {
    const t = setup();
    t.send({ type: 'reset', spans: [t.span('a', 'We', 'demand', 'claim')], paint });
    expect(t.drawn()).toEqual([['We demand', 'a']]);

    t.send({ type: 'upsert', spans: [t.span('b', 'demand', 'ferries', 'demand')] });
    expect(t.drawn()).toEqual([
      ['We ', 'a'],
      ['demand', 'a+b'],
      [' 🚢 ferries', 'b'],
    ]);

    // Changing a category redraws the same segments with the new category.
    t.send({ type: 'upsert', spans: [t.span('a', 'We', 'demand', 'accusation')] });
    const attrs = highlightKey.getState(t.state)!.decorations.find().map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-categories']);
    expect(attrs.sort()).toEqual(['accusation', 'accusation demand', 'demand']);

    t.send({ type: 'remove', ids: ['a'] });
    expect(t.drawn()).toEqual([['demand 🚢 ferries', 'b']]);
    expect(t.state.doc.eq(t.doc)).toBe(true);
  });

  it('draws a span that crosses paragraphs and finds every span under a position', () => {
    const t = setup();
    t.send({
      type: 'reset',
      spans: [t.span('x', 'port', 'Why', 'claim'), t.span('y', 'Question', 'Question', 'demand')],
      paint,
    });
    const pos = t.span('q', 'Question', 'Question', 'z').from + 2;
    expect(spansAt(t.state, pos).map((s) => s.id)).toEqual(['x', 'y']);
    expect(t.drawn().map(([, ids]) => ids)).toEqual(['x', 'x+y', 'x']);
  });

  it('keeps one decoration set and edits it locally when a span is added among many', () => {
    const t = setup();
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, from: 1 + i, to: 2 + i, categoryId: 'claim' }));
    t.send({ type: 'reset', spans: many, paint });
    const before = highlightKey.getState(t.state)!.decorations;
    t.send({ type: 'upsert', spans: [t.span('n', 'Because', 'Because', 'proposal')] });
    const after = highlightKey.getState(t.state)!.decorations;
    expect(after.find().length).toBe(before.find().length + 1);
    expect(after.find(0, 20).map((d) => d.from)).toEqual(before.find(0, 20).map((d) => d.from));
  });
});

/* ---------- drawing only the sections in the window ---------- */

/** Deterministic pseudo-random numbers (mulberry32), so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 4 sections (the last one half full); some lines empty, so spans start or end at a boundary.
const long = Array.from({ length: SECTION_SIZE * 3.5 }, (_, i) => (i % 7 === 3 ? '' : `Line ${i}: ${'words go here '.repeat(1 + (i % 3))}`)).join('\n');
const longPositions = new PositionMap(long);
const categories = ['claim', 'demand', 'proposal'];
const painters: Painter[] = [paint, (spans) => ({ class: 'hl', 'data-categories': `v2 ${spans.map((s) => s.categoryId).join(' ')}` })];

function windowed(initialWindow?: number[]) {
  let state = EditorState.create({ doc: buildDocument(long), plugins: [highlightPlugin({ paint, window: initialWindow })] });
  return {
    get state() { return state; },
    get plugin() { return highlightKey.getState(state)!; },
    send(action: HighlightAction) { state = state.apply(state.tr.setMeta(highlightKey, action)); },
  };
}

/** A span of up to ~3 lines (often across a section boundary when `near` is given). */
function randomSpan(next: () => number, id: string, near?: number): HighlightSpan {
  const at = near ?? Math.floor(next() * long.length);
  const start = Math.max(0, Math.min(long.length - 1, at + Math.floor((next() - 0.5) * 200)));
  const end = Math.min(long.length, start + 1 + Math.floor(next() * 150));
  return { id, from: longPositions.toPos(start), to: longPositions.toPos(end), categoryId: categories[Math.floor(next() * 3)] };
}

type Drawn = [number, number, string, string];
const describeSet = (set: DecorationSet): Drawn[] =>
  set
    .find()
    .map((d): Drawn => [d.from, d.to, (d.spec as { ids: string[] }).ids.join('+'), (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-categories']])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

/**
 * The invariant, from scratch: segments of the spans over each drawn section, clipped to its content,
 * as ProseMirror keeps them (it drops the parts of inline decorations that cover no text).
 */
function expected(spans: Map<string, HighlightSpan>, drawn: Set<number>, painter: Painter): Drawn[] {
  const doc = buildDocument(long);
  const decorations: Decoration[] = [];
  doc.forEach((node, offset, s) => {
    if (!drawn.has(s)) return;
    for (const seg of segmentsOf([...spans.values()], offset + 1, offset + node.nodeSize - 1)) {
      decorations.push(Decoration.inline(seg.from, seg.to, painter(seg.spans), { ids: seg.spans.map((x) => x.id) }));
    }
  });
  return describeSet(DecorationSet.create(doc, decorations));
}

describe('highlight plugin, windowed', () => {
  const boundary = longPositions.toPos(long.split('\n').slice(0, SECTION_SIZE).join('\n').length); // end of section 0

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('keeps the invariant over a random sequence of actions (seed %i)', (seed) => {
    const next = random(seed);
    const t = windowed(seed % 2 ? [0] : undefined);
    const spans = new Map<string, HighlightSpan>();
    let drawn = new Set(seed % 2 ? [0] : [0, 1, 2, 3]);
    let painter = paint;
    let ids = 0;
    for (let step = 0; step < 60; step++) {
      const roll = next();
      const near = next() < 0.4 ? longPositions.toOffset(boundary) : undefined;
      if (roll < 0.08) {
        spans.clear();
        for (let i = 0; i < 40; i++) spans.set(`s${ids}`, randomSpan(next, `s${ids++}`, next() < 0.2 ? near : undefined));
        painter = painters[Math.floor(next() * 2)];
        t.send({ type: 'reset', spans: [...spans.values()], paint: painter });
      } else if (roll < 0.5) {
        const existing = [...spans.keys()];
        const changed = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
          randomSpan(next, next() < 0.5 && existing.length ? existing[Math.floor(next() * existing.length)] : `s${ids++}`, near));
        for (const span of changed) spans.set(span.id, span);
        t.send({ type: 'upsert', spans: changed });
      } else if (roll < 0.75) {
        const existing = [...spans.keys()];
        const gone = [existing[Math.floor(next() * existing.length)] ?? 'none', 'never-existed'];
        for (const id of gone) spans.delete(id);
        t.send({ type: 'remove', ids: gone });
      } else {
        drawn = new Set([0, 1, 2, 3].filter(() => next() < 0.4));
        t.send({ type: 'window', sections: [...drawn] });
      }
      expect(describeSet(t.plugin.decorations), `step ${step}`).toEqual(expected(spans, drawn, painter));
      expect([...t.plugin.drawn].sort()).toEqual([...drawn].sort());
    }
  });

  it('finds the spans under a position whatever is drawn', () => {
    const next = random(42);
    const all = Array.from({ length: 200 }, (_, i) => randomSpan(next, `s${i}`));
    const t = windowed([]);
    t.send({ type: 'reset', spans: all, paint });
    expect(t.plugin.decorations.find()).toEqual([]);
    for (const window of [[], [1], [0, 3], [0, 1, 2, 3]]) {
      t.send({ type: 'window', sections: window });
      for (let offset = 0; offset < long.length; offset += 37) {
        const pos = longPositions.toPos(offset);
        const brute = all.filter((s) => s.from <= pos && pos < s.to).sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : 1));
        expect(spansAt(t.state, pos).map((s) => s.id)).toEqual(brute.map((s) => s.id));
      }
    }
  });

  const across: HighlightSpan = { id: 'x', from: boundary - 6, to: boundary + 20, categoryId: 'claim' };
  const inTwo = long.indexOf(`Line ${SECTION_SIZE * 2 + 5}:`);
  const inThree: HighlightSpan = { id: 'y', from: longPositions.toPos(inTwo), to: longPositions.toPos(inTwo + 8), categoryId: 'demand' };
  it.each<[string, number[], number[], string[]]>([
    ['nothing drawn', [], [], []],
    ['a span across two sections, both drawn: one segment in each', [], [0, 1], ['x', 'x']],
    ['only its first section', [0, 1], [0], ['x']],
    ['the section of the other span enters, the first leaves', [0], [1, 2], ['x', 'y']],
    ['everything leaves', [0, 1, 2], [], []],
    ['unknown sections are ignored', [], [2, 7, -1], ['y']],
  ])('window: %s', (_name, before, window, ids) => {
    const t = windowed(before);
    t.send({ type: 'reset', spans: [across, inThree], paint });
    t.send({ type: 'window', sections: window });
    expect(describeSet(t.plugin.decorations).map(([, , id]) => id)).toEqual(ids);
    for (const [from, to] of describeSet(t.plugin.decorations)) {
      // Never across a section boundary.
      expect(t.state.doc.resolve(from).index(0)).toBe(t.state.doc.resolve(to).index(0));
    }
  });
});

describe('highlight plugin, initial spans', () => {
  it.each([[undefined], [[]], [[1, 3]]])('draws them from the start as a reset would (window %j)', (window) => {
    const next = random(7);
    const spans = Array.from({ length: 100 }, (_, i) => randomSpan(next, `s${i}`));
    const state = EditorState.create({ doc: buildDocument(long), plugins: [highlightPlugin({ paint, spans, window })] });
    const reset = windowed(window);
    reset.send({ type: 'reset', spans, paint });
    expect(describeSet(highlightKey.getState(state)!.decorations)).toEqual(describeSet(reset.plugin.decorations));
    expect(spansAt(state, spans[0].from).map((s) => s.id)).toEqual(spansAt(reset.state, spans[0].from).map((s) => s.id));
  });
});
