/**
 * Keys of the reader and the panels, which are not menu commands, for the shortcut overlay.
 * The reader implements them (`src/renderer/features/reading`); the category keys come from
 * the codebook.
 */
export const READING_KEYS: readonly { keys: string; action: string }[] = [
  { keys: 'Shift+Arrow keys', action: 'Select text from the caret' },
  { keys: 'Shift+F10 or the Menu key', action: 'Open the context menu for the selection' },
  { keys: 'Alt+Enter', action: 'Choose among annotations at the caret' },
  { keys: 'Escape', action: 'Close a menu or dialog' },
];
