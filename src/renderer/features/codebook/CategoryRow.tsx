import { useEffect, useId, useRef, useState } from 'react';
import type { Category } from '../../../shared/model';

interface Props {
  category: Category;
  /** Runs the change; resolves to why it was refused, or null when it was made. */
  onChange(next: Category, label: string): Promise<string | null>;
  onMove(delta: -1 | 1): void;
  first: boolean;
  last: boolean;
}

type TextField = 'label' | 'shortcut' | 'definition';

/**
 * One category of the codebook editor. A text field commits on Enter or when it loses focus;
 * a refused value is explained next to the row: after Enter the field keeps it to be
 * corrected (Escape goes back), after leaving the field it shows the stored value again. The
 * colour commits when the picker is closed, so one drag across it is one undo step.
 */
export function CategoryRow({ category, onChange, onMove, first, last }: Props) {
  const [draft, setDraft] = useState(category);
  const [problem, setProblem] = useState<{ field: TextField | 'colour'; text: string } | null>(null);
  const editing = useRef<TextField | 'colour' | null>(null);
  const colour = useRef<HTMLInputElement>(null);
  const problemId = useId();
  const name = category.label;

  // The stored category changed (an edit here, an undo, an import): show it, except in the
  // field being typed in.
  useEffect(() => {
    setDraft((d) => {
      const field = editing.current;
      return field && field !== 'colour' ? { ...category, [field]: d[field] } : category;
    });
  }, [category]);

  const labels: Record<TextField, string> = {
    label: `Rename category to ${draft.label.trim()}`,
    shortcut: `Change the key of ${name}`,
    definition: `Edit the definition of ${name}`,
  };
  const commit = async (field: TextField, leaving: boolean) => {
    const value = field === 'label' ? draft.label.trim() : draft[field];
    if (value === category[field]) {
      setProblem(null);
      return;
    }
    const refused = await onChange({ ...category, [field]: value }, labels[field]);
    if (!refused) return setProblem(null);
    const stored = field === 'shortcut' ? category.shortcut || 'none' : category[field] || '(empty)';
    setProblem({ field, text: leaving ? `${refused} The ${field === 'shortcut' ? 'key' : field} stays “${stored}”.` : refused });
    if (leaving) setDraft((d) => ({ ...d, [field]: category[field] }));
  };
  const textProps = (field: TextField) => ({
    value: draft[field],
    'aria-invalid': problem?.field === field ? true : undefined,
    'aria-describedby': problem?.field === field ? problemId : undefined,
    onFocus: () => (editing.current = field),
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [field]: field === 'shortcut' ? e.target.value.toLowerCase() : e.target.value }),
    onBlur: () => {
      editing.current = null;
      void commit(field, true);
    },
    onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void commit(field, false);
      } else if (e.key === 'Escape' && draft[field] !== category[field]) {
        e.preventDefault(); // back to the stored value; a second Escape closes the dialog
        e.stopPropagation();
        setDraft({ ...draft, [field]: category[field] });
        setProblem(null);
      }
    },
  });

  // The picker reports every step of a drag as `input` and the final choice as `change`.
  useEffect(() => {
    const input = colour.current;
    if (!input) return;
    const done = () => {
      editing.current = null;
      if (input.value.toLowerCase() === category.colour.toLowerCase()) return;
      void onChange({ ...category, colour: input.value }, `Change the colour of ${name}`).then((refused) => {
        if (refused) setProblem({ field: 'colour', text: refused });
      });
    };
    input.addEventListener('change', done);
    return () => input.removeEventListener('change', done);
  }, [category, name, onChange]);

  return (
    <li className={category.retired ? 'retired' : ''}>
      <span className="swatch" style={{ background: draft.colour }} aria-hidden="true" />
      <label className="field inline">
        <span>Label</span>
        <input {...textProps('label')} />
      </label>
      <label className="field inline">
        <span>Key</span>
        <input className="short" maxLength={1} {...textProps('shortcut')} />
      </label>
      <label className="field inline">
        <span>Colour</span>
        <input
          ref={colour}
          type="color"
          value={draft.colour}
          onFocus={() => (editing.current = 'colour')}
          onChange={(e) => setDraft({ ...draft, colour: e.target.value })}
        />
      </label>
      <label className="field wide">
        <span>Definition</span>
        <input {...textProps('definition')} />
      </label>
      <div className="row-actions">
        <button type="button" disabled={first} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
          ↑
        </button>
        <button type="button" disabled={last} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
          ↓
        </button>
        <button type="button" onClick={() => void onChange({ ...category, retired: !category.retired }, `${category.retired ? 'Restore' : 'Retire'} ${name}`)}>
          {category.retired ? `Restore ${name}` : `Retire ${name}`}
        </button>
      </div>
      {problem && (
        <p id={problemId} className="problem" role="alert">
          {problem.text}
        </p>
      )}
    </li>
  );
}
