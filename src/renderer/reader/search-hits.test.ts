import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { highlightKey, highlightPlugin } from './highlights';
import { buildDocument, PositionMap, SECTION_SIZE } from './position-map';
import { searchHitsKey, searchHitsPlugin } from './search-hits';

/** 3 sections of lines "line N: ferry". */
const text = Array.from({ length: SECTION_SIZE * 3 }, (_, i) => `line ${i}: ferry`).join('\n');
const positions = new PositionMap(text);
const hits = [...text.matchAll(/ferry/g)].map((m) => ({ from: positions.toPos(m.index), to: positions.toPos(m.index + 5) }));

function drawnLines(state: EditorState): { line: number; current: boolean }[] {
  return searchHitsKey
    .getState(state)!
    .decorations.find()
    .map((d) => ({ line: positions.paragraphAt(positions.toOffset(d.from)), current: (d as unknown as { type: { attrs: { class: string } } }).type.attrs.class.includes('search-current') }))
    .sort((a, b) => a.line - b.line);
}

describe('search hits plugin', () => {
  it('draws every hit where every section is drawn, the current one marked', () => {
    let state = EditorState.create({ doc: buildDocument(text), plugins: [searchHitsPlugin()] });
    state = state.apply(state.tr.setMeta(searchHitsKey, { hits, current: 2 }));
    const lines = drawnLines(state);
    expect(lines).toHaveLength(hits.length);
    expect(lines.filter((l) => l.current).map((l) => l.line)).toEqual([2]);
  });

  it('draws only the sections the highlights draw, plus the current hit, and follows the window', () => {
    let state = EditorState.create({ doc: buildDocument(text), plugins: [highlightPlugin({ paint: () => ({}), window: [0] }), searchHitsPlugin()] });
    state = state.apply(state.tr.setMeta(searchHitsKey, { hits, current: SECTION_SIZE * 2 + 1 }));
    expect(drawnLines(state).map((l) => l.line)).toEqual([...Array.from({ length: SECTION_SIZE }, (_, i) => i), SECTION_SIZE * 2 + 1]);
    state = state.apply(state.tr.setMeta(highlightKey, { type: 'window', sections: [1] }));
    const lines = drawnLines(state).map((l) => l.line);
    expect(lines[0]).toBe(SECTION_SIZE);
    expect(lines).toHaveLength(SECTION_SIZE + 1);
    state = state.apply(state.tr.setMeta(searchHitsKey, { hits: [], current: -1 }));
    expect(drawnLines(state)).toEqual([]);
  });
});
