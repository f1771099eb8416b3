import { describe, expect, it } from 'vitest';
import { COMMANDS, commandSpec, INITIAL_MENU_STATE, isEnabled, RENDERER_COMMANDS, type CommandId } from './commands';
import { MENU, menuCommands, RECENT_SUBMENU, visibleMenu } from './menu-definition';

describe('the menu definition', () => {
  it('places every command exactly once, in File, Edit, View or Help', () => {
    const placed = MENU.flatMap((s) => s.entries).flatMap((e) => (e === 'separator' ? [] : e === 'recent' ? [RECENT_SUBMENU.clear] : [e]));
    expect([...placed].sort()).toEqual(Object.keys(COMMANDS).sort());
    expect(MENU.map((s) => s.id)).toEqual(['file', 'edit', 'view', 'help']);
  });

  it('shows the twin no desktop-only or planned command, and no recent documents', () => {
    const browser = menuCommands(false);
    for (const id of browser) {
      const spec = commandSpec(id);
      expect(spec.desktopOnly, id).toBeUndefined();
      expect(spec.planned, id).toBeUndefined();
    }
    expect(visibleMenu(false).flatMap((s) => s.entries)).not.toContain('recent');
    expect(browser).toContain('import-documents');
    expect(browser).not.toContain('restore-backup');
  });

  it('shows the desktop app everything but planned commands', () => {
    const planned = (Object.keys(COMMANDS) as CommandId[]).filter((id) => 'planned' in COMMANDS[id]);
    expect(menuCommands(true).sort()).toEqual((Object.keys(COMMANDS) as CommandId[]).filter((id) => !planned.includes(id)).sort());
    expect(visibleMenu(true).find((s) => s.id === 'file')?.entries).toContain('recent');
  });

  it('never leaves a separator at either end or two in a row', () => {
    for (const desktop of [true, false])
      for (const section of visibleMenu(desktop)) {
        expect(section.entries[0]).not.toBe('separator');
        expect(section.entries.at(-1)).not.toBe('separator');
        expect(section.entries.join(' ')).not.toContain('separator separator');
      }
  });

  it('lists the renderer commands a handler must exist for', () => {
    expect(RENDERER_COMMANDS).toContain('undo');
    expect(RENDERER_COMMANDS).toContain('find');
    expect(RENDERER_COMMANDS).not.toContain('quit'); // main's
  });

  it.each([
    ['export-annotations', { documentOpen: true }, true],
    ['export-annotations', {}, false],
    ['undo', { canUndo: true }, true],
    ['redo', { canUndo: true }, false],
    ['import-documents', {}, true],
  ] as const)('%s with %j is enabled: %s', (id, state, expected) => {
    expect(isEnabled(id, { ...INITIAL_MENU_STATE, ...state })).toBe(expected);
  });
});
