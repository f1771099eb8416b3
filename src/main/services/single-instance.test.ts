import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, documentPathsFromArgv, type SingleInstanceApp } from './single-instance';

function fakeApp(locked: boolean) {
  const listeners = new Map<string, (...args: never[]) => void>();
  const app = {
    requestSingleInstanceLock: vi.fn(() => locked),
    on: vi.fn((event: string, listener: (...args: never[]) => void) => listeners.set(event, listener)),
  };
  return { app: app as unknown as SingleInstanceApp & typeof app, listeners };
}

describe('claimSingleInstance', () => {
  it('a second instance gets no lock, listens to nothing, and must quit', () => {
    const { app } = fakeApp(false);
    const handlers = { openPaths: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, handlers)).toBe(false);
    expect(app.on).not.toHaveBeenCalled();
  });

  it("the first instance receives a later launch's documents and comes to the front", () => {
    const { app, listeners } = fakeApp(true);
    const handlers = { openPaths: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, handlers)).toBe(true);
    const second = listeners.get('second-instance') as (e: unknown, argv: string[], cwd: string) => void;
    second({}, ['/opt/workbench/workbench', '--no-sandbox', 'briefing.docx', '/data/notes.txt'], '/home/ana');
    expect(handlers.focus).toHaveBeenCalledOnce();
    expect(handlers.openPaths).toHaveBeenCalledWith([resolve('/home/ana', 'briefing.docx'), '/data/notes.txt']);
  });

  it('a launch without documents only brings the window to the front', () => {
    const { app, listeners } = fakeApp(true);
    const handlers = { openPaths: vi.fn(), focus: vi.fn() };
    claimSingleInstance(app, handlers);
    (listeners.get('second-instance') as (e: unknown, argv: string[], cwd: string) => void)({}, ['/opt/workbench/workbench'], '/');
    expect(handlers.focus).toHaveBeenCalledOnce();
    expect(handlers.openPaths).not.toHaveBeenCalled();
  });

  it('takes macOS open-file events (and keeps macOS from handling them itself)', () => {
    const { app, listeners } = fakeApp(true);
    const handlers = { openPaths: vi.fn(), focus: vi.fn() };
    claimSingleInstance(app, handlers);
    const event = { preventDefault: vi.fn() };
    (listeners.get('open-file') as (e: typeof event, path: string) => void)(event, '/Users/ana/speech.md');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(handlers.openPaths).toHaveBeenCalledWith(['/Users/ana/speech.md']);
  });
});

describe('documentPathsFromArgv', () => {
  it.each([
    [['electron', 'out/main/index.js', 'a.txt'], '/w', [resolve('/w', 'a.txt')]],
    [['workbench', '--flag', '-x', 'b.HTML', 'c.pdf', 'noext'], '/w', [resolve('/w', 'b.HTML')]],
    [['workbench', '/abs/d.htm', 'e.md', 'f.docx'], '/w', ['/abs/d.htm', resolve('/w', 'e.md'), resolve('/w', 'f.docx')]],
    [['workbench.exe'], 'C:\\', []],
  ])('%j in %s → %j', (argv, cwd, expected) => {
    expect(documentPathsFromArgv(argv, cwd)).toEqual(expected);
  });
});
