import { useState } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { PopupMenu, type MenuEntry } from '../reading/PopupMenu';

interface Props {
  onCommand(command: MenuCommand): void;
  canExportDocument: boolean;
  desktop: boolean;
}

/** The in-page File menu: the same commands as the desktop menu bar, for the browser twin too. */
export function AppMenu({ onCommand, canExportDocument, desktop }: Props) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const entries: MenuEntry[] = [
    { label: 'Import documents…', hint: 'Ctrl+O', onSelect: () => onCommand('import-documents') },
    { label: 'Import annotations…', onSelect: () => onCommand('import-annotations') },
    { label: 'Export annotations of this document…', disabled: !canExportDocument, onSelect: () => onCommand('export-annotations') },
    { label: 'Export annotations of the library…', onSelect: () => onCommand('export-library-annotations') },
    { label: 'Export dataset…', onSelect: () => onCommand('export-dataset') },
    { label: 'Export workspace…', onSelect: () => onCommand('export-workspace') },
    { label: 'Import workspace…', onSelect: () => onCommand('import-workspace') },
    ...(desktop ? [{ label: 'Restore from backup…', onSelect: () => onCommand('restore-backup') }] : []),
  ];
  return (
    <>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={Boolean(at)}
        onClick={(e) => {
          const r = e.currentTarget.getBoundingClientRect();
          setAt(at ? null : { x: r.left, y: r.bottom + 2 });
        }}
      >
        File
      </button>
      {at && <PopupMenu label="File" at={at} entries={entries} onClose={() => setAt(null)} />}
    </>
  );
}
