import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorFor } from '../shared/menu/accelerator';
import { commandSpec, isEnabled, type CommandId, type MainCommand, type MenuState, type RendererCommand } from '../shared/menu/commands';
import { RECENT_SUBMENU, visibleMenu } from '../shared/menu/menu-definition';
import { baseName } from '../shared/patterns';

/** Main commands Electron carries out itself, by role. */
const ROLES = {
  cut: 'cut',
  copy: 'copy',
  paste: 'paste',
  'select-all': 'selectAll',
  'zoom-in': 'zoomIn',
  'zoom-out': 'zoomOut',
  'zoom-reset': 'resetZoom',
  'toggle-full-screen': 'togglefullscreen',
  quit: 'quit',
} as const satisfies Partial<Record<MainCommand, MenuItemConstructorOptions['role']>>;

/** Main commands with an action of the app's own. */
export type MainAction = Exclude<MainCommand, keyof typeof ROLES>;

/** Everything the template needs; the clicks call back into the app. */
export interface MenuContext {
  isMac: boolean;
  state: MenuState;
  /** Recent documents, newest first (absolute paths). */
  recent: readonly string[];
  /** Delivers a renderer command to the focused window. */
  send(command: RendererCommand): void;
  /** Main's own actions. */
  actions: Record<MainAction, () => void>;
  /** Opens a recent document. */
  openRecent(path: string): void;
}

function isRole(id: MainCommand): id is keyof typeof ROLES {
  return id in ROLES;
}

function commandItem(id: CommandId, ctx: MenuContext): MenuItemConstructorOptions {
  const spec = commandSpec(id);
  const item: MenuItemConstructorOptions = { id, label: spec.label, accelerator: acceleratorFor(spec, ctx.isMac), enabled: isEnabled(id, ctx.state) };
  if (spec.by === 'renderer') return { ...item, click: () => ctx.send(id as RendererCommand) };
  const main = id as MainCommand;
  if (isRole(main)) return { ...item, role: ROLES[main] };
  return { ...item, click: () => ctx.actions[main]() };
}

function recentItem(ctx: MenuContext): MenuItemConstructorOptions {
  const documents: MenuItemConstructorOptions[] = ctx.recent.map((path) => ({
    label: baseName(path).replace(/&/g, '&&'),
    sublabel: path,
    toolTip: path,
    click: () => ctx.openRecent(path),
  }));
  return {
    id: 'recent',
    label: RECENT_SUBMENU.label,
    submenu: [...(documents.length ? documents : [{ label: 'No recent documents', enabled: false }]), { type: 'separator' }, { ...commandItem(RECENT_SUBMENU.clear, ctx), enabled: documents.length > 0 }],
  };
}

/**
 * The application menu from the menu definition (`src/shared/menu`): the same commands, labels,
 * shortcuts and enabled states as the browser twin's in-page menu, plus what only the desktop
 * has. Renderer commands go to the window (the renderer owns the data); main's are roles or
 * actions of the app. On macOS the app menu comes first and holds Quit.
 */
export function menuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const sections = visibleMenu(true).map((section): MenuItemConstructorOptions => ({
    label: section.label,
    submenu: section.entries
      .filter((entry) => !(ctx.isMac && entry === 'quit'))
      .map((entry): MenuItemConstructorOptions =>
        entry === 'separator' ? { type: 'separator' } : entry === 'recent' ? recentItem(ctx) : commandItem(entry, ctx),
      ),
  }));
  return ctx.isMac ? [{ role: 'appMenu' }, ...sections] : sections;
}
