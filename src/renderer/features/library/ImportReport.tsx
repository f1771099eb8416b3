import type { FileOutcome } from './import-documents';
import { Dialog } from '../status/Dialog';

interface Props {
  outcomes: FileOutcome[];
  /** Ids of the imported documents that have speaker turns (their speakers are to be reviewed). */
  transcripts: readonly string[];
  onOpen(documentId: string): void;
  /** Opens the document and its speaker review. */
  onReview(documentId: string): void;
  onClose(): void;
}

/**
 * The outcome of each file of an import, with "Open" for imported and duplicate texts, and
 * "Review speakers" for each new transcript (the first one's is the dialog's main action).
 */
export function ImportReport({ outcomes, transcripts, onOpen, onReview, onClose }: Props) {
  const imported = outcomes.filter((o) => o.status === 'imported').length;
  const isTranscript = (o: FileOutcome) => o.status === 'imported' && o.documentId !== null && transcripts.includes(o.documentId);
  const first = outcomes.find(isTranscript);
  return (
    <Dialog
      title={`Import: ${imported} of ${outcomes.length} file${outcomes.length === 1 ? '' : 's'} imported`}
      onClose={onClose}
      actions={
        first && transcripts.length === 1 ? (
          <button type="button" onClick={() => onReview(first.documentId!)}>
            Review speakers of “{first.name}”
          </button>
        ) : undefined
      }
    >
      <ul className="report" aria-label="Import results">
        {outcomes.map((o, i) => (
          <li key={i} className={o.status}>
            <span>{o.message}</span>
            {o.documentId && (
              <span className="row-actions">
                <button type="button" onClick={() => onOpen(o.documentId!)}>
                  Open {o.status === 'duplicate' ? 'existing' : ''}
                </button>
                {isTranscript(o) && transcripts.length > 1 && (
                  <button type="button" onClick={() => onReview(o.documentId!)} aria-label={`Review speakers of “${o.name}”`}>
                    Review speakers
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ul>
      {first && <p className="hint">Speaker turns were found. Check who speaks, merge names that stand for one person, and set aside what is not speech (page headers, menus) before you code.</p>}
    </Dialog>
  );
}
