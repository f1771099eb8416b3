import { Dialog } from '../status/Dialog';
import { useCodebook } from '../workspace/use-stores';
import type { Workspace } from '../workspace/workspace';
import { shortcutGroups } from './shortcut-rows';

interface Props {
  workspace: Workspace;
  onClose(): void;
}

/** The keyboard-shortcut overlay (F1 or `?`): every shortcut of this build, from the menu definition. */
export function ShortcutsDialog({ workspace, onClose }: Props) {
  const categories = useCodebook(workspace);
  const groups = shortcutGroups(workspace.platform.kind === 'desktop', workspace.platform.mac, categories);
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <div className="shortcut-groups">
        {groups.map((group) => (
          <table key={group.title} className="shortcut-table">
            <caption>{group.title}</caption>
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((row) => (
                <tr key={row.keys + row.action}>
                  <td>
                    <kbd>{row.keys}</kbd>
                  </td>
                  <td>{row.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </Dialog>
  );
}
