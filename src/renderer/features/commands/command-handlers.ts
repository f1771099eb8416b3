/**
 * The renderer's handler for every renderer command of the menu definition. The type makes a
 * command without a handler a compile error; `command-handlers.test.ts` checks the same at run
 * time against the definition.
 */
import type { RendererCommand } from '../../../shared/menu/commands';
import type { MenuCommand } from '../../../shared/ipc';
import type { MainView } from '../analysis/main-views';
import type { ReadingTarget } from '../reading/reading-target';
import { LAYOUT_DEFAULTS } from '../workspace/preferences';
import type { Workspace } from '../workspace/workspace';
import { textEntry } from './keyboard';

/** One handler per renderer command. */
export type CommandHandlers = Record<RendererCommand, () => void>;

/** What the handlers call: the features that do the work. */
export interface CommandDeps {
  workspace: Workspace;
  /** Asks for documents and imports them (App's import flow, with its report). */
  importDocuments(): void;
  /** The exchange commands (annotation files, datasets, REFI-QDA, workspace files, backups). */
  exchange: { run(command: MenuCommand): Promise<void> };
  /** Shows the keyboard-shortcut overlay. */
  showShortcuts(): void;
  /** Shows the reader's text size and line width settings. */
  showReadingSettings(): void;
  /** Shows the agreement panel. */
  showAgreement(): void;
  /** The reader, for the reading commands (find, select sentence or turn, exclude). */
  reading: ReadingTarget;
  /** Shows the speaker review of the open document. */
  showSpeakerReview(): void;
  /** Shows one of the main area's views (the reader, the concordance, the coded segments…). */
  showView(view: MainView): void;
  /** Shows the Team sync dialog. */
  showTeamSync(): void;
}

/**
 * Undo and redo act on the library's history, except while a text field has focus: there the
 * menu's Undo (the desktop app routes Ctrl+Z through it) undoes typing, as everywhere else.
 */
function undoOrTyping(kind: 'undo' | 'redo', workspace: Workspace): void {
  if (textEntry(document.activeElement)) {
    document.execCommand(kind);
    return;
  }
  void (kind === 'undo' ? workspace.undo() : workspace.redo());
}

/** The handlers. */
export function commandHandlers(deps: CommandDeps): CommandHandlers {
  const exchange = (command: MenuCommand) => () => void deps.exchange.run(command);
  // Layout preferences keep every number in its range themselves.
  const preferences = deps.workspace.preferences;
  const fontSize = (change: (size: number) => number) => () => preferences.set({ fontSize: change(preferences.get().fontSize) });
  // A reading command needs the reader: the view switches to it first when another is shown.
  const reading = (run: (target: NonNullable<ReturnType<ReadingTarget['get']>>) => void) => () => {
    if (!deps.workspace.document) return deps.workspace.say('Open a document first.', 'error');
    const target = deps.reading.get();
    if (target) return run(target);
    deps.showView('reader');
    // The reader registers when it is drawn, in the next frame.
    requestAnimationFrame(() => {
      const later = deps.reading.get();
      if (later) run(later);
    });
  };
  return {
    'import-documents': () => deps.importDocuments(),
    'import-annotations': exchange('import-annotations'),
    'export-annotations': exchange('export-annotations'),
    'export-library-annotations': exchange('export-library-annotations'),
    'export-dataset': exchange('export-dataset'),
    'import-qdpx': exchange('import-qdpx'),
    'export-qdpx': exchange('export-qdpx'),
    'export-qdc': exchange('export-qdc'),
    'export-workspace': exchange('export-workspace'),
    'import-workspace': exchange('import-workspace'),
    'restore-backup': exchange('restore-backup'),
    undo: () => undoOrTyping('undo', deps.workspace),
    redo: () => undoOrTyping('redo', deps.workspace),
    'reader-font-larger': fontSize((size) => size + 1),
    'reader-font-smaller': fontSize((size) => size - 1),
    'reader-font-reset': fontSize(() => LAYOUT_DEFAULTS.fontSize),
    'reading-settings': () => deps.showReadingSettings(),
    'toggle-library': () => preferences.set({ libraryOpen: !preferences.get().libraryOpen }),
    'toggle-annotations': () => preferences.set({ panelOpen: !preferences.get().panelOpen }),
    'keyboard-shortcuts': () => deps.showShortcuts(),
    'compare-coders': () => {
      deps.workspace.compare.show('compare');
      preferences.set({ panelOpen: true });
    },
    agreement: () => deps.showAgreement(),
    'select-sentence': reading((r) => r.selectSentence()),
    'select-turn': reading((r) => r.selectTurn()),
    'exclude-selection': reading((r) => r.excludeSelection()),
    find: reading((r) => r.find()),
    'review-speakers': () => (deps.workspace.document ? deps.showSpeakerReview() : deps.workspace.say('Open a document first.', 'error')),
    'find-in-library': () => deps.showView('concordance'),
    'show-reader': () => deps.showView('reader'),
    'show-concordance': () => deps.showView('concordance'),
    'show-coded-segments': () => deps.showView('segments'),
    'show-cooccurrence': () => deps.showView('cooccurrence'),
    'show-sequences': () => deps.showView('sequences'),
    'show-speaker-map': () => deps.showView('speakers'),
    'team-sync': () => deps.showTeamSync(),
  };
}
