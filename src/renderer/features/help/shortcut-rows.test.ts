import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../../shared/codebook';
import { acceleratorFor, acceleratorLabel } from '../../../shared/menu/accelerator';
import { commandSpec } from '../../../shared/menu/commands';
import { menuCommands } from '../../../shared/menu/menu-definition';
import { shortcutGroups } from './shortcut-rows';

describe('shortcutGroups', () => {
  it.each([true, false])('lists every shortcut the menus advertise (desktop %s)', (desktop) => {
    const rows = shortcutGroups(desktop, false, []).flatMap((g) => g.rows);
    for (const id of menuCommands(desktop)) {
      const accelerator = acceleratorFor(commandSpec(id), false);
      if (accelerator) expect(rows.some((r) => r.keys.split(' or ').includes(acceleratorLabel(accelerator, false))), id).toBe(true);
    }
  });

  it('lists the twin its own commands only', () => {
    const titles = shortcutGroups(false, false, []).map((g) => g.title);
    expect(titles).toEqual(['File', 'Edit', 'Help', 'Reading']);
    const rows = shortcutGroups(false, false, []).flatMap((g) => g.rows);
    expect(rows).toContainEqual({ keys: 'Ctrl+Shift+Z or Ctrl+Y', action: 'Redo' });
    expect(rows).toContainEqual({ keys: 'F1 or ?', action: 'Keyboard shortcuts' });
    expect(rows.find((r) => r.action === 'Zoom in')).toBeUndefined();
    expect(rows).toContainEqual({ keys: 'Ctrl+F', action: 'Find in document' });
    expect(rows).toContainEqual({ keys: 'Alt+T', action: 'Select the speaker’s turn' });
  });

  it('shows Mac keys on a Mac', () => {
    const rows = shortcutGroups(true, true, []).flatMap((g) => g.rows);
    expect(rows).toContainEqual({ keys: '⌘O', action: 'Import documents' });
    expect(rows).toContainEqual({ keys: '⌃⌘F', action: 'Full screen' });
  });

  it("lists the codebook's tagging keys, not those of retired categories", () => {
    const categories = [...DEFAULT_CATEGORIES.map((c) => ({ ...c })), { ...DEFAULT_CATEGORIES[0], id: 'old', label: 'Old', shortcut: '9', retired: true }];
    const tagging = shortcutGroups(false, false, categories).find((g) => g.title === 'Tagging')!;
    expect(tagging.rows.map((r) => r.keys)).toEqual([
      ...DEFAULT_CATEGORIES.map((c) => c.shortcut.toUpperCase()),
      ...DEFAULT_CATEGORIES.map((c) => `Shift+${c.shortcut.toUpperCase()}`),
    ]);
    expect(tagging.rows[0].action).toBe(`Tag the selection as ${DEFAULT_CATEGORIES[0].label}`);
    expect(tagging.rows[DEFAULT_CATEGORIES.length].action).toBe(`Tag the whole turn at the caret as ${DEFAULT_CATEGORIES[0].label}`);
  });
});
