import { describe, expect, it } from 'vitest';
import { fakeJsonFs } from './fake-json-fs';
import type { Timers } from './timers';
import { parseWindowState, placeWindow, WindowStateStore, type Bounds, type TrackedWindow } from './window-state';

const laptop: Bounds = { x: 0, y: 0, width: 1440, height: 900 };
const monitor: Bounds = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it.each([
    ['first start: default size, centred', null, [laptop], { width: 1280, height: 860, maximized: false }],
    ['first start on a small screen: cut to it', null, [{ x: 0, y: 0, width: 1024, height: 700 }], { width: 1024, height: 700, maximized: false }],
    [
      'saved place on the laptop: kept',
      { bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: false },
      [laptop],
      { x: 100, y: 50, width: 1200, height: 800, maximized: false },
    ],
    [
      'saved place on the second monitor while it is there: kept',
      { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true },
      [laptop, monitor],
      { x: 2000, y: 100, width: 1600, height: 1000, maximized: true },
    ],
    [
      'saved place on a monitor that is gone: centred on the primary display, size cut to it',
      { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true },
      [laptop],
      { width: 1440, height: 900, maximized: true },
    ],
    [
      'title bar above the top of every display: centred',
      { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false },
      [laptop],
      { width: 1200, height: 800, maximized: false },
    ],
    [
      'mostly off the right edge but the title bar reachable: pulled back onto the display',
      { bounds: { x: 1300, y: 50, width: 1200, height: 800 }, maximized: false },
      [laptop],
      { x: 240, y: 50, width: 1200, height: 800, maximized: false },
    ],
    [
      'saved smaller than the minimum: grown to it',
      { bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false },
      [laptop],
      { x: 10, y: 10, width: 800, height: 560, maximized: false },
    ],
  ] as const)('%s', (_name, saved, areas, expected) => {
    expect(placeWindow(saved, areas)).toEqual(expected);
  });
});

describe('parseWindowState', () => {
  it.each([
    [{ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true }, { bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true }],
    [{ bounds: { x: 1, y: 2, width: 3, height: 4 } }, { bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: false }],
    [{ bounds: { x: 1, y: 2, width: 0, height: 4 } }, null],
    [{ bounds: { x: 'a', y: 2, width: 3, height: 4 } }, null],
    [{ bounds: { x: Infinity, y: 2, width: 3, height: 4 } }, null],
    [null, null],
    ['text', null],
  ])('%j → %j', (value, expected) => {
    expect(parseWindowState(value)).toEqual(expected);
  });
});

function manualTimers(): Timers & { fire(): void; count(): number } {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimeout: (fn) => (pending.set(next, fn), next++),
    clearTimeout: (h) => void pending.delete(h as number),
    fire: () => [...pending.entries()].forEach(([k, fn]) => (pending.delete(k), fn())),
    count: () => pending.size,
  };
}

function fakeWindow(bounds: Bounds, maximized = false) {
  const listeners = new Map<string, (() => void)[]>();
  const win: TrackedWindow & { emit(e: string): void; bounds: Bounds; maximized: boolean } = {
    bounds,
    maximized,
    getNormalBounds: () => win.bounds,
    isMaximized: () => win.maximized,
    isDestroyed: () => false,
    on: (event, listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    emit: (event) => listeners.get(event)?.forEach((l) => l()),
  };
  return win;
}

describe('WindowStateStore', () => {
  it('saves the normal bounds and maximised state once moves settle, and at once on close', async () => {
    const fs = fakeJsonFs();
    const timers = manualTimers();
    const store = new WindowStateStore('/u/window-state.json', fs, timers);
    const win = fakeWindow({ x: 10, y: 20, width: 1000, height: 700 });
    store.track(win);
    win.emit('move');
    win.emit('resize');
    expect(timers.count()).toBe(1); // debounced
    timers.fire();
    await Promise.resolve();
    expect(JSON.parse(fs.files.get('/u/window-state.json')!)).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false });
    win.maximized = true;
    win.emit('maximize');
    win.emit('close');
    await Promise.resolve();
    expect(timers.count()).toBe(0);
    expect(await store.load()).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
  });

  it('starts fresh when the file is missing or broken, and survives a failed write', async () => {
    const fs = fakeJsonFs({ '/u/window-state.json': '{not json' });
    const store = new WindowStateStore('/u/window-state.json', fs, manualTimers());
    expect(await store.load()).toBeNull();
    fs.failWrites = true;
    await expect(store.save({ bounds: { x: 0, y: 0, width: 900, height: 600 }, maximized: false })).resolves.toBeUndefined();
  });
});
