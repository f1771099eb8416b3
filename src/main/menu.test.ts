import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorFor } from '../shared/menu/accelerator';
import { COMMANDS, INITIAL_MENU_STATE, type CommandId } from '../shared/menu/commands';
import { menuCommands, visibleMenu } from '../shared/menu/menu-definition';
import { menuTemplate, type MenuContext } from './menu';

function context(overrides: Partial<MenuContext> = {}): MenuContext {
  return {
    isMac: false,
    state: INITIAL_MENU_STATE,
    recent: [],
    send: vi.fn(),
    openRecent: vi.fn(),
    actions: { about: vi.fn(), 'open-data-folder': vi.fn(), 'clear-recent': vi.fn() },
    ...overrides,
  };
}

/** Every item of a template, submenus included, in order. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('the desktop menu template', () => {
  it('comes from the menu definition: the same sections, commands, labels and shortcuts, in order', () => {
    const template = menuTemplate(context());
    expect(template.map((s) => s.label)).toEqual(visibleMenu(true).map((s) => s.label));
    const commands = items(template).filter((i) => typeof i.id === 'string' && i.id in COMMANDS);
    expect(commands.map((i) => i.id)).toEqual(menuCommands(true));
    for (const item of commands) {
      const spec = COMMANDS[item.id as CommandId];
      expect(item.label).toBe(spec.label);
      expect(item.accelerator).toBe(acceleratorFor(spec, false));
    }
  });

  it('sends renderer commands to the window and runs main commands in main', () => {
    const ctx = context({ state: { documentOpen: true, canUndo: true, canRedo: true } });
    const all = items(menuTemplate(ctx));
    const byId = (id: string) => all.find((i) => i.id === id)!;
    click(byId('import-documents'));
    click(byId('undo'));
    click(byId('keyboard-shortcuts'));
    expect(vi.mocked(ctx.send).mock.calls).toEqual([['import-documents'], ['undo'], ['keyboard-shortcuts']]);
    click(byId('open-data-folder'));
    expect(ctx.actions['open-data-folder']).toHaveBeenCalledOnce();
    expect(byId('zoom-in').role).toBe('zoomIn');
    expect(byId('quit').role).toBe('quit');
    for (const item of all.filter((i) => i.id && i.id in COMMANDS)) expect(Boolean(item.click) !== Boolean(item.role), item.id).toBe(true);
  });

  it('enables commands by the renderer state', () => {
    const closed = items(menuTemplate(context()));
    expect(closed.find((i) => i.id === 'export-annotations')!.enabled).toBe(false);
    expect(closed.find((i) => i.id === 'undo')!.enabled).toBe(false);
    const open = items(menuTemplate(context({ state: { documentOpen: true, canUndo: true, canRedo: false } })));
    expect(open.find((i) => i.id === 'export-annotations')!.enabled).toBe(true);
    expect(open.find((i) => i.id === 'undo')!.enabled).toBe(true);
    expect(open.find((i) => i.id === 'redo')!.enabled).toBe(false);
  });

  it('lists recent documents by name and opens them', () => {
    const ctx = context({ recent: ['/home/ana/briefing.docx', 'C:\\Users\\ana\\Q&A.txt'] });
    const recent = items(menuTemplate(ctx)).find((i) => i.id === 'recent')!;
    const sub = recent.submenu as MenuItemConstructorOptions[];
    expect(sub.map((i) => i.label ?? i.type)).toEqual(['briefing.docx', 'Q&&A.txt', 'separator', 'Clear recent documents']);
    click(sub[0]);
    expect(ctx.openRecent).toHaveBeenCalledWith('/home/ana/briefing.docx');
    expect(sub[3].enabled).toBe(true);
    const empty = (items(menuTemplate(context())).find((i) => i.id === 'recent')!.submenu as MenuItemConstructorOptions[]);
    expect(empty[0]).toEqual({ label: 'No recent documents', enabled: false });
    expect(empty[2].enabled).toBe(false);
  });

  it('on macOS starts with the app menu, which holds Quit, and uses the Mac full-screen key', () => {
    const template = menuTemplate(context({ isMac: true }));
    expect(template[0]).toEqual({ role: 'appMenu' });
    const all = items(template);
    expect(all.find((i) => i.id === 'quit')).toBeUndefined();
    expect(all.find((i) => i.id === 'toggle-full-screen')!.accelerator).toBe('Ctrl+Cmd+F');
  });

  it('never shows a planned command', () => {
    const ids = new Set(items(menuTemplate(context())).map((i) => i.id));
    for (const [id, spec] of Object.entries(COMMANDS)) if ('planned' in spec) expect(ids.has(id), id).toBe(false);
  });
});
