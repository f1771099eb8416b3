/**
 * Every command of the workbench's menus, once: its label, its shortcut, who carries it out and
 * when it is enabled. The native menu (`src/main/menu.ts`), the browser twin's in-page menu
 * (`AppMenu.tsx`), the page's keyboard handling and the shortcut overlay are all built from this
 * table and `MENU` (`menu-definition.ts`), so a shortcut is advertised only where it works.
 */

/** When a command can be chosen; evaluated against `MenuState`. Absent: always. */
export type EnabledWhen = 'document-open' | 'can-undo' | 'can-redo';

/** One command. */
export interface CommandSpec {
  label: string;
  /**
   * The shortcut in Electron's accelerator syntax (`CmdOrCtrl+Shift+O`). The native menu owns it
   * in the desktop app; in the browser twin the page handles it.
   */
  accelerator?: string;
  /** The shortcut on macOS where it differs from `accelerator` (full screen is ⌃⌘F there). */
  macAccelerator?: string;
  /**
   * More keys that do the same, handled by the page in both builds and only while no text field
   * has focus (`?` must stay typeable in a memo); listed in the shortcut overlay.
   */
  pageKeys?: readonly string[];
  /**
   * Who carries it out: the renderer (it owns the data; main sends it the command), or main
   * (window, application and operating-system matters: zoom, full screen, quit, folders).
   */
  by: 'renderer' | 'main';
  /** Only in the desktop app (the twin has no such thing, or the browser does it itself). */
  desktopOnly?: true;
  enabledWhen?: EnabledWhen;
  /**
   * A feature not built yet: never shown, never advertised, needs no handler. Remove the flag
   * in the same change that adds the handler.
   */
  planned?: true;
}

