import { useState } from 'react';
import { acceleratorFor, acceleratorLabel } from '../../../shared/menu/accelerator';
import { commandSpec, isEnabled, type RendererCommand } from '../../../shared/menu/commands';
import { visibleMenu } from '../../../shared/menu/menu-definition';
import { menuStateOf } from '../commands/menu-state';
import { PopupMenu, type MenuEntry } from '../reading/PopupMenu';
import type { Workspace } from '../workspace/workspace';

interface Props {
  workspace: Workspace;
  onCommand(command: RendererCommand): void;
}

/**
 * The browser twin's menu bar (File, Edit, Help), built from the menu definition like the
 * desktop app's native menu, so it offers the same commands and advertises the same shortcuts,
 * and only those the page handles. The desktop app has its native menu instead.
 */
export function AppMenu({ workspace, onCommand }: Props) {
  const [open, setOpen] = useState<{ section: string; x: number; y: number } | null>(null);
  if (workspace.platform.kind === 'desktop') return null;
  const mac = workspace.platform.mac;
  const sections = visibleMenu(false);
  const state = menuStateOf(workspace);
  const entriesOf = (id: string): MenuEntry[] =>
    (sections.find((s) => s.id === id)?.entries ?? []).flatMap((entry) => {
      if (entry === 'separator' || entry === 'recent') return [];
      const spec = commandSpec(entry);
      const accelerator = acceleratorFor(spec, mac);
      return [
        {
          label: spec.label,
          hint: accelerator ? acceleratorLabel(accelerator, mac) : undefined,
          disabled: !isEnabled(entry, state),
          onSelect: () => onCommand(entry as RendererCommand),
        },
      ];
    });
  return (
    <>
      {sections.map((section) => (
        <button
          key={section.id}
          type="button"
          aria-haspopup="menu"
          aria-expanded={open?.section === section.id}
          onClick={(e) => {
            const r = e.currentTarget.getBoundingClientRect();
            setOpen(open?.section === section.id ? null : { section: section.id, x: r.left, y: r.bottom + 2 });
          }}
        >
          {section.title}
        </button>
      ))}
      {open && <PopupMenu label={sections.find((s) => s.id === open.section)?.title ?? ''} at={open} entries={entriesOf(open.section)} onClose={() => setOpen(null)} />}
    </>
  );
}
