import { useState } from 'react';
import { codebookEdit } from '../../../shared/annotation-edits';
import { categoryProblem, EXTRA_COLOURS } from '../../../shared/codebook';
import type { Category } from '../../../shared/model';
import type { Workspace } from '../workspace/workspace';
import { CategoryRow } from './CategoryRow';

interface Props {
  workspace: Workspace;
  /** The codebook in codebook order (the workspace's in-memory codebook). */
  categories: Category[];
}

/**
 * The codebook: add, rename, recolour, redefine, re-key, reorder and retire categories.
 * Ids never change; retiring keeps every annotation. Each change is one undoable step, and
 * what happened (or why not) is said inside the dialog, next to the fields.
 */
export function CodebookEditor({ workspace, categories }: Props) {
  const [newLabel, setNewLabel] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [addProblem, setAddProblem] = useState('');

  /** Runs a codebook change after validation; resolves to the refusal, or null when it ran. */
  const change = async (before: Category, after: Category, label: string): Promise<string | null> => {
    const problem = categoryProblem(after, workspace.codebook.list().filter((c) => c.id !== after.id));
    if (problem) return problem;
    const done = await workspace.run(codebookEdit(label, [{ before, after }]), `${label}: done.`);
    setMessage({ text: done ? `${label}: done.` : workspace.status.text, error: !done });
    return null;
  };

  const move = (index: number, delta: -1 | 1) => {
    const a = categories[index];
    const b = categories[index + delta];
    void workspace.run(
      codebookEdit(`Move ${a.label}`, [
        { before: a, after: { ...a, order: b.order } },
        { before: b, after: { ...b, order: a.order } },
      ]),
      `Moved ${a.label} ${delta < 0 ? 'up' : 'down'}.`,
    );
    setMessage({ text: `Moved ${a.label} ${delta < 0 ? 'up' : 'down'}.`, error: false });
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
    setAddProblem(problem ?? '');
    if (problem) return;
    setNewLabel('');
    const said = `Added category ${category.label}${shortcut ? ` (key ${shortcut})` : ''}.`;
    void workspace.run(codebookEdit(`Add category ${category.label}`, [{ before: null, after: category }]), said);
    setMessage({ text: said, error: false });
  };

  return (
    <section className="codebook" aria-label="Codebook">
      <ul>
        {categories.map((c, i) => (
          // Keyed by id alone: a row stays the same element (and keeps the focus) across edits.
          <CategoryRow
            key={c.id}
            category={c}
            first={i === 0}
            last={i === categories.length - 1}
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
          <input value={newLabel} onChange={(e) => setNewLabel(e.target.value)} aria-invalid={addProblem ? true : undefined} aria-describedby="new-category-problem" />
        </label>
        <p id="new-category-problem" className="problem" role={addProblem ? 'alert' : undefined}>
          {addProblem}
        </p>
        <button type="submit">Add category</button>
      </form>
      <p role="status" className={message?.error ? 'problem' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
