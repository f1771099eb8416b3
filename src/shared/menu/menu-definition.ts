/**
 * The menus and their order, from the command table (`commands.ts`): File, Edit, View, Help, as
 * desktop applications have them. `'recent'` is where the desktop app lists recent documents.
 */
import { isAvailable, type CommandId } from './commands';

/**
 * The desktop app's "Open recent" submenu: the documents the app opened lately (filled in by
 * main from its list), then the command that clears the list.
 */
export const RECENT_SUBMENU = { label: 'Open recent', clear: 'clear-recent' } as const satisfies { label: string; clear: CommandId };

/** One entry of a menu section; `'recent'` is `RECENT_SUBMENU`, shown by the desktop app only. */
export type MenuEntryDef = CommandId | 'separator' | 'recent';

/** A top-level menu. */
export interface MenuSectionDef {
  id: 'file' | 'edit' | 'view' | 'help';
  /** With `&` before the access key (Alt+F), as Electron's templates take it. */
  label: string;
  entries: readonly MenuEntryDef[];
}

/** The menu bar. */
export const MENU: readonly MenuSectionDef[] = [
  {
    id: 'file',
    label: '&File',
    entries: [
      'import-documents',
      'import-annotations',
      'separator',
      'export-annotations',
      'export-library-annotations',
      'export-dataset',
      'separator',
      'import-qdpx',
      'export-qdpx',
      'export-qdc',
      'separator',
      'export-workspace',
      'import-workspace',
      'restore-backup',
      'separator',
      'team-sync',
      'separator',
      'recent',
      'separator',
      'quit',
    ],
  },
  {
    id: 'edit',
    label: '&Edit',
    entries: [
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'select-all',
      'separator',
      'select-sentence',
      'select-turn',
      'exclude-selection',
      'review-speakers',
      'separator',
      'find',
      'find-in-library',
    ],
  },
  {
    id: 'view',
    label: '&View',
    entries: [
      'zoom-in',
      'zoom-out',
      'zoom-reset',
      'separator',
      'reader-font-larger',
      'reader-font-smaller',
      'reader-font-reset',
      'reading-settings',
      'separator',
      'toggle-library',
      'toggle-annotations',
      'separator',
      'show-reader',
      'show-concordance',
      'show-coded-segments',
      'show-cooccurrence',
      'show-sequences',
      'show-speaker-map',
      'separator',
      'compare-coders',
      'agreement',
      'separator',
      'toggle-full-screen',
    ],
  },
  { id: 'help', label: '&Help', entries: ['keyboard-shortcuts', 'separator', 'open-data-folder', 'about'] },
];

/** A section as one build shows it: unavailable entries dropped, no leading, trailing or double separators. */
export interface VisibleSection {
  id: MenuSectionDef['id'];
  /** Without the access-key marker. */
  title: string;
  /** Electron's form, with `&`. */
  label: string;
  entries: (CommandId | 'separator' | 'recent')[];
}

/** The menus of one build (desktop or browser twin); empty sections are left out. */
export function visibleMenu(desktop: boolean): VisibleSection[] {
  const sections: VisibleSection[] = [];
  for (const section of MENU) {
    const entries: VisibleSection['entries'] = [];
    for (const entry of section.entries) {
      if (entry === 'separator') {
        if (entries.length > 0 && entries[entries.length - 1] !== 'separator') entries.push(entry);
      } else if (entry === 'recent') {
        if (desktop) entries.push(entry);
      } else if (isAvailable(entry, desktop)) entries.push(entry);
    }
    while (entries[entries.length - 1] === 'separator') entries.pop();
    if (entries.length > 0) sections.push({ id: section.id, title: section.label.replace('&', ''), label: section.label, entries });
  }
  return sections;
}

/** The commands of a build's menus in menu order (what its menus advertise), submenus included. */
export function menuCommands(desktop: boolean): CommandId[] {
  return visibleMenu(desktop).flatMap((s) =>
    s.entries.flatMap((e): CommandId[] => (e === 'separator' ? [] : e === 'recent' ? [RECENT_SUBMENU.clear] : [e])),
  );
}
