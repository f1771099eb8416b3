import { afterEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_COMMANDS, type RendererCommand } from '../../../shared/menu/commands';
import { menuCommands } from '../../../shared/menu/menu-definition';
import type { Workspace } from '../workspace/workspace';
import { LAYOUT_DEFAULTS } from '../workspace/preferences';
import { ReadingTarget, type ReadingCommands } from '../reading/reading-target';
import { commandHandlers } from './command-handlers';

function setup(documentOpen = true) {
  let prefs = { ...LAYOUT_DEFAULTS };
  const preferences = { get: () => prefs, set: vi.fn((patch: Partial<typeof prefs>) => void (prefs = { ...prefs, ...patch })) };
  const compare = { show: vi.fn() };
  const workspace = { undo: vi.fn(async () => undefined), redo: vi.fn(async () => undefined), preferences, compare, document: documentOpen ? { id: 'd1' } : null, say: vi.fn() } as unknown as Workspace;
  const reading = new ReadingTarget();
  const reader: ReadingCommands = { find: vi.fn(), selectSentence: vi.fn(), selectTurn: vi.fn(), excludeSelection: vi.fn(), show: vi.fn() };
  reading.register('d1', reader);
  const deps = {
    workspace,
    importDocuments: vi.fn(),
    exchange: { run: vi.fn(async () => undefined) },
    showShortcuts: vi.fn(),
    showReadingSettings: vi.fn(),
    reading,
    showSpeakerReview: vi.fn(),
    showView: vi.fn(),
    showAgreement: vi.fn(),
    showTeamSync: vi.fn(),
  };
  return { deps, reader, handlers: commandHandlers(deps) };
}

afterEach(() => document.body.replaceChildren());

describe('command handlers', () => {
  it('exist for every renderer command of the menu definition, and for nothing else', () => {
    const { handlers } = setup();
    expect(Object.keys(handlers).sort()).toEqual([...RENDERER_COMMANDS].sort());
    for (const id of RENDERER_COMMANDS) expect(typeof handlers[id], id).toBe('function');
  });

  it('cover every renderer command either menu shows', () => {
    const { handlers } = setup();
    for (const desktop of [true, false])
      for (const id of menuCommands(desktop)) if ((RENDERER_COMMANDS as readonly string[]).includes(id)) expect(handlers[id as RendererCommand]).toBeTypeOf('function');
  });

  it.each([
    ['import-documents', 'importDocuments', []],
    ['keyboard-shortcuts', 'showShortcuts', []],
    ['reading-settings', 'showReadingSettings', []],
    ['agreement', 'showAgreement', []],
    ['team-sync', 'showTeamSync', []],
    ['import-annotations', 'exchange', ['import-annotations']],
    ['export-annotations', 'exchange', ['export-annotations']],
    ['export-library-annotations', 'exchange', ['export-library-annotations']],
    ['export-dataset', 'exchange', ['export-dataset']],
    ['import-qdpx', 'exchange', ['import-qdpx']],
    ['export-qdpx', 'exchange', ['export-qdpx']],
    ['export-qdc', 'exchange', ['export-qdc']],
    ['export-workspace', 'exchange', ['export-workspace']],
    ['import-workspace', 'exchange', ['import-workspace']],
    ['restore-backup', 'exchange', ['restore-backup']],
    ['undo', 'undo', []],
    ['redo', 'redo', []],
  ] as const)('%s reaches %s', (id, target, args) => {
    const { deps, handlers } = setup();
    handlers[id]();
    const fn = target === 'exchange' ? deps.exchange.run : target === 'undo' || target === 'redo' ? deps.workspace[target] : deps[target];
    expect(fn).toHaveBeenCalledWith(...args);
  });

  it.each([
    ['reader-font-larger', { fontSize: LAYOUT_DEFAULTS.fontSize + 1 }],
    ['reader-font-smaller', { fontSize: LAYOUT_DEFAULTS.fontSize - 1 }],
    ['reader-font-reset', { fontSize: LAYOUT_DEFAULTS.fontSize }],
    ['toggle-library', { libraryOpen: !LAYOUT_DEFAULTS.libraryOpen }],
    ['toggle-annotations', { panelOpen: !LAYOUT_DEFAULTS.panelOpen }],
  ] as const)('%s changes the layout preferences to %j', (id, patch) => {
    const { deps, handlers } = setup();
    handlers[id]();
    expect(deps.workspace.preferences.set).toHaveBeenCalledWith(patch);
  });

  it('compare-coders shows the comparison view in the side column, opening it when hidden', () => {
    const { deps, handlers } = setup();
    handlers['compare-coders']();
    expect((deps.workspace.compare.show as ReturnType<typeof vi.fn>)).toHaveBeenCalledWith('compare');
    expect(deps.workspace.preferences.set).toHaveBeenCalledWith({ panelOpen: true });
  });

  it.each([
    ['find', 'find'],
    ['select-sentence', 'selectSentence'],
    ['select-turn', 'selectTurn'],
    ['exclude-selection', 'excludeSelection'],
  ] as const)('%s reaches the reader’s %s, and says why not without an open document', (id, method) => {
    const { reader, handlers } = setup();
    handlers[id]();
    expect(reader[method]).toHaveBeenCalled();
    const closed = setup(false);
    closed.handlers[id]();
    expect(closed.reader[method]).not.toHaveBeenCalled();
    expect(closed.deps.workspace.say).toHaveBeenCalledWith('Open a document first.', 'error');
  });

  it.each([
    ['find-in-library', 'concordance'],
    ['show-reader', 'reader'],
    ['show-concordance', 'concordance'],
    ['show-coded-segments', 'segments'],
    ['show-cooccurrence', 'cooccurrence'],
    ['show-sequences', 'sequences'],
    ['show-speaker-map', 'speakers'],
  ] as const)('%s shows the %s view', (id, view) => {
    const { deps, handlers } = setup();
    handlers[id]();
    expect(deps.showView).toHaveBeenCalledWith(view);
  });

  it('review-speakers opens the review of the open document', () => {
    const { deps, handlers } = setup();
    handlers['review-speakers']();
    expect(deps.showSpeakerReview).toHaveBeenCalled();
  });

  it('undoes typing, not the library, while a text field has focus (the desktop menu routes Ctrl+Z here)', () => {
    const { deps, handlers } = setup();
    const memo = document.createElement('textarea');
    document.body.append(memo);
    memo.focus();
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    handlers.undo();
    expect(exec).toHaveBeenCalledWith('undo');
    expect(deps.workspace.undo).not.toHaveBeenCalled();
  });
});
