import { useState } from 'react';
import { Dialog } from './Dialog';

/** Asked once: the name recorded as coder on every annotation. */
export function CoderDialog({ initial, onSave, onClose }: { initial: string; onSave(name: string): void; onClose?: () => void }) {
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState('');
  return (
    <Dialog title="Who is coding?" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) setProblem('Please enter a name: it is stored with each of your annotations.');
          else if (trimmed.length > 80) setProblem('A coder name can be at most 80 characters.');
          else onSave(trimmed);
        }}
      >
        <p>Your name is recorded on each annotation you make, so that a seminar group can tell coders apart.</p>
        <label className="field">
          <span>Coder name</span>
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby="coder-problem" />
        </label>
        <p id="coder-problem" className="problem" role={problem ? 'alert' : undefined}>
          {problem}
        </p>
        <button type="submit">Save name</button>
      </form>
    </Dialog>
  );
}