/** The commands. Ids are stable: they cross the IPC boundary and name native menu items. */
export const COMMANDS = {
  'import-documents': { label: 'Import documents…', accelerator: 'CmdOrCtrl+O', by: 'renderer' },
  'import-annotations': { label: 'Import annotations…', accelerator: 'CmdOrCtrl+Shift+O', by: 'renderer' },
  'export-annotations': { label: 'Export annotations of this document…', accelerator: 'CmdOrCtrl+E', by: 'renderer', enabledWhen: 'document-open' },
  'export-library-annotations': { label: 'Export annotations of the library…', by: 'renderer' },
  'export-dataset': { label: 'Export dataset…', accelerator: 'CmdOrCtrl+Shift+E', by: 'renderer' },
  'import-qdpx': { label: 'Import REFI-QDA project or codebook (.qdpx, .qdc)…', by: 'renderer' },
  'export-qdpx': { label: 'Export as REFI-QDA project (.qdpx)…', by: 'renderer' },
  'export-qdc': { label: 'Export codebook (.qdc)…', by: 'renderer' },
  'export-workspace': { label: 'Export workspace…', by: 'renderer' },
  'import-workspace': { label: 'Import workspace…', by: 'renderer' },
  'restore-backup': { label: 'Restore from backup…', by: 'renderer', desktopOnly: true },
  'team-sync': { label: 'Team sync…', by: 'renderer' },
  'clear-recent': { label: 'Clear recent documents', by: 'main', desktopOnly: true },
  quit: { label: 'Quit', accelerator: 'CmdOrCtrl+Q', by: 'main', desktopOnly: true },

  undo: { label: 'Undo', accelerator: 'CmdOrCtrl+Z', by: 'renderer', enabledWhen: 'can-undo' },
  redo: { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', pageKeys: ['CmdOrCtrl+Y'], by: 'renderer', enabledWhen: 'can-redo' },
  cut: { label: 'Cut', accelerator: 'CmdOrCtrl+X', by: 'main', desktopOnly: true },
  copy: { label: 'Copy', accelerator: 'CmdOrCtrl+C', by: 'main', desktopOnly: true },
  paste: { label: 'Paste', accelerator: 'CmdOrCtrl+V', by: 'main', desktopOnly: true },
  'select-all': { label: 'Select all', accelerator: 'CmdOrCtrl+A', by: 'main', desktopOnly: true },
  'select-sentence': { label: 'Select the sentence', accelerator: 'Alt+S', by: 'renderer', enabledWhen: 'document-open' },
  'select-turn': { label: 'Select the speaker’s turn', accelerator: 'Alt+T', by: 'renderer', enabledWhen: 'document-open' },
  'exclude-selection': { label: 'Exclude the selection from speech', by: 'renderer', enabledWhen: 'document-open' },
  'review-speakers': { label: 'Speakers and turns…', by: 'renderer', enabledWhen: 'document-open' },
  find: { label: 'Find in document…', accelerator: 'CmdOrCtrl+F', by: 'renderer', enabledWhen: 'document-open' },
  'find-in-library': { label: 'Find in library…', accelerator: 'CmdOrCtrl+Shift+F', by: 'renderer' },

  'zoom-in': { label: 'Zoom in', accelerator: 'CmdOrCtrl+Plus', by: 'main', desktopOnly: true },
  'zoom-out': { label: 'Zoom out', accelerator: 'CmdOrCtrl+-', by: 'main', desktopOnly: true },
  'zoom-reset': { label: 'Actual size', accelerator: 'CmdOrCtrl+0', by: 'main', desktopOnly: true },
  'reader-font-larger': { label: 'Larger reader text', by: 'renderer' },
  'reader-font-smaller': { label: 'Smaller reader text', by: 'renderer' },
  'reader-font-reset': { label: 'Default reader text size', by: 'renderer' },
  'reading-settings': { label: 'Reading settings…', by: 'renderer' },
  'toggle-library': { label: 'Show or hide the library', by: 'renderer' },
  'toggle-annotations': { label: 'Show or hide the annotation panel', by: 'renderer' },
  'compare-coders': { label: 'Compare coders', by: 'renderer', enabledWhen: 'document-open' },
  agreement: { label: 'Inter-coder agreement…', by: 'renderer' },
  'toggle-full-screen': { label: 'Full screen', accelerator: 'F11', macAccelerator: 'Ctrl+Cmd+F', by: 'main', desktopOnly: true },

  // No shortcuts: a browser keeps Ctrl+1…8 for its tabs, so the twin could not honour them.
  'show-reader': { label: 'Reader', by: 'renderer' },
  'show-concordance': { label: 'Concordance', by: 'renderer' },
  'show-coded-segments': { label: 'Coded segments', by: 'renderer' },
  'show-cooccurrence': { label: 'Co-occurrence', by: 'renderer' },
  'show-sequences': { label: 'Sequences', by: 'renderer' },
  'show-speaker-map': { label: 'Speakers × categories', by: 'renderer' },

  'keyboard-shortcuts': { label: 'Keyboard shortcuts', accelerator: 'F1', pageKeys: ['?'], by: 'renderer' },
  'open-data-folder': { label: 'Open the data folder', by: 'main', desktopOnly: true },
  about: { label: 'About Discourse Workbench', by: 'main', desktopOnly: true },
} as const satisfies Record<string, CommandSpec>;

/** Every command id. */
export type CommandId = keyof typeof COMMANDS;

type Spec<K extends CommandId> = (typeof COMMANDS)[K];

/** Commands the renderer carries out (and must have a handler for), planned ones excluded. */
export type RendererCommand = {
  [K in CommandId]: Spec<K> extends { by: 'renderer' } ? (Spec<K> extends { planned: true } ? never : K) : never;
}[CommandId];

/** Commands main carries out itself. */
export type MainCommand = { [K in CommandId]: Spec<K> extends { by: 'main' } ? K : never }[CommandId];

/** What enabled states depend on; the renderer knows it and tells main. */
export interface MenuState {
  documentOpen: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** The state before the renderer has said anything: nothing open, nothing to undo. */
export const INITIAL_MENU_STATE: MenuState = { documentOpen: false, canUndo: false, canRedo: false };

/** The table entry of a command, typed as the general spec. */
export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/** True when the command exists in this build: not planned, and not desktop-only in the browser. */
export function isAvailable(id: CommandId, desktop: boolean): boolean {
  const spec = commandSpec(id);
  return !spec.planned && (desktop || !spec.desktopOnly);
}

/** True when the command can be chosen now. */
export function isEnabled(id: CommandId, state: MenuState): boolean {
  switch (commandSpec(id).enabledWhen) {
    case 'document-open':
      return state.documentOpen;
    case 'can-undo':
      return state.canUndo;
    case 'can-redo':
      return state.canRedo;
    default:
      return true;
  }
}

/** Every renderer command id, from the table (for the checks that each has a handler). */
export const RENDERER_COMMANDS = (Object.keys(COMMANDS) as CommandId[]).filter(
  (id): id is RendererCommand => commandSpec(id).by === 'renderer' && !commandSpec(id).planned,
);

/** True for ids of renderer commands (validates what crosses IPC). */
export function isRendererCommand(value: unknown): value is RendererCommand {
  return typeof value === 'string' && (RENDERER_COMMANDS as readonly string[]).includes(value);
}
