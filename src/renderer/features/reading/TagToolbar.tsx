import type { Category } from '../../../shared/model';

interface Props {
  categories: Category[];
  hasSelection: boolean;
  onTag(category: Category): void;
  onSelectSentence(): void;
}

/** The tagging toolbar: one button per active category with its shortcut, and selection help. */
export function TagToolbar({ categories, hasSelection, onTag, onSelectSentence }: Props) {
  return (
    <div className="tag-toolbar" role="toolbar" aria-label="Tagging">
      <span className="toolbar-label" aria-hidden="true">
        Tag as
      </span>
      {categories
        .filter((c) => !c.retired)
        .map((c) => (
          <button
            key={c.id}
            type="button"
            className="tag-button"
            style={{ borderColor: c.colour }}
            title={`${c.definition}${c.shortcut ? ` (key ${c.shortcut})` : ''}`}
            aria-keyshortcuts={c.shortcut || undefined}
            aria-disabled={!hasSelection || undefined}
            onMouseDown={(e) => e.preventDefault() /* keep the reader's selection */}
            onClick={() => onTag(c)}
          >
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="visually-hidden">Tag as </span>
            {c.label}
            {c.shortcut && <kbd aria-hidden="true">{c.shortcut}</kbd>}
          </button>
        ))}
      <button
        type="button"
        aria-keyshortcuts="Alt+S"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onSelectSentence}
      >
        Select sentence <kbd aria-hidden="true">Alt+S</kbd>
      </button>
    </div>
  );
}
