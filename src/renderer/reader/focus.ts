import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** Which span is focused (outlined), set with `tr.setMeta(focusKey, {from, to} | null)`. */
export const focusKey = new PluginKey<DecorationSet>('focus');

/** Outlines the focused annotation; `flash` adds a short animation after "go to annotation". */
export function focusPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: focusKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const meta = tr.getMeta(focusKey) as { from: number; to: number; flash: boolean } | null | undefined;
        if (meta === undefined) return set.map(tr.mapping, tr.doc);
        if (meta === null || meta.from >= meta.to) return DecorationSet.empty;
        const cls = meta.flash ? 'hl-focus hl-flash' : 'hl-focus';
        return DecorationSet.create(tr.doc, [Decoration.inline(meta.from, meta.to, { class: cls })]);
      },
    },
    props: { decorations: (state) => focusKey.getState(state) },
  });
}
