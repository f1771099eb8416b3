import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

/**
 * The application menu as a template. `send` delivers a command to the focused window's
 * renderer, which does the work (the renderer owns the data; main owns files and dialogs).
 */
export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('Import documents…', 'import-documents', 'CmdOrCtrl+O'),
        item('Import annotations…', 'import-annotations', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item('Export annotations of this document…', 'export-annotations', 'CmdOrCtrl+E'),
        item('Export annotations of the library…', 'export-library-annotations'),
        item('Export dataset…', 'export-dataset', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        item('Export workspace…', 'export-workspace'),
        item('Import workspace…', 'import-workspace'),
        item('Restore from backup…', 'restore-backup'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo/redo act on annotations and the codebook, not on text, so they go to the renderer.
        item('Undo', 'undo', 'CmdOrCtrl+Z'),
        item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
  ];
}
