/**
 * The renderer's part of quitting the desktop app: write what the user has typed (memo fields
 * included) and every queued edit, then a last backup of the whole workspace.
 */
import type { QuitPreparation } from '../../../shared/ipc';
import { serialiseWorkspace } from '../../../shared/workspace-file';
import type { Workspace } from '../workspace/workspace';

/** Flushes, then backs up; resolves to how it went (never rejects). */
export async function prepareForQuit(workspace: Workspace, now: () => Date = () => new Date()): Promise<QuitPreparation> {
  try {
    await workspace.flush();
    const backups = workspace.platform.backups;
    if (!backups) return { ok: true };
    const json = serialiseWorkspace(await workspace.repo.snapshot(), now().toISOString());
    const written = await backups.write(json, 'quit');
    if (!written.ok) return { ok: false, error: written.error };
    workspace.dirty = false;
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
