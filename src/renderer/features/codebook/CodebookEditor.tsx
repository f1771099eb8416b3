import { useState } from 'react';
import { categoryProblem, EXTRA_COLOURS, sortCategories } from '../../../shared/codebook';
import { codebookEdit } from '../../../shared/annotation-edits';
import type { Category } from '../../../shared/model';
import type { Workspace } from '../workspace/workspace';

interface Props {
  workspace: Workspace;
  categories: Category[];
}

/** Edits one field of a category on commit (blur or Enter), after validation. */
function CategoryRow({ category, onChange, onMove, first, last }: {
  category: Category;
  onChange(next: Category, label: string): void;
  onMove(delta: -1 | 1): void;
  first: boolean;
  last: boolean;
}) {
  const [draft, setDraft] = useState(category);
  const commit = (next: Category, label: string) => {
    if (JSON.stringify(next) === JSON.stringify(category)) return;
    onChange(next, label);
  };
  const name = category.label;
  return (
    <li className={category.retired ? 'retired' : ''}>
      <span className="swatch" style={{ background: category.colour }} aria-hidden="true" />
      <label className="field inline">
        <span>Label</span>
        <input value={draft.label} onChange={(e) => setDraft({ ...draft, label: e.target.value })} onBlur={() => commit({ ...category, label: draft.label.trim() }, `Rename category to ${draft.label.trim()}`)} />
      </label>
      <label className="field inline">
        <span>Key</span>
        <input className="short" maxLength={1} value={draft.shortcut} onChange={(e) => setDraft({ ...draft, shortcut: e.target.value.toLowerCase() })} onBlur={() => commit({ ...category, shortcut: draft.shortcut }, `Change the key of ${name}`)} />
      </label>
      <label className="field inline">
        <span>Colour</span>
        <input type="color" value={category.colour} onChange={(e) => commit({ ...category, colour: e.target.value }, `Change the colour of ${name}`)} />
      </label>
      <label className="field wide">
        <span>Definition</span>
        <input value={draft.definition} onChange={(e) => setDraft({ ...draft, definition: e.target.value })} onBlur={() => commit({ ...category, definition: draft.definition }, `Edit the definition of ${name}`)} />
      </label>
      <div className="row-actions">
        <button type="button" disabled={first} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>↑</button>
        <button type="button" disabled={last} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>↓</button>
        <button type="button" onClick={() => commit({ ...category, retired: !category.retired }, `${category.retired ? 'Restore' : 'Retire'} ${name}`)}>
          {category.retired ? `Restore ${name}` : `Retire ${name}`}
        </button>
      </div>
    </li>
  );
}

/**
 * The codebook: add, rename, recolour, redefine, re-key, reorder and retire categories.
 * Ids never change; retiring keeps every annotation. Each change is undoable.
 */
export function CodebookEditor({ workspace, categories }: Props) {
  const sorted = sortCategories(categories);
  const [newLabel, setNewLabel] = useState('');

  const change = (before: Category, after: Category, label: string) => {
    const problem = categoryProblem(after, categories.filter((c) => c.id !== after.id));
    if (problem) {
      workspace.say(problem, 'error');
      return;
    }
    void workspace.run(codebookEdit(label, [{ before, after }]), `${label}: done.`);
  };

  const move = (index: number, delta: -1 | 1) => {
    const a = sorted[index];
    const b = sorted[index + delta];
    void workspace.run(
      codebookEdit(`Move ${a.label}`, [
        { before: a, after: { ...a, order: b.order } },
        { before: b, after: { ...b, order: a.order } },
      ]),
      `Moved ${a.label} ${delta < 0 ? 'up' : 'down'}.`,
    );
  };

  const add = () => {
    const used = new Set(categories.map((c) => c.shortcut));
    const shortcut = ['5', '6', '7', '8', '9', '0'].find((k) => !used.has(k)) ?? '';
    const category: Category = {
      id: `category-${crypto.randomUUID()}`,
      label: newLabel.trim(),
      definition: '',
      colour: EXTRA_COLOURS[categories.length % EXTRA_COLOURS.length],
      shortcut,
      order: Math.max(-1, ...categories.map((c) => c.order)) + 1,
      retired: false,
    };
    const problem = categoryProblem(category, categories);
    if (problem) {
      workspace.say(problem, 'error');
      return;
    }
    setNewLabel('');
    void workspace.run(codebookEdit(`Add category ${category.label}`, [{ before: null, after: category }]), `Added category ${category.label}${shortcut ? ` (key ${shortcut})` : ''}.`);
  };

  return (
    <section className="codebook" aria-label="Codebook">
      <h2>Codebook</h2>
      <ul>
        {sorted.map((c, i) => (
          <CategoryRow
            key={`${c.id}:${c.label}:${c.shortcut}:${c.definition}`}
            category={c}
            first={i === 0}
            last={i === sorted.length - 1}
            onChange={(next, label) => change(c, next, label)}
            onMove={(delta) => move(i, delta)}
          />
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="field inline">
          <span>New category</span>
          <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} />
        </label>
        <button type="submit">Add category</button>
      </form>
    </section>
  );
}
