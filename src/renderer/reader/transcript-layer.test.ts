import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { buildDocument, PositionMap } from './position-map';
import { transcriptKey, transcriptPlugin, type TranscriptLayer } from './transcript-layer';

const text = 'View settings\n\nMara: We demand 🚢 ferries.\nThey stay in port.\n\nQuestion: Why?\nMara: Because.';

function drawn(layer: TranscriptLayer) {
  const positions = new PositionMap(text);
  let state = EditorState.create({ doc: buildDocument(text), plugins: [transcriptPlugin(positions)] });
  state = state.apply(state.tr.setMeta(transcriptKey, layer));
  const decorations = transcriptKey.getState(state)!.decorations.find();
  return {
    state,
    nodes: decorations
      .filter((d) => d.to - d.from > 0 && state.doc.nodeAt(d.from)?.type.name === 'paragraph')
      .map((d): [string, Record<string, string>] => [state.doc.nodeAt(d.from)!.textContent, (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs]),
    inline: decorations.filter((d) => state.doc.nodeAt(d.from)?.type.name !== 'paragraph').map((d) => state.doc.textBetween(d.from, d.to, '|')),
  };
}

const turn = (number: number, speaker: string, first: string, last: string, excluded = false) => ({
  number,
  speaker,
  start: text.indexOf(first),
  end: text.indexOf(last) + last.length,
  excluded,
});
const TURNS = [turn(1, 'Mara', 'Mara: We', 'in port.'), turn(2, 'Question', 'Question:', 'Why?'), turn(3, 'Mara', 'Mara: Because', 'Because.')];

describe('transcript layer', () => {
  it('marks every paragraph of each turn, the first with its speaker and number; the text is untouched', () => {
    const { nodes, state } = drawn({ turns: TURNS, exclusions: [], speaker: null });
    expect(nodes).toEqual([
      ['Mara: We demand 🚢 ferries.', { class: 'turn turn-start', 'data-label': 'Mara\nturn 1' }],
      ['They stay in port.', { class: 'turn turn-line turn-end' }],
      ['Question: Why?', { class: 'turn turn-start turn-end', 'data-label': 'Question\nturn 2' }],
      ['Mara: Because.', { class: 'turn turn-start turn-end', 'data-label': 'Mara\nturn 3' }],
    ]);
    expect(state.doc.textBetween(0, state.doc.content.size, '\n')).toBe(text);
  });

  it('dims the turns of other speakers under a filter, and regions that are not speech', () => {
    const { nodes, inline } = drawn({ turns: TURNS, exclusions: [{ start: 0, end: 13 }], speaker: 'Question' });
    expect(nodes.map(([t, a]) => [t, a.class])).toEqual([
      ['Mara: We demand 🚢 ferries.', 'turn turn-start turn-dim'],
      ['They stay in port.', 'turn turn-line turn-end turn-dim'],
      ['Question: Why?', 'turn turn-start turn-end'],
      ['Mara: Because.', 'turn turn-start turn-end turn-dim'],
    ]);
    expect(inline).toEqual(['View settings']);
  });

  it('gives the reader its label column only when there are turns', () => {
    const attributesOf = (layer: TranscriptLayer) => {
      const { state } = drawn(layer);
      const attributes = transcriptKey.get(state)!.props.attributes;
      return typeof attributes === 'function' ? attributes(state) : attributes;
    };
    expect(attributesOf({ turns: TURNS, exclusions: [], speaker: null })).toEqual({ class: 'has-turns' });
    expect(attributesOf({ turns: [], exclusions: [], speaker: null })).toEqual({});
  });
});
