import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { acceleratorFor, acceleratorLabel } from '../../../shared/menu/accelerator';
import { commandSpec, type CommandId } from '../../../shared/menu/commands';
import { visibleMenu } from '../../../shared/menu/menu-definition';
import type { Workspace } from '../workspace/workspace';
import { AppMenu } from './AppMenu';
import { reactRoot } from '../../test-react';

const view = reactRoot();

function workspace(kind: 'browser' | 'desktop', open = false): Workspace {
  return {
    platform: { kind, mac: false },
    document: open ? { id: 'd' } : null,
    history: { peek: () => (open ? { undo: 'tag', redo: 'tag' } : { undo: null, redo: null }) },
  } as unknown as Workspace;
}

const buttons = () => [...view.host.querySelectorAll('button')];

describe("the twin's menu", () => {
  it('comes from the menu definition: its sections, then per section its commands, labels and shortcuts', () => {
    const onCommand = vi.fn();
    act(() => view.root.render(<AppMenu workspace={workspace('browser', true)} onCommand={onCommand} />));
    const sections = visibleMenu(false);
    expect(buttons().map((b) => b.textContent)).toEqual(sections.map((s) => s.title));
    for (const [i, section] of sections.entries()) {
      act(() => buttons()[i].click());
      const items = [...document.querySelectorAll('[role="menuitem"]')];
      const commands = section.entries.filter((e): e is CommandId => e !== 'separator' && e !== 'recent');
      expect(items.map((li) => li.querySelector('span')?.textContent)).toEqual(commands.map((id) => commandSpec(id).label));
      expect(items.map((li) => li.querySelector('kbd')?.textContent ?? null)).toEqual(
        commands.map((id) => {
          const a = acceleratorFor(commandSpec(id), false);
          return a ? acceleratorLabel(a, false) : null;
        }),
      );
      act(() => (items[0] as HTMLElement).click());
      expect(onCommand).toHaveBeenLastCalledWith(commands[0]);
    }
  });

  it('greys out what cannot be done now', () => {
    act(() => view.root.render(<AppMenu workspace={workspace('browser', false)} onCommand={vi.fn()} />));
    act(() => buttons()[0].click());
    const exportDoc = [...document.querySelectorAll('[role="menuitem"]')].find((li) => li.textContent?.startsWith('Export annotations of this document'));
    expect(exportDoc?.getAttribute('aria-disabled')).toBe('true');
  });

  it('is not drawn in the desktop app, which has its native menu', () => {
    act(() => view.root.render(<AppMenu workspace={workspace('desktop')} onCommand={vi.fn()} />));
    expect(view.host.innerHTML).toBe('');
  });
});
