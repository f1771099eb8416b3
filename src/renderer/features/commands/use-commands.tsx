import { useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { ImportBatch, MenuCommand } from '../../../shared/ipc';
import type { RendererCommand } from '../../../shared/menu/commands';
import { AgreementDialog } from '../agreement/AgreementDialog';
import { ShortcutsDialog } from '../help/ShortcutsDialog';
import type { MainView } from '../analysis/main-views';
import { ReadingSettings } from '../layout/ReadingSettings';
import { SyncContext } from '../sync/sync-context';
import { TeamSyncDialog } from '../sync/TeamSyncDialog';
import type { ReadingTarget } from '../reading/reading-target';
import { SpeakerReview } from '../transcripts/SpeakerReview';
import type { Workspace } from '../workspace/workspace';
import { commandHandlers } from './command-handlers';
import { commandForKey, keyBelongsToField } from './keyboard';
import { watchMenuState } from './menu-state';
import { prepareForQuit } from './quit-preparation';

/** What App gives the command layer. */
export interface UseCommandsOptions {
  workspace: Workspace;
  /** Imports documents: asks for them (no batch), or takes a batch opened through the operating system. */
  importDocuments(batch?: ImportBatch): void;
  /** The exchange commands (`useExchange().run`). */
  runExchange(command: MenuCommand): Promise<void>;
  /** Shows a dialog (null closes it). */
  show(node: ReactNode): void;
  /** The reader, for the reading commands. */
  reading: ReadingTarget;
  /** Shows a view of the main area. */
  showView(view: MainView): void;
}

/**
 * The command layer between the menu definition and the features: runs commands from the
 * native menu, the in-page menu and the keyboard; in the desktop app also keeps the native
 * menu's enabled states current, imports documents opened through the operating system, runs
 * the renderer's part of quitting, and shows main's notices at start. Returns `run`.
 */
export function useCommands({ workspace, importDocuments, runExchange, show, reading, showView }: UseCommandsOptions): (command: RendererCommand) => void {
  const engine = useContext(SyncContext);
  const handlers = useMemo(
    () =>
      commandHandlers({
        workspace,
        importDocuments: () => importDocuments(),
        exchange: { run: runExchange },
        showShortcuts: () => show(<ShortcutsDialog workspace={workspace} onClose={() => show(null)} />),
        showReadingSettings: () => show(<ReadingSettings workspace={workspace} onClose={() => show(null)} />),
        showAgreement: () => show(<AgreementDialog workspace={workspace} onClose={() => show(null)} />),
        reading,
        showView,
        showSpeakerReview: () => show(<SpeakerReview workspace={workspace} onClose={() => show(null)} />),
        showTeamSync: () => show(engine ? <TeamSyncDialog engine={engine} workspace={workspace} onClose={() => show(null)} /> : null),
      }),
    [workspace, importDocuments, runExchange, show, reading, showView, engine],
  );
  const run = useCallback((command: RendererCommand) => handlers[command](), [handlers]);
  const desktop = workspace.platform.desktop;

  useEffect(() => desktop?.onMenuCommand(run), [desktop, run]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || keyBelongsToField(event)) return;
      const command = commandForKey(event, Boolean(desktop), workspace.platform.mac);
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [workspace, desktop, run]);

  useEffect(() => {
    if (!desktop) return;
    return watchMenuState(workspace, (state) => void desktop.setMenuState(state));
  }, [workspace, desktop]);

  useEffect(() => desktop?.onOpenedDocuments((batch) => importDocuments(batch)), [desktop, importDocuments]);

  useEffect(() => desktop?.onPrepareQuit(() => prepareForQuit(workspace)), [workspace, desktop]);

  useEffect(() => {
    if (!desktop) return;
    void desktop.startupNotices().then((notices) => {
      if (notices.ok) for (const notice of notices.value) workspace.say(notice, 'error');
    });
  }, [workspace, desktop]);

  return run;
}
