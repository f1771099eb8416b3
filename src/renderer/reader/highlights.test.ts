import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { highlightKey, highlightPlugin, spansAt, type HighlightAction, type Painter } from './highlights';
import { buildDocument, PositionMap } from './position-map';
import { segmentsOf, type HighlightSpan } from './segments';

const paint: Painter = (spans) => ({ class: 'hl', 'data-categories': spans.map((s) => s.categoryId).join(' ') });
const text = 'Mara: We demand 🚢 ferries stay in port.\nQuestion: Why?\nMara: Because «Мы готовы».';

function setup() {
  const doc = buildDocument(text);
  const positions = new PositionMap(text);
  let state = EditorState.create({ doc, plugins: [highlightPlugin(paint)] });
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
