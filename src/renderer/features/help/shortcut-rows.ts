/**
 * The rows of the keyboard-shortcut overlay, from the menu definition: every command this build
 * shows that has a key, grouped by menu, then the codebook's tagging keys and the reader's keys.
 */
import { acceleratorFor, acceleratorLabel } from '../../../shared/menu/accelerator';
import { commandSpec } from '../../../shared/menu/commands';
import { menuCommands, visibleMenu } from '../../../shared/menu/menu-definition';
import { READING_KEYS } from '../../../shared/menu/reading-keys';
import type { Category } from '../../../shared/model';

/** One group of the overlay. */
export interface ShortcutGroup {
  title: string;
  rows: { keys: string; action: string }[];
}

/** The groups for one build; `categories` give the tagging keys. */
export function shortcutGroups(desktop: boolean, mac: boolean, categories: readonly Category[]): ShortcutGroup[] {
  const available = new Set(menuCommands(desktop));
  const groups: ShortcutGroup[] = visibleMenu(desktop).map((section) => ({
    title: section.title,
    rows: section.entries.flatMap((entry) => {
      if (entry === 'separator' || entry === 'recent' || !available.has(entry)) return [];
      const spec = commandSpec(entry);
      const accelerator = acceleratorFor(spec, mac);
      const keys = [...(accelerator ? [accelerator] : []), ...(spec.pageKeys ?? [])].map((k) => acceleratorLabel(k, mac));
      return keys.length ? [{ keys: keys.join(' or '), action: spec.label.replace(/…$/, '') }] : [];
    }),
  }));
  const keyed = categories.filter((c) => c.shortcut && !c.retired);
  // The reader's tagging keys (`ReadingView`): the key tags the selection, Shift and the key the turn.
  const tagging = [
    ...keyed.map((c) => ({ keys: c.shortcut.toUpperCase(), action: `Tag the selection as ${c.label}` })),
    ...keyed.map((c) => ({ keys: `Shift+${c.shortcut.toUpperCase()}`, action: `Tag the whole turn at the caret as ${c.label}` })),
  ];
  groups.push({ title: 'Tagging', rows: tagging }, { title: 'Reading', rows: [...READING_KEYS] });
  return groups.filter((g) => g.rows.length > 0);
}
