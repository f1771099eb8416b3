/**
 * The renderer's part of quitting the desktop app: write what the user has typed (memo fields
 * included) and every queued edit, then a last backup of the whole workspace.
 */
import type { QuitPreparation } from '../../../shared/ipc';
import type { Workspace } from '../workspace/workspace';

/** Flushes, then backs up; resolves to how it went (never rejects). */
export async function prepareForQuit(workspace: Workspace): Promise<QuitPreparation> {
  try {
    await workspace.flush();
    const failure = await workspace.backup('quit');
    return failure === null ? { ok: true } : { ok: false, error: failure };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
