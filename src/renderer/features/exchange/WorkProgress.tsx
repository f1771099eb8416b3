/**
 * Long work under way (reading a REFI-QDA file, writing an export): a progress bar that screen
 * readers announce politely, what is being done, and a Cancel button that ends the work.
 */
export function WorkProgress({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel(): void }) {
  return (
    <div className="work-progress" role="status" aria-live="polite">
      <p>
        {label}
        {total > 0 ? ` ${done.toLocaleString('en')} of ${total.toLocaleString('en')}…` : '…'}
      </p>
      {/* Without a total the bar is indeterminate. */}
      <progress aria-label={label} max={total > 0 ? total : undefined} value={total > 0 ? done : undefined} />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
