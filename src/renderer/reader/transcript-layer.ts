import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { PositionMap } from './position-map';

/** A speaker turn as the reader draws it; offsets are text offsets (UTF-16), half-open. */
export interface ReaderTurn {
  number: number;
  /** The speaker shown (aliases applied). */
  speaker: string;
  start: number;
  end: number;
  /** The whole turn lies in regions marked as not speech. */
  excluded: boolean;
}

/** What the transcript layer draws: turns, regions that are not speech, and the speaker filter. */
export interface TranscriptLayer {
  turns: readonly ReaderTurn[];
  exclusions: readonly { start: number; end: number }[];
  /** The speaker whose turns are shown in full, the others' dimmed; null shows every turn alike. */
  speaker: string | null;
}

/** The empty layer: a document without turns. */
export const NO_TRANSCRIPT: TranscriptLayer = { turns: [], exclusions: [], speaker: null };

/** The key to address the layer: `tr.setMeta(transcriptKey, layer)` replaces what is drawn. */
export const transcriptKey = new PluginKey<TranscriptState>('transcript');

interface TranscriptState {
  layer: TranscriptLayer;
  decorations: DecorationSet;
}

/**
 * The decorations of a layer: a node decoration on every paragraph of a turn (the first one
 * carries the speaker and the turn number for the label column in one attribute, `data-label`:
 * a long transcript has thousands of turns, and each attribute set costs at open), dimmed for
 * other speakers under a filter, and inline decorations over regions
 * that are not speech. The document itself never changes.
 */
export function transcriptDecorations(state: EditorState, positions: PositionMap, layer: TranscriptLayer): DecorationSet {
  const decorations: Decoration[] = [];
  for (const turn of layer.turns) {
    const first = positions.paragraphAt(turn.start);
    const last = positions.paragraphAt(Math.max(turn.start, turn.end - 1));
    const dim = layer.speaker !== null && layer.speaker !== turn.speaker;
    const extra = `${dim ? ' turn-dim' : ''}${turn.excluded ? ' turn-excluded' : ''}`;
    for (let p = first; p <= last; p++) {
      const { from, to } = positions.paragraphNode(p);
      decorations.push(
        Decoration.node(
          from,
          to,
          p === first
            ? { class: `turn turn-start${p === last ? ' turn-end' : ''}${extra}`, 'data-label': `${turn.speaker}\nturn ${turn.number}` }
            : { class: `turn turn-line${p === last ? ' turn-end' : ''}${extra}` },
        ),
      );
    }
  }
  for (const e of layer.exclusions) {
    const from = positions.toPos(e.start);
    const to = positions.toPos(e.end);
    if (from < to) decorations.push(Decoration.inline(from, to, { class: 'excluded', title: 'Not speech' }));
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * The transcript layer of the reader: turns drawn as turns (a label column with the speaker and
 * the turn number), regions that are not speech dimmed, and the turns of speakers other than
 * the one chosen dimmed. Decorations only; the reader element gets `has-turns` while there are
 * turns, so the label column takes space only in transcripts.
 */
export function transcriptPlugin(positions: PositionMap, initial: TranscriptLayer = NO_TRANSCRIPT): Plugin<TranscriptState> {
  return new Plugin<TranscriptState>({
    key: transcriptKey,
    state: {
      init: (_config, state) => ({ layer: initial, decorations: initial === NO_TRANSCRIPT ? DecorationSet.empty : transcriptDecorations(state, positions, initial) }),
      apply(tr, value, _old, state) {
        const layer = tr.getMeta(transcriptKey) as TranscriptLayer | undefined;
        // The reader's document never changes, so the decorations never need mapping.
        return layer ? { layer, decorations: transcriptDecorations(state, positions, layer) } : value;
      },
    },
    props: {
      decorations: (state) => transcriptKey.getState(state)?.decorations,
      attributes: (state): Record<string, string> => (transcriptKey.getState(state)?.layer.turns.length ? { class: 'has-turns' } : {}),
    },
  });
}
