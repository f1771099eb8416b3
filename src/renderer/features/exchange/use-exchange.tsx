import { useCallback, useEffect, type ReactNode } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { parseWorkspace, type WorkspaceData } from '../../../shared/workspace-file';
import type { Workspace } from '../workspace/workspace';
import { AnnotationImportDialog } from './AnnotationImportDialog';
import { readAnnotationFile } from './annotation-import';
import { DatasetDialog } from './DatasetDialog';
import { exportAnnotations, exportDataset, exportWorkspace } from './exports';
import { exportCodebook } from './qdpx-exchange';
import { QdcImportDialog } from './QdcImportDialog';
import { QdpxExportDialog } from './QdpxExportDialog';
import { QdpxImportDialog } from './QdpxImportDialog';
import { BackupList, ConfirmReplace } from './RestoreDialogs';

/** How often the desktop app checks whether a backup is due (main throttles to one per 5 min). */
const BACKUP_CHECK_MS = 60_000;

/**
 * The file commands beyond document import: annotation exchange, datasets, REFI-QDA projects
 * and codebooks, workspace files and backups. Dialogs are shown through `show`; failures go to the status line.
 */
export function useExchange(workspace: Workspace, show: (node: ReactNode) => void): { run(command: MenuCommand): Promise<void> } {
  const close = useCallback(() => show(null), [show]);

  useEffect(() => {
    if (!workspace.platform.backups) return;
    const timer = setInterval(() => void workspace.backup('interval'), BACKUP_CHECK_MS);
    return () => clearInterval(timer);
  }, [workspace]);

  const replaceWith = useCallback(
    (source: string, data: WorkspaceData) => {
      show(
        <ConfirmReplace
          source={source}
          data={data}
          onClose={close}
          onExportFirst={() => void exportWorkspace(workspace).catch((e) => workspace.failed(e, 'Workspace export'))}
          onConfirm={() => {
            close();
            void workspace.replaceAll(data, source);
          }}
        />,
      );
    },
    [workspace, show, close],
  );

  const run = useCallback(
    async (command: MenuCommand) => {
      try {
        switch (command) {
          case 'import-annotations': {
            const file = await workspace.platform.openFile('annotations');
            if (!file.ok) throw new Error(file.error);
            if (!file.value) return;
            const parsed = readAnnotationFile(file.value.content, file.value.name);
            if (!parsed.ok) {
              workspace.say(parsed.error, 'error');
              return;
            }
            const documents = await workspace.read.documents();
            show(<AnnotationImportDialog workspace={workspace} fileName={file.value.name} parsed={parsed.value} documents={documents} onDone={close} />);
            return;
          }
          case 'export-annotations': {
            const doc = workspace.document;
            if (!doc) return workspace.say('Open a document first: its annotations are what gets exported.', 'error');
            return await exportAnnotations(workspace, [doc], `Annotations of ${doc.title}`, doc.title);
          }
          case 'export-library-annotations':
            return await exportAnnotations(workspace, await workspace.read.documents(), 'Annotations of the library', 'library-annotations');
          case 'export-dataset':
            show(
              <DatasetDialog
                hasDocument={Boolean(workspace.document)}
                onClose={close}
                onExport={(scope, target, format) => {
                  close();
                  const docs = scope === 'document' && workspace.document ? Promise.resolve([workspace.document]) : workspace.read.documents();
                  void docs.then((d) => exportDataset(workspace, d, target, format)).catch((e) => workspace.failed(e, 'Dataset export'));
                }}
              />,
            );
            return;
          case 'import-qdpx': {
            const file = await workspace.platform.openBinaryFile('refi-qda');
            if (!file.ok) throw new Error(file.error);
            if (!file.value) return;
            const { name, bytes } = file.value;
            const Review = /\.qdc$/i.test(name) ? QdcImportDialog : QdpxImportDialog;
            show(<Review workspace={workspace} fileName={name} bytes={bytes} onDone={close} />);
            return;
          }
          case 'export-qdpx': {
            const documents = await workspace.read.documents();
            if (documents.length === 0) return workspace.say('The library has no documents to export yet.', 'error');
            show(<QdpxExportDialog workspace={workspace} documents={documents} onDone={close} />);
            return;
          }
          case 'export-qdc':
            return await exportCodebook(workspace);
          case 'export-workspace':
            return await exportWorkspace(workspace);
          case 'import-workspace': {
            const file = await workspace.platform.openFile('workspace');
            if (!file.ok) throw new Error(file.error);
            if (!file.value) return;
            const parsed = parseWorkspace(file.value.content, file.value.name);
            if (!parsed.ok) return workspace.say(parsed.error, 'error');
            return replaceWith(file.value.name, parsed.value);
          }
          case 'restore-backup': {
            const backups = workspace.platform.backups;
            if (!backups) return workspace.say('Backups are kept by the desktop app only; in the browser, use Export workspace.', 'error');
            show(
              <BackupList
                onClose={close}
                load={async () => {
                  const list = await backups.list();
                  if (!list.ok) throw new Error(list.error);
                  return list.value;
                }}
                onPick={async (name) => {
                  const json = await backups.read(name);
                  if (!json.ok) return workspace.say(json.error, 'error');
                  const parsed = parseWorkspace(json.value, name);
                  if (!parsed.ok) return workspace.say(parsed.error, 'error');
                  replaceWith(name, parsed.value);
                }}
              />,
            );
            return;
          }
          default:
            return;
        }
      } catch (error) {
        workspace.failed(error, 'The command');
      }
    },
    [workspace, show, close, replaceWith],
  );

  return { run };
}
