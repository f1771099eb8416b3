import type { FileOutcome } from './import-documents';
import { Dialog } from '../status/Dialog';

interface Props {
  outcomes: FileOutcome[];
  onOpen(documentId: string): void;
  onClose(): void;
}

/** The outcome of each file of an import, with "Open" for imported and duplicate texts. */
export function ImportReport({ outcomes, onOpen, onClose }: Props) {
  const imported = outcomes.filter((o) => o.status === 'imported').length;
  return (
    <Dialog title={`Import: ${imported} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} imported`} onClose={onClose}>
      <ul className="report" aria-label="Import results">
        {outcomes.map((o, i) => (
          <li key={i} className={o.status}>
            <span>{o.message}</span>
            {o.documentId && (
              <button type="button" onClick={() => onOpen(o.documentId!)}>
                Open {o.status === 'duplicate' ? 'existing' : ''}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
