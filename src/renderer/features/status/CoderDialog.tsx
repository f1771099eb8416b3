import { useState } from 'react';
import type { Coder } from '../../../shared/model';
import { Dialog } from './Dialog';

interface Props {
  /** The local coder, or null on first run. */
  current: Coder | null;
  /** Other people of the library this machine could code as. */
  others: readonly Coder[];
  /** Names this machine's coder (a rename, keeping the id, once there is one). */
  onSave(name: string): void;
  /** Starts coding as a new coder (a new id), e.g. a second person at a shared machine. */
  onNewCoder(name: string): void;
  onContinueAs(coderId: string): void;
  onClose?: () => void;
}

/**
 * Who codes on this machine: asked once, then a rename that keeps the coder's id (so their
 * annotations stay theirs). A person of the library (from a restored workspace, say) can be
 * chosen instead of a new name.
 */
export function CoderDialog({ current, others, onSave, onNewCoder, onContinueAs, onClose }: Props) {
  const [name, setName] = useState(current?.name ?? '');
  const [problem, setProblem] = useState('');
  const [existing, setExisting] = useState(others[0]?.id ?? '');
  return (
    <Dialog title="Who is coding?" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const trimmed = name.trim();
          const asNew = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('data-new') === 'true';
          if (!trimmed) setProblem('Please enter a name: it is stored with each of your annotations.');
          else if (trimmed.length > 80) setProblem('A coder name can be at most 80 characters.');
          else if (asNew) onNewCoder(trimmed);
          else onSave(trimmed);
        }}
      >
        <p>
          {current
            ? 'Renaming keeps who you are: your annotations keep your coder id and show the new name. Someone else at this machine codes as a new coder.'
            : 'Your name is recorded on each annotation you make, so that a seminar group can tell coders apart.'}
        </p>
        <label className="field">
          <span>Coder name</span>
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby="coder-problem" />
        </label>
        <p id="coder-problem" className="problem" role={problem ? 'alert' : undefined}>
          {problem}
        </p>
        <button type="submit">Save name</button>
        {current && (
          <button type="submit" data-new="true">
            Code as a new coder
          </button>
        )}
      </form>
      {others.length > 0 && (
        <form
          className="continue-as"
          onSubmit={(e) => {
            e.preventDefault();
            if (existing) onContinueAs(existing);
          }}
        >
          <p className="hint">Or code on this machine as a coder the library already has (their annotations become editable here):</p>
          <label className="field">
            <span>Existing coder</span>
            <select value={existing} onChange={(e) => setExisting(e.target.value)}>
              {others.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name || 'unknown coder'} ({c.id.slice(0, 8)})
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Continue as this coder</button>
        </form>
      )}
    </Dialog>
  );
}
